package de.buergerkoffer.hardware.idcard.icao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CscaCertificatesTest {

  @TempDir Path folder;

  @Test
  void readsPemAndDerCertificatesAndIgnoresOtherFiles() throws Exception {
    TestDocuments utopia = new TestDocuments(Instant.parse("2025-11-21T10:00:00Z"));
    TestDocuments other = new TestDocuments(Instant.parse("2025-11-21T10:00:00Z"));
    String pem =
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder().encodeToString(utopia.cscaCertificate.getEncoded())
            + "\n-----END CERTIFICATE-----\n";
    Files.writeString(folder.resolve("utopia.pem"), pem, StandardCharsets.US_ASCII);
    Files.write(folder.resolve("other.der"), other.cscaCertificate.getEncoded());
    Files.writeString(folder.resolve("README.txt"), "Masterliste vom BSI");

    assertThat(CscaCertificates.fromFolder(folder))
        .containsExactly(other.cscaCertificate, utopia.cscaCertificate);
  }

  @Test
  void aMissingFolderMeansNoCscaCertificates() throws Exception {
    assertThat(CscaCertificates.fromFolder(folder.resolve("gibt-es-nicht"))).isEmpty();
  }

  @Test
  void aBrokenCertificateFileFailsLoudlyInsteadOfBeingSkipped() throws Exception {
    Files.writeString(folder.resolve("kaputt.pem"), "kein Zertifikat");

    assertThatThrownBy(() -> CscaCertificates.fromFolder(folder))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("kaputt.pem");
  }
}
