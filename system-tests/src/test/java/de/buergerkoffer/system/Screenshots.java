package de.buergerkoffer.system;

import java.nio.file.Path;

/**
 * Where the browser tests put their screenshots. A normal test run writes them under {@code
 * system-tests/target/screenshots}, so running the tests never changes tracked files; with {@code
 * -Dbk.screenshots=docs} they replace the ones in {@code docs/screenshots} that the README shows.
 */
final class Screenshots {

  private Screenshots() {}

  static Path folder() {
    Path root = Path.of(System.getProperty("bk.project.root", "..")).toAbsolutePath().normalize();
    return "docs".equals(System.getProperty("bk.screenshots"))
        ? root.resolve("docs/screenshots")
        : root.resolve("system-tests/target/screenshots");
  }
}
