package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.bundle.ClerkRoster;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.kit.protection.DataProtection;
import de.buergerkoffer.kit.protection.ProtectedColumn;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roster in the kit's SQLite database. Display names and PIN hashes are personal data of the
 * clerks and encrypted like the cases' personal data, bound to the user name.
 */
final class JdbcClerkDirectory implements ClerkDirectory {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final DataProtection protection;

  JdbcClerkDirectory(
      JdbcTemplate jdbc, TransactionTemplate transactions, DataProtection protection) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.protection = protection;
  }

  @Override
  public OptionalLong version() {
    List<Long> versions =
        jdbc.queryForList("SELECT version FROM kit_clerk_roster WHERE id = 1", Long.class);
    return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
  }

  @Override
  public boolean replaceIfNewer(ClerkRoster roster, Instant receivedAt) {
    return Boolean.TRUE.equals(
        transactions.execute(
            status -> {
              // the write lock first, so two rosters arriving at once cannot both win
              jdbc.update("UPDATE kit_clerk_roster SET version = version WHERE id = 1");
              OptionalLong held = version();
              if (held.isPresent() && roster.version() <= held.getAsLong()) {
                return false;
              }
              jdbc.update("DELETE FROM kit_clerk");
              for (ClerkRoster.Clerk c : roster.clerks()) {
                String username = c.username();
                jdbc.update(
                    "INSERT OR REPLACE INTO kit_clerk (username, display_name, pin_hash, active)"
                        + " VALUES (?, ?, ?, ?)",
                    username,
                    protection.encryptText(
                        ProtectedColumn.CLERK_DISPLAY_NAME, c.displayName(), username),
                    protection.encryptText(ProtectedColumn.CLERK_PIN_HASH, c.pinHash(), username),
                    c.active() ? 1 : 0);
              }
              jdbc.update(
                  "INSERT INTO kit_clerk_roster (id, version, issued_at, received_at)"
                      + " VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                      + " version = excluded.version, issued_at = excluded.issued_at,"
                      + " received_at = excluded.received_at",
                  roster.version(),
                  StoredTime.format(roster.issuedAt()),
                  StoredTime.format(receivedAt));
              return true;
            }));
  }

  @Override
  public Optional<StoredClerk> find(String username) {
    return jdbc
        .query(
            "SELECT * FROM kit_clerk WHERE username = ?",
            (rs, i) ->
                new StoredClerk(
                    username,
                    protection.decryptText(
                        ProtectedColumn.CLERK_DISPLAY_NAME, rs.getBytes("display_name"), username),
                    protection.decryptText(
                        ProtectedColumn.CLERK_PIN_HASH, rs.getBytes("pin_hash"), username),
                    rs.getInt("active") == 1),
            username)
        .stream()
        .findFirst();
  }

  @Override
  public int size() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM kit_clerk", Integer.class);
  }
}
