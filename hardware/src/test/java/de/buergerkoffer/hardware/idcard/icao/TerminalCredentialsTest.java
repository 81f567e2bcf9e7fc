package de.buergerkoffer.hardware.idcard.icao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jmrtd.cert.CardVerifiableCertificate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The authority's folder of CV certificates and IS key, and picking the chain for a chip. */
class TerminalCredentialsTest {

  private static final Instant NOW = Instant.parse("2025-11-21T10:00:00Z");
  private static TerminalPki pki;

  @TempDir Path folder;

  @BeforeAll
  static void pki() throws Exception {
    pki = new TerminalPki("DE", NOW, 90);
  }

  private void write(String name, CardVerifiableCertificate certificate) throws Exception {
    Files.write(folder.resolve(name), certificate.getEncoded());
  }

  private void writePem(String name, PrivateKey key) throws IOException {
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    Files.writeString(folder.resolve(name), pem);
  }

  @Test
  void theFolderGivesTheChainFromTheDvToTheIsForTheCvcaTheChipTrusts() throws Exception {
    write("is.cvcert", pki.isCertificate);
    write("dv.cvcert", pki.dvCertificate);
    writePem("is-key.pem", pki.inspectionSystem.getPrivate());
    Files.writeString(folder.resolve("LIESMICH.txt"), "Zertifikate vom DV");

    TerminalCredentials credentials = TerminalCredentials.fromFolder(folder);

    assertThat(credentials.certificates()).hasSize(2);
    assertThat(holders(credentials, "DETESTCVCA00001"))
        .contains(List.of("DETESTDV00001", "DETESTIS00001"));
    assertThat(holders(credentials, "FRTESTCVCA00001")).isEmpty();
    // a chip without EF.CVCA: the whole chain the certificates form
    assertThat(holders(credentials)).contains(List.of("DETESTDV00001", "DETESTIS00001"));
  }

  @Test
  void aDerKeyIsReadTooAndTheSelfSignedCvcaCertificateIsNotSentToTheChip() throws Exception {
    write("cvca.cvcert", pki.cvcaCertificate);
    write("dv.cvc", pki.dvCertificate);
    write("is.cvc", pki.isCertificate);
    Files.write(folder.resolve("is.pkcs8"), pki.inspectionSystem.getPrivate().getEncoded());

    TerminalCredentials credentials = TerminalCredentials.fromFolder(folder);

    assertThat(holders(credentials)).contains(List.of("DETESTDV00001", "DETESTIS00001"));
  }

  @Test
  void aCvcaLinkCertificateBridgesFromTheCvcaTheChipStillTrustsToTheNewOne() throws Exception {
    TerminalPki next = pki.rolledOver(NOW);
    TerminalCredentials credentials =
        new TerminalCredentials(
            List.of(next.isCertificate, next.dvCertificate, next.linkCertificate),
            next.inspectionSystem.getPrivate());

    assertThat(credentials.chainFor(List.of("DETESTCVCA00001")))
        .contains(List.of(next.linkCertificate, next.dvCertificate, next.isCertificate));
    assertThat(credentials.chainFor(List.of("DETESTCVCA00002")))
        .contains(List.of(next.dvCertificate, next.isCertificate));
  }

  @Test
  void aKeyThatDoesNotBelongToTheIsCertificateFailsLoudly() throws Exception {
    write("dv.cvcert", pki.dvCertificate);
    write("is.cvcert", pki.isCertificate);
    writePem("is-key.pem", TestDocuments.ecKeyPair().getPrivate());

    assertThatThrownBy(() -> TerminalCredentials.fromFolder(folder))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("does not belong to the IS certificate DETESTIS00001");
  }

  @Test
  void aFolderWithoutKeyOrWithoutIsCertificateOrWithABrokenFileFailsLoudly() throws Exception {
    write("dv.cvcert", pki.dvCertificate);
    assertThatThrownBy(() -> TerminalCredentials.fromFolder(folder))
        .hasMessageContaining("exactly one private key");

    writePem("is-key.pem", pki.inspectionSystem.getPrivate());
    assertThatThrownBy(() -> TerminalCredentials.fromFolder(folder))
        .hasMessageContaining("no inspection-system (IS) certificate");

    Files.writeString(folder.resolve("is.cvcert"), "kein Zertifikat");
    assertThatThrownBy(() -> TerminalCredentials.fromFolder(folder))
        .hasMessageContaining("not a CV certificate");
  }

  /** The holder references of the chain for a chip that trusts these CVCAs. */
  private static Optional<List<String>> holders(TerminalCredentials credentials, String... cvcas) {
    return credentials
        .chainFor(List.of(cvcas))
        .map(chain -> chain.stream().map(TerminalCredentials::holder).toList());
  }

  @Test
  void aMissingFolderFailsLoudly() {
    assertThatThrownBy(() -> TerminalCredentials.fromFolder(folder.resolve("fehlt")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
