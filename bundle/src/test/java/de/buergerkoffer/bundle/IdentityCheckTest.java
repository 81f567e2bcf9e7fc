package de.buergerkoffer.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.IdentityCheck.ChipCheck;
import de.buergerkoffer.bundle.IdentityCheck.Outcome;
import de.buergerkoffer.bundle.IdentityCheck.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The identity check travels with the case (format 1.1) and is optional for older bundles. */
class IdentityCheckTest {

  private final TestPki pki = TestPki.create();

  private static CaseData withCheck(IdentityCheck check) {
    CaseData c = BundleRoundTripTest.sampleCase();
    return new CaseData(
        c.caseId(),
        c.caseNumber(),
        c.formId(),
        c.formVersion(),
        c.capturedAt(),
        c.clerk(),
        c.fields(),
        check);
  }

  @Test
  void theIdentityCheckArrivesAsItWasSealedAndTheManifestSaysFormat11() throws Exception {
    IdentityCheck check =
        new IdentityCheck(
            Source.CHIP, Outcome.ISSUER_VERIFIED, ChipCheck.CHIP_AND_TERMINAL_AUTHENTICATED);
    SealedBundle sealed = pki.sealer(pki.kit("kit-07")).seal(List.of(withCheck(check)));

    OpenedBundle opened = pki.opener().open(sealed.bytes());

    assertThat(opened.cases().get(0).identityCheck()).isEqualTo(check);
    assertThat(opened.manifest().version()).isEqualTo("1.1");
  }

  @Test
  void aCaseWithoutIdentityCheckIsWrittenWithoutTheKeySoItReadsLikeFormat10() throws Exception {
    String json = WireJson.mapper().writeValueAsString(BundleRoundTripTest.sampleCase());

    assertThat(json).doesNotContain("identityCheck");
    assertThat(WireJson.mapper().readValue(json, CaseData.class).identityCheck()).isNull();
  }

  @Test
  void theCheckHoldsOnlySourceAndOutcomeNoPersonalData() throws Exception {
    String json =
        WireJson.mapper()
            .writeValueAsString(new IdentityCheck(Source.MANUAL, Outcome.VISUAL_CHECK, null));

    assertThat(json)
        .isEqualTo(
            "{\"source\":\"MANUAL\",\"outcome\":\"VISUAL_CHECK\",\"chip\":\"NOT_ATTEMPTED\"}");
  }

  @Test
  void theWordingSaysWhatTheClerkAndTheTownHallMayRelyOn() {
    assertThat(new IdentityCheck(Source.CHIP, Outcome.ISSUER_VERIFIED, null).describeDe())
        .isEqualTo(
            "Chip gelesen – Daten unverändert, Dokument echt (Zertifikat des Ausstellerstaats"
                + " geprüft)");
    assertThat(new IdentityCheck(Source.CHIP, Outcome.SIGNATURE_ONLY, null).describeDe())
        .contains("Echtheit nicht geprüft (keine CSCA-Zertifikate eingerichtet)");
    assertThat(new IdentityCheck(Source.EID, Outcome.ISSUER_VERIFIED, null).describeDe())
        .startsWith("Online-Ausweisfunktion (eID)");
    assertThat(new IdentityCheck(Source.MANUAL, Outcome.VISUAL_CHECK, null).describeDe())
        .isEqualTo("Von Hand eingegeben nach Sichtprüfung des Ausweises");
    assertThat(
            new IdentityCheck(Source.MANUAL, Outcome.VISUAL_CHECK_CHIP_REFUSED, null).describeEn())
        .contains("chip was refused");
    assertThat(
            new IdentityCheck(Source.CHIP, Outcome.SIGNATURE_ONLY, ChipCheck.CHIP_AUTHENTICATED)
                .describeDe())
        .endsWith("; Chip echt (Chip-Authentisierung)");
    assertThat(new IdentityCheck(Source.CHIP, Outcome.SIGNATURE_ONLY, null).verifiedByMachine())
        .isTrue();
    assertThat(new IdentityCheck(Source.MRZ, Outcome.VISUAL_CHECK, null).verifiedByMachine())
        .isFalse();
  }
}
