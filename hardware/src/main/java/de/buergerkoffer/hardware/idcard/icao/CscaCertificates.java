package de.buergerkoffer.hardware.idcard.icao;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the country signing CA certificates (CSCA) that passive authentication trusts, from a
 * folder the authority fills (e.g. from the German master list of the BSI or the ICAO PKD).
 *
 * <p>Every regular file ending in {@code .pem}, {@code .crt}, {@code .cer} or {@code .der} is read;
 * a PEM file may hold several certificates. A file that is not a certificate fails loudly: a
 * silently missing CSCA would make genuine documents look unverified.
 */
public final class CscaCertificates {

  private CscaCertificates() {}

  /** All certificates in the folder; an empty list when the folder does not exist. */
  public static List<X509Certificate> fromFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<X509Certificate> certificates = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (Files.isRegularFile(file)
            && (name.endsWith(".pem")
                || name.endsWith(".crt")
                || name.endsWith(".cer")
                || name.endsWith(".der"))) {
          try (InputStream in = Files.newInputStream(file)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            factory.generateCertificates(in).forEach(c -> certificates.add((X509Certificate) c));
          } catch (CertificateException e) {
            throw new IOException("not a certificate: " + file, e);
          }
        }
      }
    }
    return List.copyOf(certificates);
  }
}
