package de.buergerkoffer.hardware.scanner.simulated;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sheet of paper for the simulated scanner.
 *
 * @param lines text printed on it, top to bottom
 * @param qrCode content of a QR code printed at the top right, if any
 */
public record SimulatedSheet(List<String> lines, Optional<String> qrCode) {

  public SimulatedSheet {
    lines = List.copyOf(lines);
    Objects.requireNonNull(qrCode, "qrCode");
  }

  /** A letter from the town hall that carries a case number as QR code. */
  public static SimulatedSheet letterFor(String caseId) {
    return new SimulatedSheet(
        List.of("Gemeinde Musterhausen", "Ihr Zeichen: " + caseId, "Nachreichung von Unterlagen"),
        Optional.of(caseId));
  }

  /** A plain sheet with text only. */
  public static SimulatedSheet plain(String... lines) {
    return new SimulatedSheet(List.of(lines), Optional.empty());
  }
}
