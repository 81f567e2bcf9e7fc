package de.buergerkoffer.hardware.idcard.icao;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.idcard.Authenticity;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jmrtd.lds.SODFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Passive authentication on its own, without a card: runs everywhere, also without pcscd. */
class PassiveAuthenticationTest {

  private static TestDocuments documents;
  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");

  @BeforeAll
  static void issueDocuments() throws Exception {
    documents = new TestDocuments(Instant.parse("2025-11-21T10:00:00Z"));
  }

  private static SODFile sod(byte[] bytes) throws Exception {
    return new SODFile(new ByteArrayInputStream(bytes));
  }

  private Map<Integer, byte[]> groups() {
    return Map.of(1, documents.dg1, 2, documents.dg2);
  }

  @Test
  void unchangedDataWithoutCscaAreAcceptedAsSignatureOnly() throws Exception {
    var outcome = new PassiveAuthentication(List.of(), clock).check(sod(documents.sod()), groups());

    assertThat(outcome).isEqualTo(new PassiveAuthentication.Passed(Authenticity.signatureOnly()));
  }

  @Test
  void aSignerIssuedByTheConfiguredCscaIsVerifiedAndNamedByCountry() throws Exception {
    var outcome =
        new PassiveAuthentication(List.of(documents.cscaCertificate), clock)
            .check(sod(documents.sod()), groups());

    assertThat(outcome)
        .isEqualTo(new PassiveAuthentication.Passed(Authenticity.issuerVerified("CSCA UT")));
  }

  @Test
  void aDataGroupThatDiffersFromItsSignedHashIsRefused() throws Exception {
    var outcome =
        new PassiveAuthentication(List.of(), clock)
            .check(sod(documents.sodForOtherDg1()), groups());

    assertThat(outcome).isInstanceOf(PassiveAuthentication.Refused.class);
    assertThat(((PassiveAuthentication.Refused) outcome).messageDe()).contains("Datengruppe 1");
  }

  @Test
  void aDataGroupTheSodDoesNotListIsRefused() throws Exception {
    var outcome =
        new PassiveAuthentication(List.of(), clock)
            .check(sod(documents.sod()), Map.of(1, documents.dg1, 3, new byte[] {0x63, 0}));

    assertThat(((PassiveAuthentication.Refused) outcome).messageDe()).contains("Datengruppe 3");
  }

  @Test
  void aSignatureByAnotherKeyThanTheSignerCertificateIsRefused() throws Exception {
    byte[] forged =
        TestDocuments.sodOver(
            documents.dg1,
            documents.dg2,
            TestDocuments.ecKeyPair().getPrivate(),
            documents.documentSignerCertificate);

    var outcome = new PassiveAuthentication(List.of(), clock).check(sod(forged), groups());

    assertThat(((PassiveAuthentication.Refused) outcome).messageDe()).endsWith("(Signatur)");
  }

  @Test
  void aSignerCertificateOutsideItsValidityAtTheClocksTimeIsNotTracedToTheCsca() throws Exception {
    clock.advance(java.time.Duration.ofDays(365 * 15));

    var outcome =
        new PassiveAuthentication(List.of(documents.cscaCertificate), clock)
            .check(sod(documents.sod()), groups());

    assertThat(((PassiveAuthentication.Refused) outcome).messageDe())
        .contains("Länderzertifikat (CSCA)");
  }

  @Test
  void theContentInfoIsTakenOutOfTheEfSodWrapper() throws Exception {
    byte[] efSod = documents.sod();

    byte[] contentInfo = PassiveAuthentication.contentInfo(efSod);

    assertThat(contentInfo[0]).isEqualTo((byte) 0x30);
    assertThat(efSod.length - contentInfo.length).isBetween(2, 5);
  }
}
