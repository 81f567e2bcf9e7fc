package de.buergerkoffer.hardware.scanner.sane;

import de.buergerkoffer.hardware.scanner.ScanResult;
import java.util.Locale;

/**
 * What went wrong in a {@code scanimage} run, recognised from SANE's status (scanimage's exit code
 * is the {@code SANE_Status}) and its English messages, with the German words for the clerk.
 */
enum SaneProblem {
  NOT_FOUND(
      "Der Scanner wurde nicht gefunden. Bitte USB-Kabel und Strom prüfen und erneut scannen –"
          + " oder das Schreiben später scannen; der Vorgang bleibt gespeichert."),
  NO_PAPER("Kein Papier im Einzug. Bitte die Blätter einlegen und erneut scannen."),
  JAMMED("Papierstau im Scanner. Bitte das Blatt vorsichtig entfernen und erneut scannen."),
  COVER_OPEN("Der Deckel des Scanners ist offen. Bitte schließen und erneut scannen."),
  BUSY("Der Scanner ist gerade beschäftigt. Bitte einen Moment warten und erneut scannen."),
  ACCESS_DENIED(
      "Der Koffer darf den Scanner nicht benutzen (fehlende Berechtigung). Bitte die Technik"
          + " informieren; das Schreiben kann später gescannt werden."),
  IO_ERROR(
      "Die Verbindung zum Scanner ist abgebrochen. Bitte Kabel prüfen und erneut scannen –"
          + " oder später scannen; der Vorgang bleibt gespeichert."),
  OTHER(
      "Der Scanner meldet einen Fehler. Bitte erneut scannen – oder das Schreiben später"
          + " scannen; der Vorgang bleibt gespeichert.");

  private final String messageDe;

  SaneProblem(String messageDe) {
    this.messageDe = messageDe;
  }

  String messageDe() {
    return messageDe;
  }

  /** The failure result for this problem. */
  ScanResult.Failure asFailure() {
    return switch (this) {
      case NOT_FOUND, ACCESS_DENIED -> new ScanResult.ScannerUnavailable(messageDe);
      case NO_PAPER -> new ScanResult.NoPaper(messageDe);
      default -> new ScanResult.ScanFailed(messageDe);
    };
  }

  /** True if the device is not there at all (as opposed to there but failing). */
  boolean meansNotConnected() {
    return this == NOT_FOUND || this == ACCESS_DENIED || this == IO_ERROR;
  }

  /** Classifies a failed run by SANE status (exit code) and, failing that, by message. */
  static SaneProblem classify(int exitCode, String stderr) {
    String err = stderr.toLowerCase(Locale.ROOT);
    if (err.contains("out of documents") || exitCode == 7) {
      return NO_PAPER;
    }
    if (err.contains("jammed") || exitCode == 6) {
      return JAMMED;
    }
    if (err.contains("cover is open") || exitCode == 8) {
      return COVER_OPEN;
    }
    if (err.contains("device busy") || exitCode == 3) {
      return BUSY;
    }
    if (err.contains("access to resource has been denied") || exitCode == 11) {
      return ACCESS_DENIED;
    }
    if (err.contains("error during device i/o") || exitCode == 9) {
      return IO_ERROR;
    }
    if (err.contains("no sane devices found") || err.contains("open of device")) {
      return NOT_FOUND;
    }
    return OTHER;
  }
}
