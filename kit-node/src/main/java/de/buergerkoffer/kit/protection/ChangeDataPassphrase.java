package de.buergerkoffer.kit.protection;

import de.buergerkoffer.bundle.crypto.DataCipher;
import de.buergerkoffer.bundle.crypto.DataCipherException;
import de.buergerkoffer.bundle.crypto.WrappedDataKey;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Changes a kit's data passphrase (the IT admin's tool, {@code scripts/change-data-passphrase.sh}):
 * the data key is unwrapped with the old passphrase and wrapped again under the new one, with a
 * fresh salt and the key file's own Argon2id settings. The encrypted data is not touched, so the
 * change takes a second and cannot lose a case; a running kit keeps working (it holds the data key,
 * not the passphrase) and needs the new passphrase from its next start on.
 *
 * <p>Passphrases come from the environment ({@code BK_DATA_PASSPHRASE} the old one, {@code
 * BK_NEW_DATA_PASSPHRASE} the new one), never from the command line, which other users of the
 * machine can read in the process list.
 */
public final class ChangeDataPassphrase {

  /** Shortest new passphrase accepted; Argon2id slows guessing down, it does not prevent it. */
  static final int MIN_LENGTH = 12;

  private ChangeDataPassphrase() {}

  /**
   * Re-wraps the data key of the kit in {@code dataDir}.
   *
   * @throws DataKeyException with a message for the admin (German and English) when there is no key
   *     file, the old passphrase is wrong or the new one is not acceptable; the key file is then
   *     left as it was
   */
  static void change(Path dataDir, char[] oldPassphrase, char[] newPassphrase) {
    String problem = problemWith(oldPassphrase, newPassphrase);
    if (problem != null) {
      throw new DataKeyException(problem, null);
    }
    DataKeyFile file = new DataKeyFile(dataDir);
    WrappedDataKey stored =
        file.read()
            .orElseThrow(
                () ->
                    new DataKeyException(
                        "Keine Schlüsseldatei "
                            + file.path()
                            + " – ist das der Datenordner des Koffers? / No key file "
                            + file.path()
                            + " – is this the kit's data folder?",
                        null));
    DataCipher dataKey;
    try {
      dataKey = stored.unwrap(oldPassphrase);
    } catch (DataCipherException e) {
      throw new DataKeyException(
          "Die bisherige Passphrase (BK_DATA_PASSPHRASE) passt nicht; nichts geändert. / The"
              + " current passphrase (BK_DATA_PASSPHRASE) does not fit; nothing changed.",
          e);
    }
    WrappedDataKey rewrapped = WrappedDataKey.wrap(dataKey, newPassphrase, stored.kdf());
    rewrapped.unwrap(newPassphrase); // proves the new file opens before it replaces the old one
    file.replace(rewrapped);
  }

  private static String problemWith(char[] oldPassphrase, char[] newPassphrase) {
    if (oldPassphrase.length == 0) {
      return "BK_DATA_PASSPHRASE (die bisherige Passphrase) fehlt. / BK_DATA_PASSPHRASE (the"
          + " current passphrase) is not set.";
    }
    if (newPassphrase.length < MIN_LENGTH) {
      return "Die neue Passphrase (BK_NEW_DATA_PASSPHRASE) braucht mindestens "
          + MIN_LENGTH
          + " Zeichen. / The new passphrase (BK_NEW_DATA_PASSPHRASE) needs at least "
          + MIN_LENGTH
          + " characters.";
    }
    if (Arrays.equals(oldPassphrase, newPassphrase)) {
      return "Die neue Passphrase ist die bisherige. / The new passphrase is the current one.";
    }
    if (Arrays.equals(newPassphrase, DataKeyUnlock.DEMO_PASSPHRASE.toCharArray())) {
      return "Die Demo-Passphrase schützt nichts. / The demo passphrase protects nothing.";
    }
    return null;
  }

  /**
   * {@code ChangeDataPassphrase <data-dir>}; exit code 0 changed, 1 refused (message on stderr), 2
   * usage.
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println(
          "usage: BK_DATA_PASSPHRASE=... BK_NEW_DATA_PASSPHRASE=... ChangeDataPassphrase"
              + " <data-dir>");
      System.exit(2);
    }
    char[] oldPassphrase = env("BK_DATA_PASSPHRASE");
    char[] newPassphrase = env("BK_NEW_DATA_PASSPHRASE");
    try {
      change(Path.of(args[0]), oldPassphrase, newPassphrase);
      System.out.println(
          "Daten-Passphrase geändert; ab dem nächsten Start gilt die neue. / Data passphrase"
              + " changed; the new one applies from the next start.");
    } catch (DataKeyException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    } finally {
      Arrays.fill(oldPassphrase, '\0');
      Arrays.fill(newPassphrase, '\0');
    }
  }

  private static char[] env(String name) {
    String value = System.getenv(name);
    return value == null ? new char[0] : value.toCharArray();
  }
}
