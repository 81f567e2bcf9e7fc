package de.buergerkoffer.hub.catalog;

import de.buergerkoffer.forms.CatalogRelease;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The form catalog in force at the town hall: the built-in forms plus the versions in the catalog
 * folder ({@link CatalogProperties#folder()}), with their last days of use. The hub validates
 * received cases against it (a case of a version no longer in force on its capture day is refused)
 * and publishes it, signed, to every kit ({@link CatalogPublisher}).
 *
 * <p>Each load gets a new release version (the clock in milliseconds, strictly increasing), so a
 * kit takes the newest and ignores replays of older releases.
 */
public final class HubCatalog {

  private final FormCatalog builtIn;
  private final Path folder;
  private final Clock clock;
  private volatile CatalogRelease release;
  private volatile FormCatalog catalog;

  /**
   * @param folder the catalog folder, or null for the built-in catalog only
   * @throws de.buergerkoffer.forms.FormDefinitionException when the folder's forms are broken
   */
  public HubCatalog(FormCatalog builtIn, Path folder, Clock clock) {
    this.builtIn = builtIn;
    this.folder = folder;
    this.clock = clock;
    reload();
  }

  /** The catalog in force. */
  public FormCatalog current() {
    return catalog;
  }

  /** The release of the catalog in force, as kits receive it. */
  public CatalogRelease release() {
    return release;
  }

  /**
   * Reads the catalog folder again, e.g. after the town hall added a form version.
   *
   * @return the new release
   * @throws de.buergerkoffer.forms.FormDefinitionException when the folder's forms are broken; the
   *     catalog in force stays as it was
   */
  public synchronized CatalogRelease reload() {
    FormCatalog merged = readFolder();
    long version = clock.millis();
    if (release != null && version <= release.version()) {
      version = release.version() + 1;
    }
    CatalogRelease next = CatalogRelease.of(version, clock.instant(), merged);
    catalog = merged;
    release = next;
    return next;
  }

  private FormCatalog readFolder() {
    if (folder == null || !Files.isRegularFile(folder.resolve("catalog.json"))) {
      return builtIn;
    }
    return FormLoader.readFolder(folder, builtIn);
  }
}
