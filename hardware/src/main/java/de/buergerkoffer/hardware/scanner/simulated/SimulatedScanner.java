package de.buergerkoffer.hardware.scanner.simulated;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.scanner.ScanRequest;
import de.buergerkoffer.hardware.scanner.ScanResult;
import de.buergerkoffer.hardware.scanner.ScannedPage;
import de.buergerkoffer.hardware.scanner.Scanner;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Scanner} without hardware: the glass holds one sheet that stays there (a sample letter
 * at first), the feeder holds sheets that are used up by scanning. Pages are real PNG images drawn
 * at the requested resolution, so everything after the scan (codes, attachments, PDF) can be tried.
 *
 * <p>Thread-safe; the device page may change the simulation at any time.
 */
public final class SimulatedScanner implements Scanner {

  private static final String READY = "Simulierter Scanner bereit.";

  private final DeviceStatusTracker status;
  private boolean plugged = true;
  private SimulatedSheet onGlass =
      SimulatedSheet.plain("Gemeinde Musterhausen", "Beispielschreiben für den Koffer");
  private final Deque<SimulatedSheet> feeder = new ArrayDeque<>();

  public SimulatedScanner(Clock clock) {
    this.status = new DeviceStatusTracker(DeviceKind.SCANNER, "simulated", clock, READY);
    status.connected(READY);
  }

  /** Puts a sheet on the glass (replacing the one there). */
  public synchronized void placeOnGlass(SimulatedSheet sheet) {
    onGlass = sheet;
  }

  /** Adds sheets to the feeder, first sheet scanned first. */
  public synchronized void loadFeeder(List<SimulatedSheet> sheets) {
    feeder.addAll(sheets);
  }

  /** Pulls the scanner's cable. */
  public synchronized void unplug() {
    plugged = false;
    status.notConnected(unavailable().messageDe());
  }

  /** Plugs the scanner back in. */
  public synchronized void plugIn() {
    plugged = true;
    status.connected(READY);
  }

  @Override
  public synchronized ScanResult scan(ScanRequest request) {
    if (!plugged) {
      return unavailable();
    }
    List<SimulatedSheet> sheets = new ArrayList<>();
    if (request.source() == ScanRequest.PaperSource.FLATBED) {
      sheets.add(onGlass);
    } else {
      while (!feeder.isEmpty() && sheets.size() < request.maxPages()) {
        sheets.add(feeder.poll());
      }
    }
    if (sheets.isEmpty()) {
      status.connected("Simulierter Scanner bereit; der Einzug ist leer.");
      return new ScanResult.NoPaper(
          "Kein Papier im Einzug. Bitte die Blätter einlegen und erneut scannen.");
    }
    List<ScannedPage> pages = new ArrayList<>();
    for (SimulatedSheet sheet : sheets) {
      int number = pages.size() + 1;
      BufferedImage image = SheetRenderer.draw(sheet, number, request);
      pages.add(
          new ScannedPage(
              number,
              SheetRenderer.png(image),
              image.getWidth(),
              image.getHeight(),
              request.resolutionDpi()));
    }
    status.used(
        "Simulierter Scanner bereit. Zuletzt "
            + (pages.size() == 1 ? "1 Seite" : pages.size() + " Seiten")
            + " gescannt.");
    return new ScanResult.Scanned(pages, Optional.empty());
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  private static ScanResult.ScannerUnavailable unavailable() {
    return new ScanResult.ScannerUnavailable(
        "Der Scanner ist nicht angeschlossen. Bitte anschließen und erneut scannen – oder das"
            + " Schreiben später scannen; der Vorgang bleibt gespeichert.");
  }
}
