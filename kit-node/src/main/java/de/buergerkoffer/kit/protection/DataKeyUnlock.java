package de.buergerkoffer.kit.protection;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.crypto.Argon2Settings;
import de.buergerkoffer.bundle.crypto.DataCipher;
import de.buergerkoffer.bundle.crypto.DataCipherException;
import de.buergerkoffer.bundle.crypto.WrappedDataKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unlocks the kit's data key at start-up, after the database is migrated and before anything reads
 * a case:
 *
 * <ol>
 *   <li>With a key file: unwrap it with the data passphrase. A wrong passphrase stops the start
 *       with a clear message; the key file is left as it is.
 *   <li>Without a key file: make a new random data key and write the key file, unless the database
 *       holds cases encrypted under a previous key (then the start stops: that key is needed).
 *   <li>Check the key against the database ({@code kit_data_key}), so a key file from another kit
 *       is noticed at once and not at the first read.
 *   <li>Encrypt rows written before encryption at rest existed (plaintext {@code fields_json}).
 * </ol>
 */
final class DataKeyUnlock {

  /** The passphrase used when none is configured. Fine for a demo, worthless for real data. */
  static final String DEMO_PASSPHRASE = "demo-data-only-change-me";

  private static final Logger log = LoggerFactory.getLogger(DataKeyUnlock.class);
  private static final byte[] CHECK_TEXT =
      "Buergerkoffer data key check".getBytes(StandardCharsets.US_ASCII);
  private static final ProtectedColumn CHECK_PLACE = ProtectedColumn.CASE_FIELDS;
  private static final String CHECK_ROW = "kit_data_key.check_value";

  private final DataKeyFile keyFile;
  private final String passphrase;
  private final Argon2Settings newKeySettings;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  /**
   * @param passphrase the configured data passphrase; blank means {@link #DEMO_PASSPHRASE}
   * @param newKeySettings Argon2id settings for a key file made now
   */
  DataKeyUnlock(
      Path dataDir,
      String passphrase,
      Argon2Settings newKeySettings,
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      Clock clock) {
    this.keyFile = new DataKeyFile(dataDir);
    this.passphrase = passphrase == null || passphrase.isBlank() ? DEMO_PASSPHRASE : passphrase;
    this.newKeySettings = newKeySettings;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  /** Unlocks (or on the first start creates) the data key; see the class comment. */
  DataProtection unlock() {
    warnIfDemoPassphrase();
    Optional<byte[]> check = checkValue();
    DataCipher key;
    boolean created = false;
    char[] secret = passphrase.toCharArray();
    try {
      Optional<WrappedDataKey> stored = keyFile.read();
      if (stored.isPresent()) {
        key = unwrap(stored.get(), secret);
      } else {
        refuseNewKeyIfDataNeedsTheOldOne(check);
        key = DataCipher.generate();
        long started = System.nanoTime();
        keyFile.create(WrappedDataKey.wrap(key, secret, newKeySettings));
        created = true;
        log.info(
            "Neuer Datenschlüssel erzeugt / new data key created: {} (Argon2id {} KiB, {} passes,"
                + " {} lanes, {} ms)",
            keyFile.path(),
            newKeySettings.memoryKib(),
            newKeySettings.iterations(),
            newKeySettings.parallelism(),
            (System.nanoTime() - started) / 1_000_000);
      }
    } finally {
      Arrays.fill(secret, '\0');
    }
    DataProtection protection = new DataProtection(key);
    if (check.isPresent() && !created) {
      verify(protection, check.get());
    }
    boolean newCheck = check.isEmpty() || created;
    boolean newKey = created;
    Integer legacy =
        tx.execute(
            status -> {
              if (newCheck) {
                storeCheck(protection);
              }
              if (newKey) {
                // the clerk roster was encrypted with the lost key: forget it, so the hub's next
                // roster (sent again on every connection) is taken whatever its version
                jdbc.update("DELETE FROM kit_clerk");
                jdbc.update("DELETE FROM kit_clerk_roster");
              }
              return encryptLegacyRows(protection);
            });
    if (legacy != null && legacy > 0) {
      log.info("{} cases written before encryption at rest are now encrypted", legacy);
      checkpoint(jdbc);
    }
    return protection;
  }

  private DataCipher unwrap(WrappedDataKey stored, char[] secret) {
    long started = System.nanoTime();
    try {
      DataCipher key = stored.unwrap(secret);
      log.info(
          "Datenschlüssel entsperrt / data key unlocked: Argon2id {} KiB, {} passes, {} lanes, {}"
              + " ms",
          stored.kdf().memoryKib(),
          stored.kdf().iterations(),
          stored.kdf().parallelism(),
          (System.nanoTime() - started) / 1_000_000);
      return key;
    } catch (DataCipherException e) {
      String message =
          "Die Daten-Passphrase passt nicht zum Datenschlüssel in "
              + keyFile.path()
              + ". Bitte BK_DATA_PASSPHRASE (bk.kit.data-passphrase) prüfen; die Schlüsseldatei"
              + " wurde nicht verändert. / The data passphrase does not unlock the data key in "
              + keyFile.path()
              + ". Check BK_DATA_PASSPHRASE (bk.kit.data-passphrase); the key file was left"
              + " unchanged.";
      log.error(message);
      throw new DataKeyException(message, e);
    }
  }

  private void refuseNewKeyIfDataNeedsTheOldOne(Optional<byte[]> check) {
    Integer cases = jdbc.queryForObject("SELECT COUNT(*) FROM captured_case", Integer.class);
    if (check.isPresent() && cases != null && cases > 0) {
      String message =
          "Die Schlüsseldatei "
              + keyFile.path()
              + " fehlt, aber die Datenbank enthält "
              + cases
              + " damit verschlüsselte Anträge. Bitte die Schlüsseldatei aus der Sicherung"
              + " zurückspielen. / The key file "
              + keyFile.path()
              + " is missing, but the database holds "
              + cases
              + " cases encrypted with it. Restore the key file from the backup.";
      log.error(message);
      throw new DataKeyException(message);
    }
  }

  private void verify(DataProtection protection, byte[] check) {
    try {
      protection.decrypt(CHECK_PLACE, check, CHECK_ROW);
    } catch (DataCipherException e) {
      String message =
          "Die Schlüsseldatei "
              + keyFile.path()
              + " gehört nicht zu dieser Datenbank. / The key file "
              + keyFile.path()
              + " does not belong to this database (kit.db).";
      log.error(message);
      throw new DataKeyException(message, e);
    }
  }

  private Optional<byte[]> checkValue() {
    return jdbc
        .query("SELECT check_value FROM kit_data_key WHERE id = 1", (rs, i) -> rs.getBytes(1))
        .stream()
        .findFirst();
  }

  private void storeCheck(DataProtection protection) {
    jdbc.update(
        "INSERT INTO kit_data_key (id, check_value, created_at) VALUES (1, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET check_value = excluded.check_value,"
            + " created_at = excluded.created_at",
        protection.encrypt(CHECK_PLACE, CHECK_TEXT, CHECK_ROW),
        StoredTime.format(clock.instant()));
  }

  /**
   * Encrypts cases stored in plaintext by a kit before encryption at rest: their {@code
   * fields_json} is still text, while an encrypted one is a blob.
   */
  private int encryptLegacyRows(DataProtection protection) {
    List<Map<String, Object>> legacy =
        jdbc.queryForList(
            "SELECT case_id, clerk, fields_json, reject_detail FROM captured_case"
                + " WHERE typeof(fields_json) = 'text'");
    for (Map<String, Object> row : legacy) {
      String caseId = (String) row.get("case_id");
      jdbc.update(
          "UPDATE captured_case SET fields_json = ?, clerk = ?, reject_detail = ?"
              + " WHERE case_id = ?",
          protection.encryptText(
              ProtectedColumn.CASE_FIELDS, (String) row.get("fields_json"), caseId),
          protection.encryptText(ProtectedColumn.CASE_CLERK, (String) row.get("clerk"), caseId),
          protection.encryptText(
              ProtectedColumn.CASE_REJECT_DETAIL, (String) row.get("reject_detail"), caseId),
          caseId);
      for (String name :
          jdbc.queryForList(
              "SELECT name FROM case_attachment WHERE case_id = ?", String.class, caseId)) {
        byte[] data =
            jdbc.queryForObject(
                "SELECT data FROM case_attachment WHERE case_id = ? AND name = ?",
                byte[].class,
                caseId,
                name);
        jdbc.update(
            "UPDATE case_attachment SET name = ?, data = ? WHERE case_id = ? AND name = ?",
            protection.encryptText(ProtectedColumn.ATTACHMENT_NAME, name, caseId),
            protection.encrypt(ProtectedColumn.ATTACHMENT_DATA, data, caseId, name),
            caseId,
            name);
      }
    }
    return legacy.size();
  }

  /**
   * Moves everything from the write-ahead log into the database file and empties the log, so that
   * old page versions (with data now deleted or re-encrypted) do not stay in {@code kit.db-wal}.
   * Free pages are zeroed by {@code secure_delete}.
   */
  static void checkpoint(JdbcTemplate jdbc) {
    List<Map<String, Object>> result = jdbc.queryForList("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!result.isEmpty() && !Integer.valueOf(0).equals(result.get(0).get("busy"))) {
      log.debug("WAL checkpoint could not finish now: {}", result.get(0));
    }
  }

  private void warnIfDemoPassphrase() {
    if (DEMO_PASSPHRASE.equals(passphrase)) {
      log.warn(
          "*** DEMO-PASSPHRASE *** Die personenbezogenen Daten auf diesem Koffer sind mit der"
              + " eingebauten Demo-Passphrase verschlüsselt und damit praktisch ungeschützt. Vor"
              + " echten Bürgerdaten BK_DATA_PASSPHRASE setzen (docs/security.md).");
      log.warn(
          "*** DEMO DEFAULT *** The data passphrase is the built-in demo default: personal data at"
              + " rest is effectively NOT protected. Set BK_DATA_PASSPHRASE before capturing real"
              + " residents' data (docs/security.md).");
    }
  }
}
