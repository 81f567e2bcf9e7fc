package de.buergerkoffer.hardware.idcard.icao;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.tlv.TLVUtil;
import org.jmrtd.CardServiceProtocolException;
import org.jmrtd.PassportService;
import org.jmrtd.cert.CVCPrincipal;
import org.jmrtd.cert.CardVerifiableCertificate;
import org.jmrtd.lds.CVCAFile;
import org.jmrtd.lds.ChipAuthenticationInfo;
import org.jmrtd.lds.ChipAuthenticationPublicKeyInfo;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.protocol.EACCAResult;
import org.jmrtd.protocol.EACTAAPDUSender;
import org.jmrtd.protocol.EACTAProtocol;

/**
 * Extended access control version 1 (BSI TR-03110, ICAO 9303 part 11 "advanced inspection
 * procedure") with JMRTD: chip authentication with the key from DG14, then terminal authentication
 * with the authority's {@link TerminalCredentials}.
 *
 * <p>Chip authentication proves that the chip holds the private key whose public half the issuer
 * signed (DG14 is covered by the SOD): a copied chip cannot. It also replaces the weak BAC session
 * keys. Terminal authentication shows the chip the authority's certificate chain and signs the
 * chip's challenge; a chip that accepts it releases its EAC-protected data (fingerprints DG3, iris
 * DG4 – which the kit does not read). The data the kit needs (DG1, DG2) do not depend on it, so a
 * refused terminal only lowers the {@code Authenticity}; the reason is told in German.
 */
final class ExtendedAccessControl {

  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final TerminalCredentials credentials;
  private final Clock clock;

  ExtendedAccessControl(TerminalCredentials credentials, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Runs chip authentication with the key in DG14 and checks that the chip answers under the new
   * session keys; afterwards the session runs on them.
   *
   * @return the result, or empty when the chip could not prove it holds the key (a copy, or a
   *     broken chip)
   * @throws CardServiceException only when the card is gone
   */
  Optional<EACCAResult> chipAuthentication(PassportService service, byte[] dg14)
      throws CardServiceException {
    try {
      DG14File file = new DG14File(new ByteArrayInputStream(dg14));
      List<ChipAuthenticationPublicKeyInfo> keys = file.getChipAuthenticationPublicKeyInfos();
      if (keys.isEmpty()) {
        return Optional.empty();
      }
      ChipAuthenticationPublicKeyInfo key = keys.get(0);
      Optional<ChipAuthenticationInfo> protocol =
          file.getChipAuthenticationInfos().stream()
              .filter(info -> sameKey(info.getKeyId(), key.getKeyId()))
              .findFirst();
      EACCAResult result =
          service.doEACCA(
              key.getKeyId(),
              protocol.map(ChipAuthenticationInfo::getObjectIdentifier).orElse(null),
              key.getObjectIdentifier(),
              key.getSubjectPublicKey());
      // a copy derives other session keys: its first answer does not carry a valid MAC
      int sw = IcaoPcscReader.selectStatus(service, PassportService.EF_SOD);
      return sw == 0x9000 ? Optional.of(result) : Optional.empty();
    } catch (CardServiceException e) {
      if (IcaoPcscReader.isConnectionLost(e)) {
        throw e;
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Runs terminal authentication after chip authentication.
   *
   * @param cardService the card connection under the passport service
   * @param chipId the chip's identifier: from PACE, or the document number and its check digit
   * @return empty when the chip accepted the terminal; else why not, in German
   * @throws CardServiceException only when the card is gone
   */
  Optional<String> terminalAuthentication(
      PassportService service, CardService cardService, EACCAResult chip, byte[] chipId)
      throws CardServiceException {
    List<String> trusted = trustedCvcas(service);
    Optional<List<CardVerifiableCertificate>> chain = credentials.chainFor(trusted);
    if (chain.isEmpty()) {
      return Optional.of(
          "Für die Zertifizierungsstelle dieses Dokuments ("
              + String.join(", ", trusted)
              + ") ist kein Terminal-Zertifikat eingerichtet.");
    }
    Optional<String> outdated = outdated(chain.get());
    if (outdated.isPresent()) {
      return outdated;
    }
    List<CardVerifiableCertificate> certificates = chain.get();
    CardVerifiableCertificate inspectionSystem = certificates.get(certificates.size() - 1);
    try {
      // JMRTD 0.8.1's doTA takes a leading CVCA certificate for the trust anchor itself and cannot
      // send CVCA link certificates, so these go first with its APDU sender (TR-03110 B.2 1–2)
      EACTAAPDUSender sender = new EACTAAPDUSender(cardService);
      int links = 0;
      while (links < certificates.size() - 1
          && TerminalCredentials.isCvca(certificates.get(links))) {
        sendCertificate(sender, service, certificates.get(links++));
      }
      List<CardVerifiableCertificate> rest = certificates.subList(links, certificates.size());
      new EACTAProtocol(sender, service.getWrapper())
          .doTA(
              new CVCPrincipal(TerminalCredentials.authority(rest.get(0))),
              new ArrayList<>(rest),
              credentials.inspectionSystemKey(),
              inspectionSystem.getSigAlgName(),
              chip,
              chipId);
      return Optional.empty();
    } catch (CardServiceException e) {
      if (IcaoPcscReader.isConnectionLost(e)) {
        throw e;
      }
      return Optional.of(refusal(e, certificates));
    } catch (RuntimeException e) {
      return Optional.of(
          "Terminal-Authentisierung fehlgeschlagen (" + e.getClass().getSimpleName() + ").");
    }
  }

  /** MSE:Set DST with the certificate's authority, then PSO:Verify Certificate. */
  private static void sendCertificate(
      EACTAAPDUSender sender, PassportService service, CardVerifiableCertificate certificate)
      throws CardServiceException {
    byte[] authority =
        TerminalCredentials.authority(certificate).getBytes(StandardCharsets.ISO_8859_1);
    try {
      sender.sendMSESetDST(service.getWrapper(), TLVUtil.wrapDO(0x83, authority));
    } catch (CardServiceException e) {
      throw new CardServiceProtocolException("MSE:Set DST", 1, e);
    }
    try {
      sender.sendPSOExtendedLengthMode(
          service.getWrapper(),
          certificate.getCertBodyData(),
          TLVUtil.wrapDO(0x5F37, certificate.getSignature()));
    } catch (CardServiceException e) {
      throw new CardServiceProtocolException("PSO:Verify Certificate", 2, e);
    } catch (CertificateException | IOException e) {
      throw new CardServiceProtocolException("broken CV certificate", 2, e);
    }
  }

  /** The CVCA references in the chip's EF.CVCA; empty when it has none. */
  private static List<String> trustedCvcas(PassportService service) throws CardServiceException {
    try (InputStream in =
        service.getInputStream(PassportService.EF_CVCA, PassportService.DEFAULT_MAX_BLOCKSIZE)) {
      CVCAFile file = new CVCAFile(in);
      List<String> references = new ArrayList<>();
      references.add(file.getCAReference().getName());
      if (file.getAltCAReference() != null) {
        references.add(file.getAltCAReference().getName());
      }
      return references;
    } catch (CardServiceException e) {
      if (IcaoPcscReader.isConnectionLost(e)) {
        throw e;
      }
      return List.of();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** A certificate of the chain expired or not yet valid at the clock's date, said in German. */
  private Optional<String> outdated(List<CardVerifiableCertificate> chain) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    for (CardVerifiableCertificate certificate : chain) {
      try {
        LocalDate notAfter = utcDate(certificate.getNotAfter());
        LocalDate notBefore = utcDate(certificate.getNotBefore());
        String name = "„" + TerminalCredentials.holder(certificate) + "“";
        if (notAfter.isBefore(today)) {
          return Optional.of(
              "Das Terminal-Zertifikat "
                  + name
                  + " ist am "
                  + GERMAN_DATE.format(notAfter)
                  + " abgelaufen. Bitte ein neues Zertifikat einrichten (Ordner"
                  + " bk.devices.terminal-credentials).");
        }
        if (notBefore.isAfter(today)) {
          return Optional.of(
              "Das Terminal-Zertifikat "
                  + name
                  + " gilt erst ab "
                  + GERMAN_DATE.format(notBefore)
                  + ". Bitte die Uhrzeit des Koffers prüfen.");
        }
      } catch (CertificateException e) {
        return Optional.of("Ein Terminal-Zertifikat hat kein lesbares Gültigkeitsdatum.");
      }
    }
    return Optional.empty();
  }

  private static LocalDate utcDate(Date date) {
    return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  /** What the chip refused, from JMRTD's protocol step (TR-03110 B.2: steps 1–5). */
  private static String refusal(CardServiceException e, List<CardVerifiableCertificate> chain) {
    int step = e instanceof CardServiceProtocolException protocol ? protocol.getStep() : 0;
    return switch (step) {
      case 1 ->
          "Der Chip kennt die Zertifizierungsstelle des Terminal-Zertifikats nicht ("
              + TerminalCredentials.authority(chain.get(0))
              + "). Das Zertifikat ist nicht für Dokumente dieses Staates ausgestellt.";
      case 2 ->
          "Der Chip hat das Terminal-Zertifikat nicht anerkannt (nicht von der"
              + " Zertifizierungsstelle dieses Staates signiert, abgelaufen oder beschädigt).";
      case 5 ->
          "Der Chip hat die Anmeldung des Lesegeräts abgelehnt: der private Schlüssel passt nicht"
              + " zum Terminal-Zertifikat.";
      default ->
          "Der Chip hat die Terminal-Authentisierung abgelehnt (Schritt "
              + step
              + ", Status "
              + Integer.toHexString(IcaoPcscReader.statusWord(e)).toUpperCase()
              + ").";
    };
  }

  private static boolean sameKey(BigInteger a, BigInteger b) {
    return a == null || b == null || a.equals(b);
  }
}
