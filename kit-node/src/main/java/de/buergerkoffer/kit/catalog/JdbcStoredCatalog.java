package de.buergerkoffer.kit.catalog;

import de.buergerkoffer.bundle.StoredTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored catalog release in the kit's SQLite database (table {@code form_catalog}). */
@Repository
class JdbcStoredCatalog implements StoredCatalog {

  private final JdbcTemplate jdbc;

  JdbcStoredCatalog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<byte[]> load() {
    return jdbc
        .query("SELECT signed FROM form_catalog WHERE id = 1", (rs, i) -> rs.getBytes(1))
        .stream()
        .findFirst();
  }

  @Override
  public void save(long version, byte[] signed, Instant receivedAt) {
    jdbc.update(
        "INSERT INTO form_catalog (id, version, signed, received_at) VALUES (1, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET version = excluded.version,"
            + " signed = excluded.signed, received_at = excluded.received_at",
        version,
        signed,
        StoredTime.format(receivedAt));
  }
}
