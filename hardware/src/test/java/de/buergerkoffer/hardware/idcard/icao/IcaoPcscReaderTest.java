package de.buergerkoffer.hardware.idcard.icao;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.Authenticity;
import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import de.buergerkoffer.hardware.idcard.FaceImage;
import de.buergerkoffer.hardware.idcard.ReadResult;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link IcaoPcscReader} against the real PC/SC stack: javax.smartcardio → libpcsclite → pcscd →
 * vsmartcard's vpcd driver → {@link VirtualPassport} (a BAC/PACE chip in test sources). Skipped
 * without pcscd/vpcd, failing under {@code CI=true} (see {@link PcscTestBed}).
 */
class IcaoPcscReaderTest {

  private static final AccessKey.MrzAccessKey KEY =
      new AccessKey.MrzAccessKey(
          TestDocuments.NUMBER, LocalDate.of(1974, 8, 12), LocalDate.of(2012, 4, 15));

  private static CardTerminal terminal;
  private static TestDocuments documents;

  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");
  private VirtualPassport card;

  @BeforeAll
  static void startPcscd() throws Exception {
    terminal = PcscTestBed.virtualReader();
    documents = new TestDocuments(Instant.parse("2025-11-21T10:00:00Z"));
  }

  @BeforeEach
  void noCardOnTheReader() throws Exception {
    terminal.waitForCardAbsent(10_000);
  }

  @AfterEach
  void takeTheCardAway() throws Exception {
    if (card != null) {
      card.remove();
      terminal.waitForCardAbsent(10_000);
    }
  }

  private IcaoPcscReader reader(List<X509Certificate> csca) {
    return new IcaoPcscReader(() -> Optional.of(terminal), csca, clock);
  }

  private void insert(VirtualPassport passport) throws Exception {
    card = passport;
    card.insert();
    assertThat(terminal.waitForCardPresent(10_000)).isTrue();
  }

  private VirtualPassport passport(byte[] sod) {
    return new VirtualPassport(
        TestDocuments.NUMBER,
        TestDocuments.BIRTH,
        TestDocuments.EXPIRY,
        documents.dg1,
        documents.dg2,
        sod);
  }

  @Test
  void readsNamesDatesAndPhotoWithTheMrzKeyAndTracesTheSignerToTheConfiguredCsca()
      throws Exception {
    insert(passport(documents.sod()));

    ReadResult result = reader(List.of(documents.cscaCertificate)).read(KEY);

    assertThat(result).isInstanceOf(ReadResult.Success.class);
    DocumentData data = ((ReadResult.Success) result).data();
    assertThat(data.documentType()).isEqualTo("P");
    assertThat(data.issuingState()).isEqualTo("UTO");
    assertThat(data.documentNumber()).isEqualTo("L898902C3");
    assertThat(data.surname()).isEqualTo("ERIKSSON");
    assertThat(data.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(data.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(data.nationality()).isEqualTo("UTO");
    assertThat(data.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(data.source()).isEqualTo(DataSource.CHIP);
    assertThat(data.faceImage()).contains(new FaceImage("image/jpeg", documents.jpeg));
    assertThat(data.authenticity().level()).isEqualTo(Authenticity.Level.ISSUER_VERIFIED);
    assertThat(data.authenticity().messageDe()).startsWith("Echtheit geprüft").contains("CSCA UT");
  }

  @Test
  void withoutCscaCertificatesTheDataAreTakenButMarkedAsNotTracedToAState() throws Exception {
    insert(passport(documents.sod()));
    IcaoPcscReader reader = reader(List.of());

    ReadResult result = reader.read(KEY);

    assertThat(result).isInstanceOf(ReadResult.Success.class);
    Authenticity authenticity = ((ReadResult.Success) result).data().authenticity();
    assertThat(authenticity.level()).isEqualTo(Authenticity.Level.SIGNATURE_ONLY);
    assertThat(authenticity.messageDe()).contains("nicht geprüft (keine CSCA-Zertifikate");
    assertThat(reader.status().state()).isEqualTo(DeviceState.CONNECTED);
    assertThat(reader.status().lastUsed()).contains(Instant.parse("2025-11-21T10:00:00Z"));
  }

  @Test
  void aMistypedBirthDateIsRefusedByTheChipAsAWrongAccessKey() throws Exception {
    insert(passport(documents.sod()));
    IcaoPcscReader reader = reader(List.of());

    ReadResult result =
        reader.read(
            new AccessKey.MrzAccessKey(
                TestDocuments.NUMBER, LocalDate.of(1974, 8, 13), LocalDate.of(2012, 4, 15)));

    assertThat(result).isEqualTo(new ReadResult.WrongAccessKey(IcaoPcscReader.WRONG_MRZ_DE));
    assertThat(reader.status().lastUsed()).isEmpty();
  }

  @Test
  void aCardAccessNumberCannotOpenAChipThatOnlyKnowsBac() throws Exception {
    insert(passport(documents.sod()));

    ReadResult result = reader(List.of()).read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isEqualTo(new ReadResult.WrongAccessKey(IcaoPcscReader.NO_CAN_DE));
  }

  @Test
  void dataWhoseHashDoesNotMatchTheSignedHashAreRefused() throws Exception {
    insert(passport(documents.sodForOtherDg1()));

    ReadResult result = reader(List.of(documents.cscaCertificate)).read(KEY);

    assertThat(result).isInstanceOf(ReadResult.NotGenuine.class);
    assertThat(((ReadResult.Failure) result).messageDe())
        .contains("verfälscht")
        .contains("Datengruppe 1");
  }

  @Test
  void aSignerFromAnotherCscaIsRefusedWhenCscaCertificatesAreConfigured() throws Exception {
    TestDocuments otherState = new TestDocuments(Instant.parse("2025-11-21T10:00:00Z"));
    insert(passport(documents.sod()));

    ReadResult result = reader(List.of(otherState.cscaCertificate)).read(KEY);

    assertThat(result).isInstanceOf(ReadResult.NotGenuine.class);
    assertThat(((ReadResult.Failure) result).messageDe()).contains("Länderzertifikat (CSCA)");
  }

  @Test
  void aForgedSignatureIsRefusedEvenWithoutCscaCertificates() throws Exception {
    // signed with a key that is not the one in the document signer certificate
    byte[] forged =
        TestDocuments.sodOver(
            documents.dg1,
            documents.dg2,
            TestDocuments.ecKeyPair().getPrivate(),
            documents.documentSignerCertificate);
    insert(passport(forged));

    ReadResult result = reader(List.of()).read(KEY);

    assertThat(result).isInstanceOf(ReadResult.NotGenuine.class);
    assertThat(((ReadResult.Failure) result).messageDe()).contains("(Signatur)");
  }

  @Test
  void aChipThatRefusesDg1AfterPaceLikeTheGermanIdCardPointsToTheEidFunctionOrManualEntry()
      throws Exception {
    insert(passport(documents.sod()).withPace("123456").refusingDg1());

    ReadResult result = reader(List.of()).read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result)
        .isEqualTo(new ReadResult.UnsupportedDocument(IcaoPcscReader.GERMAN_ID_CARD_DE));
    assertThat(IcaoPcscReader.GERMAN_ID_CARD_DE).contains("AusweisApp").contains("von Hand");
  }

  @Test
  void aPaceChipOpensWithItsCardAccessNumber() throws Exception {
    insert(passport(documents.sod()).withPace("123456"));

    ReadResult result =
        reader(List.of(documents.cscaCertificate)).read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.Success.class);
    DocumentData data = ((ReadResult.Success) result).data();
    assertThat(data.surname()).isEqualTo("ERIKSSON");
    assertThat(data.faceImage()).contains(new FaceImage("image/jpeg", documents.jpeg));
    assertThat(data.authenticity().level()).isEqualTo(Authenticity.Level.ISSUER_VERIFIED);
  }

  @Test
  void aPaceChipAlsoOpensWithTheMrzData() throws Exception {
    insert(passport(documents.sod()).withPace("123456"));

    assertThat(reader(List.of()).read(KEY)).isInstanceOf(ReadResult.Success.class);
  }

  @Test
  void aWrongCardAccessNumberIsRefusedByThePaceChip() throws Exception {
    insert(passport(documents.sod()).withPace("123456"));

    assertThat(reader(List.of()).read(new AccessKey.CardAccessNumber("654321")))
        .isEqualTo(new ReadResult.WrongAccessKey());
  }

  @Test
  void aBacChipThatRefusesDg1IsTreatedLikeTheGermanIdCard() throws Exception {
    insert(passport(documents.sod()).refusingDg1());

    assertThat(reader(List.of()).read(KEY))
        .isEqualTo(new ReadResult.UnsupportedDocument(IcaoPcscReader.GERMAN_ID_CARD_DE));
  }

  @Test
  void aBirthDateWithUnknownDayOnTheChipAsksForManualEntryInsteadOfGuessing() throws Exception {
    byte[] dg1 =
        new org.jmrtd.lds.icao.DG1File(
                new org.jmrtd.lds.icao.MRZInfo(
                    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
                        + "L898902C36UTO7408<<7F1204159ZE184226B<<<<<10"))
            .getEncoded();
    byte[] sod =
        TestDocuments.sodOver(
            dg1,
            documents.dg2,
            documents.documentSigner.getPrivate(),
            documents.documentSignerCertificate);
    card =
        new VirtualPassport(
                TestDocuments.NUMBER,
                TestDocuments.BIRTH,
                TestDocuments.EXPIRY,
                dg1,
                documents.dg2,
                sod)
            .withPace("123456");
    card.insert();
    assertThat(terminal.waitForCardPresent(10_000)).isTrue();

    assertThat(reader(List.of()).read(new AccessKey.CardAccessNumber("123456")))
        .isEqualTo(new ReadResult.UnsupportedDocument(IcaoPcscReader.INCOMPLETE_DATE_DE));
  }

  @Test
  void aChipCardWithoutPassportApplicationIsNotADocument() throws Exception {
    insert(passport(documents.sod()).withoutPassportApplication());

    assertThat(reader(List.of()).read(KEY)).isEqualTo(new ReadResult.UnsupportedDocument());
  }

  @Test
  void aPaceCardWithoutPassportApplicationIsNotADocumentEither() throws Exception {
    insert(passport(documents.sod()).withPace("123456").withoutPassportApplication());

    assertThat(reader(List.of()).read(new AccessKey.CardAccessNumber("123456")))
        .isEqualTo(new ReadResult.UnsupportedDocument());
  }

  @Test
  void anEmptyReaderAnswersThatNoCardIsThere() {
    IcaoPcscReader reader = reader(List.of());

    assertThat(reader.read(KEY)).isEqualTo(new ReadResult.CardRemoved());
    assertThat(reader.probe().state()).isEqualTo(DeviceState.CONNECTED);
    assertThat(reader.status().messageDe()).contains(PcscTestBed.READER);
  }

  @Test
  void aCardTakenAwayWhileTheDataGroupsAreReadIsReportedAsRemoved() throws Exception {
    // BAC is in the clear; the 4th secure command is in the middle of reading the SOD
    insert(passport(documents.sod()).removedAfterSecureCommands(4));

    assertThat(reader(List.of()).read(KEY)).isEqualTo(new ReadResult.CardRemoved());
  }
}
