package de.buergerkoffer.hub.kits;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.crypto.Pki;
import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The kit registry in the hub's database (table {@code kit}, filled by enrollment). */
@Repository
class JdbcKitRegistry implements KitRegistry {

  private static final Duration SEEN_RESOLUTION = Duration.ofSeconds(30);

  private final JdbcTemplate jdbc;

  JdbcKitRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<KitRecord> all() {
    return jdbc.query("SELECT * FROM kit ORDER BY kit_id", JdbcKitRegistry::row);
  }

  @Override
  public Optional<KitRecord> find(String kitId) {
    return jdbc.query("SELECT * FROM kit WHERE kit_id = ?", JdbcKitRegistry::row, kitId).stream()
        .findFirst();
  }

  @Override
  public Optional<X509Certificate> certificate(String kitId) {
    return jdbc
        .queryForList("SELECT certificate_pem FROM kit WHERE kit_id = ?", String.class, kitId)
        .stream()
        .findFirst()
        .map(Pki::certificateFromPem);
  }

  @Override
  public List<X509Certificate> certificatesEverHeld(String kitId) {
    return jdbc
        .queryForList(
            "SELECT certificate_pem FROM kit WHERE kit_id = ?"
                + " UNION SELECT certificate_pem FROM kit_previous_certificate WHERE kit_id = ?",
            String.class,
            kitId,
            kitId)
        .stream()
        .map(Pki::certificateFromPem)
        .toList();
  }

  @Override
  public void seen(String kitId, Instant at) {
    // to the nearest half minute: a burst of bundles then costs no commit for this
    jdbc.update(
        "UPDATE kit SET last_seen_at = ? WHERE kit_id = ?"
            + " AND (last_seen_at IS NULL OR last_seen_at < ?)",
        StoredTime.format(at),
        kitId,
        StoredTime.format(at.minus(SEEN_RESOLUTION)));
  }

  @Override
  public boolean revoke(String kitId, String reason, Instant at) {
    jdbc.update(
        "UPDATE kit SET revoked_at = ?, revoke_reason = ? WHERE kit_id = ? AND revoked_at IS NULL",
        StoredTime.format(at),
        reason,
        kitId);
    return find(kitId).isPresent();
  }

  private static KitRecord row(ResultSet rs, int i) throws SQLException {
    return new KitRecord(
        rs.getString("kit_id"),
        Instant.parse(rs.getString("enrolled_at")),
        instant(rs.getString("last_seen_at")),
        instant(rs.getString("revoked_at")),
        rs.getString("revoke_reason"));
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
