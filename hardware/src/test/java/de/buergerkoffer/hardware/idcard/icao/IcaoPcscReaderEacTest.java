package de.buergerkoffer.hardware.idcard.icao;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.Authenticity;
import de.buergerkoffer.hardware.idcard.Authenticity.ChipCheck;
import de.buergerkoffer.hardware.idcard.DocumentData;
import de.buergerkoffer.hardware.idcard.ReadResult;
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
 * Extended access control in {@link IcaoPcscReader} against the real PC/SC stack (javax.smartcardio
 * → pcscd → vpcd → {@link VirtualPassport} with {@link EacChip}): chip authentication with the DG14
 * key, then terminal authentication with a DV + IS chain under a test CVCA (built with the CVC
 * library). Skipped without pcscd/vpcd, failing under {@code CI=true}.
 */
class IcaoPcscReaderEacTest {

  private static final Instant NOW = Instant.parse("2025-11-21T10:00:00Z");
  private static final LocalDate CHIP_DATE = LocalDate.of(2025, 11, 1);
  private static final AccessKey.MrzAccessKey KEY =
      new AccessKey.MrzAccessKey(
          TestDocuments.NUMBER, LocalDate.of(1974, 8, 12), LocalDate.of(2012, 4, 15));

  private static CardTerminal terminal;
  private static TestDocuments documents;
  private static TerminalPki pki;

  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");
  private VirtualPassport card;

  @BeforeAll
  static void startPcscd() throws Exception {
    terminal = PcscTestBed.virtualReader();
    documents = new TestDocuments(NOW);
    pki = new TerminalPki("DE", NOW, 90);
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

  private IcaoPcscReader reader(TerminalCredentials credentials) {
    return new IcaoPcscReader(
        () -> Optional.of(terminal),
        List.of(documents.cscaCertificate),
        Optional.ofNullable(credentials),
        clock);
  }

  /** A chip with DG14 (in the SOD) that trusts the test CVCA. */
  private VirtualPassport eacPassport() throws Exception {
    return eacPassport(pki);
  }

  /** A chip with DG14 (in the SOD) that trusts the CVCA of this PKI. */
  private VirtualPassport eacPassport(TerminalPki trusted) throws Exception {
    return passport(documents.sodWithDg14())
        .withChipAuthentication(documents.dg14, documents.chipKey.getPrivate())
        .withTerminalAuthentication(trusted.cvcaReference, trusted.cvca.getPublic(), CHIP_DATE);
  }

  private static VirtualPassport passport(byte[] sod) {
    return new VirtualPassport(
        TestDocuments.NUMBER,
        TestDocuments.BIRTH,
        TestDocuments.EXPIRY,
        documents.dg1,
        documents.dg2,
        sod);
  }

  private void insert(VirtualPassport passport) throws Exception {
    card = passport;
    card.insert();
    assertThat(terminal.waitForCardPresent(10_000)).isTrue();
  }

  private static Authenticity authenticity(ReadResult result) {
    assertThat(result).isInstanceOf(ReadResult.Success.class);
    return ((ReadResult.Success) result).data().authenticity();
  }

  @Test
  void withTheAuthoritysChainTheChipIsAuthenticatedAndAcceptsTheTerminalAfterBac()
      throws Exception {
    insert(eacPassport());

    ReadResult result = reader(pki.credentials()).read(KEY);

    assertThat(result).isInstanceOf(ReadResult.Success.class);
    DocumentData data = ((ReadResult.Success) result).data();
    assertThat(data.surname()).isEqualTo("ERIKSSON");
    assertThat(data.faceImage()).isPresent();
    assertThat(data.authenticity().level()).isEqualTo(Authenticity.Level.ISSUER_VERIFIED);
    assertThat(data.authenticity().chip()).isEqualTo(ChipCheck.CHIP_AND_TERMINAL_AUTHENTICATED);
    assertThat(data.authenticity().chipGenuine()).isTrue();
    assertThat(data.authenticity().messageDe())
        .startsWith("Echtheit geprüft")
        .contains("Chip echt (Chip-Authentisierung bestanden")
        .contains("Behördenterminal anerkannt");
    assertThat(card.terminalAuthenticated()).isTrue();
  }

  @Test
  void afterPaceWithTheCanTheTerminalIsAuthenticatedWithThePaceChipIdentifier() throws Exception {
    insert(eacPassport().withPace("123456"));

    ReadResult result = reader(pki.credentials()).read(new AccessKey.CardAccessNumber("123456"));

    assertThat(authenticity(result).chip()).isEqualTo(ChipCheck.CHIP_AND_TERMINAL_AUTHENTICATED);
    assertThat(card.terminalAuthenticated()).isTrue();
  }

  @Test
  void aChipThatStillTrustsTheOldCvcaAcceptsTheNewChainThroughTheLinkCertificate()
      throws Exception {
    insert(eacPassport()); // trusts DETESTCVCA00001; the DV certificate is from DETESTCVCA00002

    ReadResult result = reader(pki.rolledOver(NOW).credentials()).read(KEY);

    assertThat(authenticity(result).chip()).isEqualTo(ChipCheck.CHIP_AND_TERMINAL_AUTHENTICATED);
    assertThat(card.terminalAuthenticated()).isTrue();
  }

  @Test
  void aPrivateKeyThatDoesNotBelongToTheIsCertificateIsRefusedButTheDataAreStillRead()
      throws Exception {
    insert(eacPassport());
    TerminalCredentials wrongKey =
        new TerminalCredentials(
            List.of(pki.dvCertificate, pki.isCertificate), TestDocuments.ecKeyPair().getPrivate());
    IcaoPcscReader reader = reader(wrongKey);

    Authenticity authenticity = authenticity(reader.read(KEY));

    assertThat(authenticity.chip()).isEqualTo(ChipCheck.CHIP_AUTHENTICATED);
    assertThat(authenticity.chipGenuine()).isTrue();
    assertThat(authenticity.messageDe())
        .contains("Chip echt")
        .contains("Terminal-Authentisierung nicht erfolgt")
        .contains("der private Schlüssel passt nicht zum Terminal-Zertifikat");
    assertThat(reader.status().messageDe()).contains("privat");
    assertThat(card.terminalAuthenticated()).isFalse();
  }

  @Test
  void aChainFromAnotherStatesCvcaIsNotOfferedToTheChipAndTheClerkIsToldWhy() throws Exception {
    insert(eacPassport());
    TerminalPki otherState = new TerminalPki("FR", NOW, 90);

    Authenticity authenticity = authenticity(reader(otherState.credentials()).read(KEY));

    assertThat(authenticity.chip()).isEqualTo(ChipCheck.CHIP_AUTHENTICATED);
    assertThat(authenticity.messageDe())
        .contains(
            "Für die Zertifizierungsstelle dieses Dokuments (DETESTCVCA00001) ist kein"
                + " Terminal-Zertifikat eingerichtet.");
    assertThat(card.terminalAuthenticated()).isFalse();
  }

  @Test
  void aDvCertificateSignedByAForgedCvcaOfTheSameNameIsRefusedByTheChip() throws Exception {
    insert(eacPassport());

    Authenticity authenticity = authenticity(reader(pki.impostor(NOW).credentials()).read(KEY));

    assertThat(authenticity.chip()).isEqualTo(ChipCheck.CHIP_AUTHENTICATED);
    assertThat(authenticity.messageDe())
        .contains("Der Chip hat das Terminal-Zertifikat nicht anerkannt");
    assertThat(card.terminalAuthenticated()).isFalse();
  }

  @Test
  void anExpiredIsCertificateIsNotUsedAndTheMessageSaysSinceWhen() throws Exception {
    TerminalPki expired = new TerminalPki("DE", NOW, -2);
    insert(eacPassport(expired)); // the chip trusts its CVCA: only the date is wrong

    Authenticity authenticity = authenticity(reader(expired.credentials()).read(KEY));

    assertThat(authenticity.chip()).isEqualTo(ChipCheck.CHIP_AUTHENTICATED);
    assertThat(authenticity.messageDe())
        .contains(
            "Das Terminal-Zertifikat „DETESTIS00001“ ist am 19.11.2025 abgelaufen. Bitte ein"
                + " neues Zertifikat einrichten");
    assertThat(card.terminalAuthenticated()).isFalse();
  }

  @Test
  void aChipWithoutDg14IsReadAsBeforeAndMarkedAsNotOfferingChipAuthentication() throws Exception {
    insert(passport(documents.sod()));

    ReadResult result = reader(pki.credentials()).read(KEY);

    Authenticity authenticity = authenticity(result);
    assertThat(((ReadResult.Success) result).data().surname()).isEqualTo("ERIKSSON");
    assertThat(authenticity.level()).isEqualTo(Authenticity.Level.ISSUER_VERIFIED);
    assertThat(authenticity.chip()).isEqualTo(ChipCheck.NOT_OFFERED);
    assertThat(authenticity.chipGenuine()).isFalse();
    assertThat(authenticity.messageDe()).contains("Chip-Authentisierung nicht angeboten");
  }

  @Test
  void aCopiedChipWithoutTheDg14PrivateKeyIsRefused() throws Exception {
    insert(
        passport(documents.sodWithDg14())
            // the copy has DG14 and the SOD, but not the genuine chip's private key
            .withChipAuthentication(documents.dg14, TestDocuments.ecKeyPair().getPrivate()));

    assertThat(reader(pki.credentials()).read(KEY))
        .isEqualTo(new ReadResult.NotGenuine(IcaoPcscReader.CLONED_CHIP_DE));
  }

  @Test
  void withoutTerminalCredentialsAnEacChipIsReadWithoutExtendedAccessControl() throws Exception {
    insert(eacPassport());

    Authenticity authenticity = authenticity(reader(null).read(KEY));

    assertThat(authenticity).isEqualTo(Authenticity.issuerVerified("CSCA UT"));
    assertThat(authenticity.chip()).isEqualTo(ChipCheck.NOT_ATTEMPTED);
    assertThat(card.terminalAuthenticated()).isFalse();
  }
}
