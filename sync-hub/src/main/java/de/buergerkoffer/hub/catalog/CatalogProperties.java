package de.buergerkoffer.hub.catalog;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the town hall keeps form versions beyond the built-in ones ({@code bk.hub.catalog.*}).
 *
 * @param dir a folder laid out like the built-in catalog ({@code catalog.json} listing {@code
 *     <id>-v<version>.json} files, optionally with {@code inForceUntil} days); absent or empty
 *     means the built-in catalog only
 */
@ConfigurationProperties("bk.hub.catalog")
public record CatalogProperties(String dir) {

  /** The folder, or null when none is set. */
  public Path folder() {
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }
}
