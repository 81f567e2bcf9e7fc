package de.buergerkoffer.hub.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.PlainSignature;
import de.buergerkoffer.forms.seal.CaseHash;
import de.buergerkoffer.forms.seal.CaseSeal;
import de.buergerkoffer.forms.seal.ReceiptSigner;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.ingest.IngestService;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The town hall tells a genuine receipt from a forged, tampered or unknown one. */
class ReceiptCheckTest {

  @TempDir static Path dataDir;
  static TestHub hub;
  static TestKit kit07;
  static CaseData stored;

  @BeforeAll
  static void startHubWithAnEnrolledKitAndOneCase() {
    hub = TestHub.start(dataDir, Map.of());
    HubKeys keys = hub.bean(HubKeys.class);
    kit07 = TestKit.certifiedBy(keys, "kit-07");
    hub.jdbc()
        .update(
            "INSERT INTO kit (kit_id, certificate_pem, enrolled_at) VALUES (?, ?, ?)",
            "kit-07",
            Pki.toPem(kit07.credential().certificate()),
            StoredTime.format(TestKit.CLOCK.instant()));
    stored = TestKit.meldebescheinigung();
    SealedBundle bundle = kit07.seal(stored);
    hub.bean(IngestService.class).ingest("kit-07", bundle.bundleId(), bundle.bytes());
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  private static ReceiptSigner signer(String kitId, java.security.PrivateKey key) {
    return new ReceiptSigner() {
      @Override
      public String signerId() {
        return kitId;
      }

      @Override
      public byte[] sign(byte[] data) {
        return PlainSignature.sign(key, data);
      }
    };
  }

  private static String seal(CaseData c, Map<String, String> fields, ReceiptSigner signer) {
    return CaseSeal.signed(
            c.caseNumber(),
            LocalDate.ofInstant(c.capturedAt(), ZoneId.of("Europe/Berlin")),
            CaseHash.of(c.formId(), c.formVersion(), fields),
            signer)
        .encode();
  }

  private final ReceiptCheck check = hub.bean(ReceiptCheck.class);

  @Test
  void aReceiptSealedByTheKitForAStoredCaseIsGenuine() {
    String code = seal(stored, stored.fields(), signer("kit-07", kit07.credential().privateKey()));

    ReceiptVerdict verdict = check.check(code);

    assertThat(verdict.genuine()).isTrue();
    assertThat(verdict.headlineDe()).isEqualTo("Beleg echt");
    assertThat(verdict.caseNumber()).isEqualTo(stored.caseNumber());
    assertThat(verdict.serviceDe()).isEqualTo("Meldebescheinigung beantragen");
    assertThat(verdict.kitId()).isEqualTo("kit-07");
  }

  @Test
  void aTamperedReceiptIsNotGenuine() {
    String code = seal(stored, stored.fields(), signer("kit-07", kit07.credential().privateKey()));
    CaseSeal genuine = CaseSeal.decode(code);
    byte[] otherHash = genuine.dataHash();
    otherHash[0] ^= 1;
    String tampered =
        new CaseSeal(
                genuine.signerId(),
                genuine.caseNumber(),
                genuine.date(),
                otherHash,
                genuine.signature())
            .encode();

    ReceiptVerdict verdict = check.check(tampered);

    assertThat(verdict.genuine()).isFalse();
    assertThat(verdict.reason()).isEqualTo("BAD_SIGNATURE");
    assertThat(verdict.headlineDe()).isEqualTo("Beleg nicht echt / unbekannt");
  }

  @Test
  void aReceiptSignedByAnUnknownKeyIsNotGenuine() {
    String code = seal(stored, stored.fields(), signer("kit-07", Pki.newKeyPair().getPrivate()));

    assertThat(check.check(code).reason()).isEqualTo("BAD_SIGNATURE");
  }

  @Test
  void aGenuineSealOverOtherDataIsNotGenuine() {
    Map<String, String> changed = new HashMap<>(stored.fields());
    changed.put("familyName", "Schulze");
    String code = seal(stored, changed, signer("kit-07", kit07.credential().privateKey()));

    ReceiptVerdict verdict = check.check(code);

    assertThat(verdict.genuine()).isFalse();
    assertThat(verdict.reason()).isEqualTo("DATA_MISMATCH");
  }

  @Test
  void aGenuineSealOfACaseTheHubDoesNotHoldIsUnknown() {
    CaseData notSent = TestKit.meldebescheinigung();
    String code =
        seal(notSent, notSent.fields(), signer("kit-07", kit07.credential().privateKey()));

    ReceiptVerdict verdict = check.check(code);

    assertThat(verdict.genuine()).isFalse();
    assertThat(verdict.reason()).isEqualTo("UNKNOWN_CASE");
    assertThat(verdict.messageDe()).contains("nicht bekannt");
  }

  @Test
  void garbageIsNotASeal() {
    assertThat(check.check("hello").reason()).isEqualTo("MALFORMED");
  }

  @Test
  void thePageAndTheJsonApiGiveTheVerdict() {
    String code = seal(stored, stored.fields(), signer("kit-07", kit07.credential().privateKey()));

    HttpResponse<String> json =
        hub.postJsonAnonymous("/api/receipts/check", "{\"code\": \"" + code + "\"}");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("\"genuine\":true", stored.caseNumber());
    assertThat(json.body()).doesNotContain("Müller");
    assertThat(hub.get("/beleg/pruefen").body()).contains("Beleg prüfen", "BK1:");
  }
}
