package de.buergerkoffer.hardware.idcard.icao;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.Authenticity;
import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import de.buergerkoffer.hardware.idcard.FaceImage;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.idcard.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;
import net.sf.scuba.smartcards.TerminalCardService;
import org.jmrtd.AccessKeySpec;
import org.jmrtd.BACKey;
import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.SecurityInfo;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.icao.MRZInfo;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import org.jmrtd.protocol.EACCAResult;
import org.jmrtd.protocol.EACTAProtocol;
import org.jmrtd.protocol.PACEResult;
import org.jmrtd.protocol.SecureMessagingWrapper;

/**
 * Reads ICAO 9303 travel documents (passports, most foreign ID cards, residence permits) through a
 * PC/SC reader with JMRTD.
 *
 * <p>Access: PACE when the chip lists it in EF.CardAccess (with the CAN, or with the MRZ data),
 * else BAC with the MRZ data (a CAN cannot open a BAC-only chip). Then DG1 (the MRZ data: names,
 * birth date, number, nationality, expiry) and, if the document security object lists it, DG2 (the
 * photo, JPEG or JPEG 2000 bytes as stored, not decoded). {@link PassiveAuthentication} checks the
 * data against the issuer's signature before anything is returned; chip data that fail it are
 * refused.
 *
 * <p>With {@link TerminalCredentials} (an authority's inspection-system certificate chain and key)
 * the reader also runs extended access control version 1 where the chip offers it (DG14 listed in
 * the SOD): chip authentication right after BAC/PACE – DG1 and DG2 are then read under the new,
 * strong session keys and the chip is proven genuine –, then terminal authentication. A chip that
 * fails chip authentication is refused like forged data (it may be a copy). A chip that refuses the
 * terminal still gives its DG1/DG2 data: they do not depend on it, so the clerk gets them with
 * {@link Authenticity.ChipCheck#CHIP_AUTHENTICATED} and the German reason (certificate expired, for
 * another state, key not matching) in the authenticity message and the device status, where the
 * administrator sees it. Without credentials the reader behaves as without EAC.
 *
 * <p>Errors map onto the port's results: no terminal or no pcscd → {@code NoReader}; no card or
 * card taken away → {@code CardRemoved}; BAC/PACE refused → {@code WrongAccessKey}; no eMRTD
 * application, or DG1 refused with "security status not satisfied" (SW 6982, the German ID card
 * without authorization certificate) → {@code UnsupportedDocument}; data groups changed, issuer
 * signature invalid or from no configured state, or a chip that fails chip authentication → {@code
 * NotGenuine} (the clerk must not use the data). One read at a time.
 */
public final class IcaoPcscReader implements IdCardReader {

  /** What the clerk is told when the chip is a German ID card (DG1 only with EAC). */
  public static final String GERMAN_ID_CARD_DE =
      "Der Chip gibt seine Daten nur an Behördenlesegeräte mit Berechtigungszertifikat heraus"
          + " (so beim deutschen Personalausweis). Bitte die Online-Ausweisfunktion (AusweisApp)"
          + " nutzen, wenn die Gemeinde einen eID-Dienst hat, oder die Daten von Hand bzw. aus der"
          + " maschinenlesbaren Zone übernehmen.";

  static final String WRONG_MRZ_DE =
      "Ausweisnummer, Geburtsdatum oder Ablaufdatum passen nicht zum Chip. Bitte mit dem Dokument"
          + " vergleichen (Buchstabe O oder Ziffer 0?) und erneut eingeben – oder die Daten von Hand"
          + " übernehmen.";

  static final String NO_CAN_DE =
      "Dieses Dokument kennt keine Zugangsnummer (CAN). Bitte Ausweisnummer, Geburtsdatum und"
          + " Ablaufdatum aus der maschinenlesbaren Zone eingeben – oder die Daten von Hand"
          + " übernehmen.";

  static final String INCOMPLETE_DATE_DE =
      "Auf dem Chip ist das Geburts- oder Ablaufdatum unvollständig (Tag oder Monat unbekannt)."
          + " Bitte die Daten vom Dokument von Hand übernehmen.";

  private static final int SW_SECURITY_STATUS_NOT_SATISFIED = 0x6982;
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  static final String CLONED_CHIP_DE =
      "Der Chip hat die Chip-Authentisierung nicht bestanden – er könnte eine Kopie sein. Die"
          + " Daten wurden nicht übernommen. Bitte das Dokument genau ansehen und die Daten von"
          + " Hand eingeben.";

  private final TerminalSource terminals;
  private final PassiveAuthentication passiveAuthentication;
  private final Optional<ExtendedAccessControl> extendedAccessControl;
  private final Clock clock;
  private final DeviceStatusTracker status;

  /**
   * @param terminals where to find the card terminal, asked on every read
   * @param cscaCertificates trusted CSCA certificates; empty = the signer is not traced to a state
   * @param clock for "last used", the certificate check and two-digit birth years
   */
  public IcaoPcscReader(
      TerminalSource terminals, List<X509Certificate> cscaCertificates, Clock clock) {
    this(terminals, cscaCertificates, Optional.empty(), clock);
  }

  /**
   * @param terminals where to find the card terminal, asked on every read
   * @param cscaCertificates trusted CSCA certificates; empty = the signer is not traced to a state
   * @param terminalCredentials the authority's certificates and key for extended access control;
   *     empty = no chip or terminal authentication
   * @param clock for "last used", the certificate checks and two-digit birth years
   */
  public IcaoPcscReader(
      TerminalSource terminals,
      List<X509Certificate> cscaCertificates,
      Optional<TerminalCredentials> terminalCredentials,
      Clock clock) {
    this.terminals = Objects.requireNonNull(terminals, "terminals");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.passiveAuthentication = new PassiveAuthentication(cscaCertificates, clock);
    this.extendedAccessControl =
        terminalCredentials.map(credentials -> new ExtendedAccessControl(credentials, clock));
    this.status =
        new DeviceStatusTracker(
            DeviceKind.ID_CARD_READER, "pcsc-icao", clock, "Ausweisleser noch nicht geprüft.");
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  @Override
  public synchronized DeviceStatus probe() {
    try {
      Optional<CardTerminal> terminal = terminals.find();
      if (terminal.isEmpty()) {
        return status.notConnected(new ReadResult.NoReader().messageDe());
      }
      return status.connected(
          "Ausweisleser bereit ("
              + terminal.get().getName()
              + (terminal.get().isCardPresent() ? ", Dokument aufgelegt)." : ")."));
    } catch (CardException | RuntimeException e) {
      return status.notConnected(new ReadResult.NoReader().messageDe());
    }
  }

  @Override
  public synchronized ReadResult read(AccessKey accessKey) {
    Objects.requireNonNull(accessKey, "accessKey");
    CardTerminal terminal;
    try {
      Optional<CardTerminal> found = terminals.find();
      if (found.isEmpty() || !found.get().isCardPresent()) {
        if (found.isEmpty()) {
          return noReader();
        }
        status.connected("Ausweisleser bereit (" + found.get().getName() + "), kein Dokument.");
        return new ReadResult.CardRemoved();
      }
      terminal = found.get();
    } catch (CardException | RuntimeException e) {
      return noReader();
    }
    TerminalCardService cardService = new TerminalCardService(terminal);
    try {
      ReadResult result = read(cardService, accessKey);
      if (result instanceof ReadResult.Success success) {
        status.used(
            "Ausweisleser bereit ("
                + terminal.getName()
                + "); zuletzt gelesen: "
                + success.data().authenticity().messageDe());
      } else {
        status.connected("Ausweisleser bereit (" + terminal.getName() + ").");
      }
      return result;
    } catch (CardServiceException | IOException | RuntimeException e) {
      return afterError(terminal, e);
    } finally {
      cardService.close();
    }
  }

  private ReadResult read(TerminalCardService cardService, AccessKey accessKey)
      throws CardServiceException, IOException {
    PassportService service =
        new PassportService(
            cardService,
            PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
            PassportService.DEFAULT_MAX_BLOCKSIZE,
            false, // no short file identifiers: select, then read
            true); // check the chip's MACs on every secure-messaging response
    service.open();
    Access access = authenticate(service, accessKey);
    if (access instanceof Refused refused) {
      return refused.failure();
    }
    // JMRTD's file system drops the status word of a refused SELECT, so DG1 is selected here
    // first: the German ID card answers "security status not satisfied" without EAC.
    if (selectStatus(service, PassportService.EF_DG1) == SW_SECURITY_STATUS_NOT_SATISFIED) {
      return new ReadResult.UnsupportedDocument(GERMAN_ID_CARD_DE);
    }
    SODFile sod = new SODFile(new ByteArrayInputStream(readFile(service, PassportService.EF_SOD)));
    Map<Integer, byte[]> groups = new LinkedHashMap<>();
    Optional<EACCAResult> chip = Optional.empty();
    if (extendedAccessControl.isPresent() && sod.getDataGroupHashes().containsKey(14)) {
      byte[] dg14 = readFile(service, PassportService.EF_DG14);
      groups.put(14, dg14);
      chip = extendedAccessControl.get().chipAuthentication(service, dg14);
      if (chip.isEmpty()) {
        return new ReadResult.NotGenuine(CLONED_CHIP_DE);
      }
    }
    byte[] dg1 = readFile(service, PassportService.EF_DG1);
    groups.put(1, dg1);
    if (sod.getDataGroupHashes().containsKey(2)) {
      groups.put(2, readFile(service, PassportService.EF_DG2));
    }
    PassiveAuthentication.Outcome outcome = passiveAuthentication.check(sod, groups);
    if (outcome instanceof PassiveAuthentication.Refused refusal) {
      return new ReadResult.NotGenuine(refusal.messageDe());
    }
    Authenticity authenticity = ((PassiveAuthentication.Passed) outcome).authenticity();
    if (chip.isPresent()) {
      authenticity =
          extendedAccessControl
              .get()
              .terminalAuthentication(service, cardService, chip.get(), ((Opened) access).chipId())
              .map(authenticity::withChipAuthenticatedOnly)
              .orElseGet(authenticity::withChipAndTerminalAuthenticated);
    } else if (extendedAccessControl.isPresent()) {
      authenticity = authenticity.withChipAuthenticationNotOffered();
    }
    try {
      return new ReadResult.Success(documentData(dg1, groups.get(2), authenticity));
    } catch (java.time.format.DateTimeParseException e) {
      // ICAO allows unknown birth day or month ("7408<<"); DocumentData needs a full date
      return new ReadResult.UnsupportedDocument(INCOMPLETE_DATE_DE);
    }
  }

  /** How access control ended: the chip opened (with its identifier for EAC), or refused. */
  private sealed interface Access permits Opened, Refused {}

  /**
   * @param chipId ID_PICC for terminal authentication (TR-03110): from PACE the x coordinate of the
   *     chip's ephemeral key, after BAC the document number (nine characters) and check digit
   */
  private record Opened(byte[] chipId) implements Access {}

  private record Refused(ReadResult.Failure failure) implements Access {}

  /** PACE if the chip offers it, else BAC. */
  private static Access authenticate(PassportService service, AccessKey accessKey)
      throws CardServiceException {
    Optional<PACEInfo> pace = paceInfo(service);
    if (pace.isPresent()) {
      PACEResult result;
      try {
        result =
            service.doPACE(
                paceKey(accessKey),
                pace.get().getObjectIdentifier(),
                PACEInfo.toParameterSpec(pace.get().getParameterId()),
                pace.get().getParameterId());
      } catch (CardServiceException e) {
        if (isConnectionLost(e)) {
          throw e;
        }
        return new Refused(wrongKey(accessKey));
      } catch (RuntimeException e) {
        return new Refused(wrongKey(accessKey));
      }
      Optional<ReadResult.Failure> noApplet = selectApplet(service, true);
      if (noApplet.isPresent()) {
        return new Refused(noApplet.get());
      }
      try {
        return new Opened(EACTAProtocol.deriveIdentifier(result.getPICCPublicKey()));
      } catch (java.security.GeneralSecurityException | RuntimeException e) {
        return new Opened(new byte[0]); // not an EC/DH key: terminal authentication will fail
      }
    }
    if (!(accessKey instanceof AccessKey.MrzAccessKey mrz)) {
      return new Refused(new ReadResult.WrongAccessKey(NO_CAN_DE));
    }
    Optional<ReadResult.Failure> noApplet = selectApplet(service, false);
    if (noApplet.isPresent()) {
      return new Refused(noApplet.get());
    }
    try {
      service.doBAC(bacKey(mrz));
    } catch (CardServiceException e) {
      if (isConnectionLost(e)) {
        throw e;
      }
      return new Refused(new ReadResult.WrongAccessKey(WRONG_MRZ_DE));
    }
    String number = mrz.documentNumber();
    while (number.length() < 9) {
      number += "<"; // as in the MRZ
    }
    return new Opened(EACTAProtocol.deriveIdentifier(number));
  }

  /** Selects the eMRTD application; a chip without it is not a travel document. */
  private static Optional<ReadResult.Failure> selectApplet(
      PassportService service, boolean afterPace) throws CardServiceException {
    try {
      service.sendSelectApplet(afterPace);
      return Optional.empty();
    } catch (CardServiceException e) {
      if (isConnectionLost(e)) {
        throw e;
      }
      return Optional.of(
          statusWord(e) == SW_SECURITY_STATUS_NOT_SATISFIED
              ? new ReadResult.UnsupportedDocument(GERMAN_ID_CARD_DE)
              : new ReadResult.UnsupportedDocument());
    }
  }

  private static Optional<PACEInfo> paceInfo(PassportService service) {
    try (InputStream in =
        service.getInputStream(
            PassportService.EF_CARD_ACCESS, PassportService.DEFAULT_MAX_BLOCKSIZE)) {
      CardAccessFile cardAccess = new CardAccessFile(in);
      for (SecurityInfo info : cardAccess.getSecurityInfos()) {
        if (info instanceof PACEInfo paceInfo) {
          return Optional.of(paceInfo);
        }
      }
      return Optional.empty();
    } catch (CardServiceException | IOException | RuntimeException e) {
      // no EF.CardAccess: a BAC-only chip
      return Optional.empty();
    }
  }

  private static AccessKeySpec paceKey(AccessKey accessKey) {
    if (accessKey instanceof AccessKey.CardAccessNumber can) {
      return PACEKeySpec.createCANKey(can.digits());
    }
    try {
      return PACEKeySpec.createMRZKey(bacKey((AccessKey.MrzAccessKey) accessKey));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BACKey bacKey(AccessKey.MrzAccessKey mrz) {
    return new BACKey(
        mrz.documentNumber(), YYMMDD.format(mrz.birthDate()), YYMMDD.format(mrz.expiryDate()));
  }

  private static ReadResult.WrongAccessKey wrongKey(AccessKey accessKey) {
    return accessKey instanceof AccessKey.CardAccessNumber
        ? new ReadResult.WrongAccessKey()
        : new ReadResult.WrongAccessKey(WRONG_MRZ_DE);
  }

  /** Selects a file through secure messaging (if any) and returns the chip's status word. */
  static int selectStatus(PassportService service, short fid) throws CardServiceException {
    CommandAPDU select =
        new CommandAPDU(0x00, 0xA4, 0x02, 0x0C, new byte[] {(byte) (fid >> 8), (byte) fid});
    SecureMessagingWrapper wrapper = service.getWrapper();
    ResponseAPDU response =
        wrapper == null
            ? service.transmit(select)
            : wrapper.unwrap(service.transmit(wrapper.wrap(select)));
    return response.getSW();
  }

  private static byte[] readFile(PassportService service, short fid)
      throws CardServiceException, IOException {
    try (InputStream in = service.getInputStream(fid, PassportService.DEFAULT_MAX_BLOCKSIZE)) {
      return in.readAllBytes();
    }
  }

  private DocumentData documentData(byte[] dg1, byte[] dg2, Authenticity authenticity)
      throws IOException {
    MRZInfo mrz = new DG1File(new ByteArrayInputStream(dg1)).getMRZInfo();
    return new DocumentData(
        clean(mrz.getDocumentCode()),
        clean(mrz.getIssuingState()),
        clean(mrz.getDocumentNumber()),
        clean(mrz.getPrimaryIdentifier()),
        clean(mrz.getSecondaryIdentifier()),
        birthDate(mrz.getDateOfBirth()),
        clean(mrz.getNationality()),
        expiryDate(mrz.getDateOfExpiry()),
        dg2 == null ? Optional.empty() : faceImage(dg2),
        DataSource.CHIP,
        authenticity);
  }

  private static Optional<FaceImage> faceImage(byte[] dg2) throws IOException {
    DG2File file = new DG2File(new ByteArrayInputStream(dg2));
    for (FaceInfo face : file.getFaceInfos()) {
      for (FaceImageInfo image : face.getFaceImageInfos()) {
        try (InputStream in = image.getImageInputStream()) {
          byte[] bytes = in.readAllBytes();
          if (bytes.length > 0) {
            return Optional.of(new FaceImage(image.getMimeType(), bytes));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** MRZ fillers become spaces; {@code D<<} becomes {@code D}. */
  static String clean(String mrzField) {
    return mrzField == null ? "" : mrzField.replace('<', ' ').trim().replaceAll(" +", " ");
  }

  /** Two-digit birth years go to the latest century that is not in the future. */
  private LocalDate birthDate(String yymmdd) {
    LocalDate date = LocalDate.parse("20" + yymmdd, DateTimeFormatter.BASIC_ISO_DATE);
    return date.isAfter(LocalDate.now(clock)) ? date.minusYears(100) : date;
  }

  private static LocalDate expiryDate(String yymmdd) {
    return LocalDate.parse("20" + yymmdd, DateTimeFormatter.BASIC_ISO_DATE);
  }

  private ReadResult afterError(CardTerminal terminal, Exception e) {
    try {
      if (!terminal.isCardPresent()) {
        status.connected("Ausweisleser bereit (" + terminal.getName() + "), kein Dokument.");
        return new ReadResult.CardRemoved();
      }
    } catch (CardException | RuntimeException gone) {
      return noReader();
    }
    status.failed("Ausweisleser: Lesefehler (" + e.getClass().getSimpleName() + ").");
    return new ReadResult.CardRemoved();
  }

  private ReadResult noReader() {
    ReadResult.NoReader noReader = new ReadResult.NoReader();
    status.notConnected(noReader.messageDe());
    return noReader;
  }

  static boolean isConnectionLost(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CardException) {
        return true;
      }
    }
    return false;
  }

  /** The status word of the first {@link CardServiceException} in the chain, or -1. */
  static int statusWord(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CardServiceException cse && cse.getSW() > 0) {
        return cse.getSW();
      }
    }
    return -1;
  }
}
