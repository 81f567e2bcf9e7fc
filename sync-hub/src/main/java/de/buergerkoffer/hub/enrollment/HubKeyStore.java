package de.buergerkoffer.hub.enrollment;

import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the hub's keys from passphrase-encrypted PKCS#12 files in the data folder, creating them on
 * the first start. The private keys never leave this folder.
 */
final class HubKeyStore {

  private static final Logger log = LoggerFactory.getLogger(HubKeyStore.class);
  private static final Duration CA_VALIDITY = Duration.ofDays(3650);
  private static final Duration HUB_KEY_VALIDITY = Duration.ofDays(730);

  private HubKeyStore() {}

  static HubKeys loadOrCreate(Path keyDir, char[] passphrase, Clock clock) {
    Path caFile = keyDir.resolve("hub-ca.p12");
    Path signingFile = keyDir.resolve("hub-signing.p12");
    Path encryptionFile = keyDir.resolve("hub-encryption.p12");
    if (!Files.exists(caFile)) {
      log.info("First start: creating the hub CA and keys in {}", keyDir);
      Credential ca = Pki.createCa("Buergerkoffer Hub CA", CA_VALIDITY, clock);
      Pki.writeKeyStore(signingFile, "key", issue(ca, Role.HUB_SIGNING, clock), passphrase);
      Pki.writeKeyStore(encryptionFile, "key", issue(ca, Role.HUB_ENCRYPTION, clock), passphrase);
      // the CA file is written last: its presence means the set is complete
      Pki.writeKeyStore(caFile, "key", ca, passphrase);
    }
    return new HubKeys(
        Pki.readKeyStore(caFile, "key", passphrase),
        Pki.readKeyStore(signingFile, "key", passphrase),
        Pki.readKeyStore(encryptionFile, "key", passphrase));
  }

  private static Credential issue(Credential ca, Role role, Clock clock) {
    KeyPair keys = Pki.newKeyPair();
    return new Credential(
        keys.getPrivate(),
        Pki.issue(ca, keys.getPublic(), "hub", role, HUB_KEY_VALIDITY, clock),
        List.of(ca.certificate()));
  }
}
