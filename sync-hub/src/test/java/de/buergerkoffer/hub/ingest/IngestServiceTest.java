package de.buergerkoffer.hub.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.AckCodec;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.inbox.ReceivedCase;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import de.buergerkoffer.hub.quarantine.Quarantine;
import de.buergerkoffer.hub.quarantine.QuarantinedBundle;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub's ingest, driven directly with bundles a test kit seals: what is stored, what is
 * quarantined, and the signed answer the kit gets in each case.
 */
class IngestServiceTest {

  @TempDir static Path dataDir;
  static TestHub hub;
  static HubKeys keys;
  static IngestService ingest;
  static TestKit kit07;

  @BeforeAll
  static void startHub() {
    hub = TestHub.start(dataDir, Map.of());
    keys = hub.bean(HubKeys.class);
    ingest = hub.bean(IngestService.class);
    kit07 = TestKit.certifiedBy(keys, "kit-07");
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void storesAValidBundleAndAcknowledgesItsExactBytes() throws Exception {
    CaseData sent = TestKit.meldebescheinigung();
    SealedBundle bundle = kit07.seal(sent);

    IngestService.SignedAck answer = ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes());

    ReceivedCase stored = hub.bean(ReceivedCases.class).find(sent.caseId()).orElseThrow();
    assertThat(stored.fields()).isEqualTo(sent.fields());
    assertThat(stored.caseNumber()).isEqualTo(sent.caseNumber());
    assertThat(stored.formId()).isEqualTo("meldebescheinigung");
    assertThat(stored.formVersion()).isEqualTo(1);
    assertThat(stored.clerk()).isEqualTo(sent.clerk());
    assertThat(stored.capturedAt()).isEqualTo(sent.capturedAt());
    assertThat(stored.kitId()).isEqualTo("kit-07");
    assertThat(stored.bundleId()).isEqualTo(bundle.bundleId());

    Ack ack = verified(answer);
    assertThat(ack.outcome()).isEqualTo(Ack.Outcome.ACCEPTED);
    assertThat(ack.bundleId()).isEqualTo(bundle.bundleId());
    assertThat(ack.sha256()).isEqualTo(bundle.sha256());
    assertThat(ack.caseIds()).containsExactly(sent.caseId());
    assertThat(ack.reason()).isNull();
    assertThat(ack).isEqualTo(answer.ack());
  }

  @Test
  void storesABundleDeliveredTwiceOnceAndAcknowledgesBothDeliveries() throws Exception {
    CaseData sent = TestKit.meldebescheinigung();
    SealedBundle bundle = kit07.seal(sent);

    Ack first = verified(ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes()));
    Ack second = verified(ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes()));

    assertThat(first.outcome()).isEqualTo(Ack.Outcome.ACCEPTED);
    assertThat(second.outcome()).isEqualTo(Ack.Outcome.ACCEPTED);
    assertThat(second.sha256()).isEqualTo(bundle.sha256()).isEqualTo(first.sha256());
    assertThat(second.caseIds()).containsExactly(sent.caseId());
    assertThat(rows("received_case", "case_id", sent.caseId())).isEqualTo(1);
    assertThat(rows("received_bundle", "bundle_id", bundle.bundleId())).isEqualTo(1);
    assertThat(hub.bean(ReceivedCases.class).recent(500))
        .filteredOn(c -> c.caseId().equals(sent.caseId()))
        .hasSize(1);
  }

  @Test
  void bundlesIngestedFromManyThreadsAtOnceAreEachStoredOnceAndAllAcknowledged() throws Exception {
    List<CaseData> sent = new ArrayList<>();
    List<SealedBundle> bundles = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      CaseData c = TestKit.meldebescheinigung();
      sent.add(c);
      bundles.add(kit07.seal(c));
    }
    // every bundle twice, as a redelivery would bring it, all from 6 threads at once
    List<SealedBundle> deliveries = new ArrayList<>(bundles);
    deliveries.addAll(bundles);
    Collections.shuffle(deliveries, new Random(6));
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Future<IngestService.SignedAck>> answers = new ArrayList<>();
      for (SealedBundle b : deliveries) {
        answers.add(threads.submit(() -> ingest.ingest("kit-07", b.bundleId(), b.bytes())));
      }
      for (Future<IngestService.SignedAck> answer : answers) {
        Ack ack = verified(answer.get(60, TimeUnit.SECONDS));
        assertThat(ack.outcome())
            .as("%s: %s", ack.reason(), ack.detail())
            .isEqualTo(Ack.Outcome.ACCEPTED);
      }
    } finally {
      threads.shutdownNow();
    }
    for (int i = 0; i < bundles.size(); i++) {
      assertThat(rows("received_bundle", "bundle_id", bundles.get(i).bundleId())).isEqualTo(1);
      assertThat(rows("received_case", "case_id", sent.get(i).caseId())).isEqualTo(1);
    }
  }

  @Test
  void quarantinesATamperedBundleWithItsRawBytesAndSaysWhy() throws Exception {
    CaseData sent = TestKit.meldebescheinigung();
    SealedBundle bundle = kit07.seal(sent);
    byte[] tampered = bundle.bytes().clone();
    tampered[tampered.length - 40] ^= 0x01;

    Ack ack = verified(ingest.ingest("kit-07", bundle.bundleId(), tampered));

    assertThat(ack.outcome()).isEqualTo(Ack.Outcome.REJECTED);
    assertThat(ack.reason()).isIn(RejectReason.DECRYPTION_FAILED, RejectReason.MALFORMED);
    assertThat(ack.sha256()).isEqualTo(Pki.sha256Hex(tampered));
    assertThat(ack.caseIds()).isEmpty();
    QuarantinedBundle held = quarantined(bundle.bundleId());
    assertThat(held.reason()).isEqualTo(ack.reason());
    assertThat(held.topicKitId()).isEqualTo("kit-07");
    assertThat(held.sha256()).isEqualTo(Pki.sha256Hex(tampered));
    assertThat(held.sizeBytes()).isEqualTo(tampered.length);
    byte[] raw =
        hub.jdbc()
            .queryForObject(
                "SELECT raw FROM quarantined_bundle WHERE bundle_id = ?",
                byte[].class,
                bundle.bundleId().toString());
    assertThat(raw).isEqualTo(tampered);
    assertThat(hub.bean(ReceivedCases.class).find(sent.caseId())).isEmpty();
  }

  @Test
  void refusesABundleThatArrivesOnAnotherKitsTopic() throws Exception {
    CaseData sent = TestKit.meldebescheinigung();
    SealedBundle bundle = kit07.seal(sent);

    Ack ack = verified(ingest.ingest("kit-08", bundle.bundleId(), bundle.bytes()));

    assertThat(ack.outcome()).isEqualTo(Ack.Outcome.REJECTED);
    assertThat(ack.reason()).isEqualTo(RejectReason.SIGNER_MISMATCH);
    assertThat(quarantined(bundle.bundleId()).reason()).isEqualTo(RejectReason.SIGNER_MISMATCH);
    assertThat(quarantined(bundle.bundleId()).topicKitId()).isEqualTo("kit-08");
    assertThat(hub.bean(ReceivedCases.class).find(sent.caseId())).isEmpty();
  }

  @Test
  void refusesACaseThatFailsItsFormAndNamesTheField() throws Exception {
    CaseData sent = TestKit.meldebescheinigungWith(Map.of("postalCode", "12"));
    SealedBundle bundle = kit07.seal(sent);

    Ack ack = verified(ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes()));

    assertThat(ack.outcome()).isEqualTo(Ack.Outcome.REJECTED);
    assertThat(ack.reason()).isEqualTo(RejectReason.FORM_VALIDATION_FAILED);
    assertThat(ack.detail()).contains("postalCode");
    QuarantinedBundle held = quarantined(bundle.bundleId());
    assertThat(held.reason()).isEqualTo(RejectReason.FORM_VALIDATION_FAILED);
    assertThat(held.detail()).contains("postalCode");
    assertThat(hub.bean(ReceivedCases.class).find(sent.caseId())).isEmpty();
  }

  @Test
  void storesNoCaseOfABundleWhenOneOfItsCasesFailsItsForm() throws Exception {
    CaseData good = TestKit.meldebescheinigung();
    CaseData bad = TestKit.meldebescheinigungWith(Map.of("delivery", "Brieftaube"));
    SealedBundle bundle = kit07.seal(good, bad);

    Ack ack = verified(ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes()));

    assertThat(ack.reason()).isEqualTo(RejectReason.FORM_VALIDATION_FAILED);
    assertThat(ack.detail()).contains("delivery");
    assertThat(hub.bean(ReceivedCases.class).find(good.caseId())).isEmpty();
  }

  @Test
  void refusesACaseOfAnUnknownForm() throws Exception {
    CaseData sent = TestKit.caseOf("hundesteuer-anmeldung", 1, Map.of("hund", "Bello"));
    SealedBundle bundle = kit07.seal(sent);

    Ack ack = verified(ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes()));

    assertThat(ack.outcome()).isEqualTo(Ack.Outcome.REJECTED);
    assertThat(ack.reason()).isEqualTo(RejectReason.UNKNOWN_FORM);
    assertThat(ack.detail()).contains("hundesteuer-anmeldung");
    assertThat(quarantined(bundle.bundleId()).reason()).isEqualTo(RejectReason.UNKNOWN_FORM);
  }

  @Test
  void refusesAnUnknownVersionOfAKnownForm() throws Exception {
    CaseData sent = TestKit.caseOf("meldebescheinigung", 99, TestKit.validFields());
    SealedBundle bundle = kit07.seal(sent);

    Ack ack = verified(ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes()));

    assertThat(ack.reason()).isEqualTo(RejectReason.UNKNOWN_FORM);
  }

  @Test
  void refusesAKitCertifiedByAForeignCa() throws Exception {
    Credential foreignCa = Pki.createCa("Fremde CA", Duration.ofDays(30), TestKit.CLOCK);
    TestKit impostor = TestKit.certifiedBy(foreignCa, keys, "kit-07");
    CaseData sent = TestKit.meldebescheinigung();
    SealedBundle bundle = impostor.seal(sent);

    Ack ack = verified(ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes()));

    assertThat(ack.outcome()).isEqualTo(Ack.Outcome.REJECTED);
    assertThat(ack.reason()).isEqualTo(RejectReason.UNTRUSTED_SIGNER);
    assertThat(quarantined(bundle.bundleId()).reason()).isEqualTo(RejectReason.UNTRUSTED_SIGNER);
    assertThat(hub.bean(ReceivedCases.class).find(sent.caseId())).isEmpty();
  }

  @Test
  void signsEveryAnswerSoThatItVerifiesOnlyAgainstTheHubCa() {
    SealedBundle bundle = kit07.seal(TestKit.meldebescheinigung());
    Credential otherCa = Pki.createCa("Andere CA", Duration.ofDays(30), TestKit.CLOCK);

    IngestService.SignedAck answer = ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes());

    assertThatThrownBy(
            () -> AckCodec.verify(answer.bytes(), otherCa.certificate(), TestKit.CLOCK.instant()))
        .isInstanceOf(GeneralSecurityException.class);
  }

  private static Ack verified(IngestService.SignedAck answer) throws Exception {
    return AckCodec.verify(answer.bytes(), keys.ca().certificate(), TestKit.CLOCK.instant());
  }

  private static QuarantinedBundle quarantined(UUID bundleId) {
    return hub.bean(Quarantine.class).recent(1000).stream()
        .filter(q -> bundleId.equals(q.bundleId()))
        .reduce(
            (a, b) -> {
              throw new AssertionError("bundle " + bundleId + " quarantined twice");
            })
        .orElseThrow(() -> new AssertionError("bundle " + bundleId + " not in quarantine"));
  }

  private static int rows(String table, String column, UUID id) {
    return hub.jdbc()
        .queryForObject(
            "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?",
            Integer.class,
            id.toString());
  }
}
