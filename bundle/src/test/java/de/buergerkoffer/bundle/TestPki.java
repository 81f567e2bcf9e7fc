package de.buergerkoffer.bundle;

import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** A hub CA with its hub keys, and kits it certifies, made fresh for a test. */
record TestPki(Credential ca, Credential hubEncryption, Credential hubSigning) {

  static final Clock CLOCK = Clock.systemUTC();

  static TestPki create() {
    Credential ca = Pki.createCa("Test CA", Duration.ofDays(365), CLOCK);
    return new TestPki(
        ca, issue(ca, "hub", Role.HUB_ENCRYPTION), issue(ca, "hub", Role.HUB_SIGNING));
  }

  Credential kit(String kitId) {
    return issue(ca, kitId, Role.KIT);
  }

  static Credential issue(Credential ca, String cn, Role role) {
    KeyPair keys = Pki.newKeyPair();
    return new Credential(
        keys.getPrivate(),
        Pki.issue(ca, keys.getPublic(), cn, role, Duration.ofDays(30), CLOCK),
        List.of(ca.certificate()));
  }

  BundleOpener opener() {
    return new BundleOpener(hubEncryption, ca.certificate(), BundleLimits.defaults(), CLOCK);
  }

  BundleSealer sealer(Credential kit) {
    return new BundleSealer(kit, List.of(hubEncryption.certificate()), CLOCK);
  }
}
