package de.buergerkoffer.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the hub keeps its data ({@code bk.hub.database.*}). Without a URL it is the SQLite file
 * {@code hub.db} in the data folder (the default, and the demo); a {@code jdbc:postgresql:} URL
 * puts it into that PostgreSQL database instead, for a town hall whose IT runs one. The two hold
 * the same tables with the same meaning; each has its own migrations because their SQL differs.
 *
 * @param url empty for SQLite in {@code bk.hub.data-dir}, else {@code jdbc:postgresql://host/db}
 * @param username the PostgreSQL role (ignored for SQLite)
 * @param password its password (ignored for SQLite)
 */
@ConfigurationProperties("bk.hub.database")
public record DatabaseProperties(String url, String username, String password) {

  /** The databases the hub runs on, with the Flyway location of each one's migrations. */
  public enum Vendor {
    SQLITE("classpath:db/hub"),
    POSTGRESQL("classpath:db/hub-postgresql");

    private final String migrations;

    Vendor(String migrations) {
      this.migrations = migrations;
    }

    public String migrations() {
      return migrations;
    }
  }

  public DatabaseProperties {
    vendorOf(url);
  }

  public Vendor vendor() {
    return vendorOf(url);
  }

  private static Vendor vendorOf(String url) {
    if (url == null || url.isBlank()) {
      return Vendor.SQLITE;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return Vendor.POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "bk.hub.database.url must be empty (SQLite in the data folder) or a jdbc:postgresql: URL,"
            + " not "
            + url.replaceAll("password=[^&]*", "password=…"));
  }
}
