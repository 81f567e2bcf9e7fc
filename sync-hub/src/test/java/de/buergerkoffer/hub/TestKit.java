package de.buergerkoffer.hub;

import de.buergerkoffer.bundle.BundleSealer;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.hub.enrollment.HubKeys;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kit as a hub test plays it: a credential issued by some CA (normally the hub's own) and a
 * sealer that encrypts for the hub, plus valid Meldebescheinigung cases to seal.
 */
public final class TestKit {

  public static final Clock CLOCK = Clock.systemUTC();
  private static final AtomicInteger RUNNING_NUMBER = new AtomicInteger();

  private final Credential credential;
  private final BundleSealer sealer;

  private TestKit(Credential credential, HubKeys hub) {
    this.credential = credential;
    this.sealer = new BundleSealer(credential, List.of(hub.encryption().certificate()), CLOCK);
  }

  /** A kit certified by the hub's CA, as enrollment would make it. */
  public static TestKit certifiedBy(HubKeys hub, String kitId) {
    return new TestKit(issue(hub.ca(), kitId), hub);
  }

  /** A kit certified by some other CA, sealing for this hub. */
  public static TestKit certifiedBy(Credential foreignCa, HubKeys hub, String kitId) {
    return new TestKit(issue(foreignCa, kitId), hub);
  }

  private static Credential issue(Credential ca, String kitId) {
    KeyPair keys = Pki.newKeyPair();
    return new Credential(
        keys.getPrivate(),
        Pki.issue(ca, keys.getPublic(), kitId, Role.KIT, Duration.ofDays(1), CLOCK),
        List.of(ca.certificate()));
  }

  public Credential credential() {
    return credential;
  }

  public SealedBundle seal(CaseData... cases) {
    return sealer.seal(List.of(cases));
  }

  /** Seals cases with their documents. */
  public SealedBundle sealContents(de.buergerkoffer.bundle.CaseContent... contents) {
    return sealer.sealContents(List.of(contents));
  }

  /** Field values that pass every rule of form "meldebescheinigung" version 1. */
  public static Map<String, String> validFields() {
    return Map.of(
        "familyName", "Müller",
        "givenNames", "Erika Anna",
        "birthDate", "1964-08-12",
        "street", "Hauptstraße 7",
        "postalCode", "37671",
        "city", "Höxter",
        "purpose", "Wohnungsgeberbestätigung",
        "delivery", "pickup");
  }

  /** A valid case of the Meldebescheinigung, version 1. */
  public static CaseData meldebescheinigung() {
    return caseOf("meldebescheinigung", 1, validFields());
  }

  /** A valid case with some fields changed. */
  public static CaseData meldebescheinigungWith(Map<String, String> changes) {
    Map<String, String> fields = new HashMap<>(validFields());
    fields.putAll(changes);
    return caseOf("meldebescheinigung", 1, fields);
  }

  /** A case of any form; its number is unique per test run (the hub does not check its digit). */
  public static CaseData caseOf(String formId, int version, Map<String, String> fields) {
    int number = RUNNING_NUMBER.incrementAndGet();
    return new CaseData(
        UUID.randomUUID(),
        String.format("TK07-%06d-0", number),
        formId,
        version,
        Instant.now(CLOCK).minusSeconds(60),
        "Frau Schmidt",
        fields);
  }
}
