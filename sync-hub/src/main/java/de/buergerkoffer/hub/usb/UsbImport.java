package de.buergerkoffer.hub.usb;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.bundle.transfer.ExportLayout;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.ingest.IngestService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports the bundles a kit exported to a USB stick, through the same ingest as MQTT (the folder's
 * kit id plays the topic's part), and writes each signed acknowledgement back onto the stick for
 * the kit to read. Files that are not bundles are reported, never silently passed over.
 */
public final class UsbImport {

  private final IngestService ingest;
  private final AuditLog audit;

  public UsbImport(IngestService ingest, AuditLog audit) {
    this.ingest = ingest;
    this.audit = audit;
  }

  /**
   * What an import did.
   *
   * @param accepted bundles stored (or stored before: a stick imported twice stores nothing twice)
   * @param rejected bundles quarantined
   * @param skipped files under the export folder that are not bundle files
   */
  public record Imported(int accepted, int rejected, List<String> skipped) {}

  public Imported importFrom(Path stick) {
    Path root = stick.resolve(ExportLayout.ROOT);
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("Kein Bürgerkoffer-Export in " + stick);
    }
    int accepted = 0;
    int rejected = 0;
    List<String> skipped = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        var parsed = ExportLayout.parseBundleFile(file);
        if (parsed.isEmpty()) {
          if (!file.toString().endsWith(".ack")) {
            skipped.add(root.relativize(file).toString());
          }
          continue;
        }
        IngestService.SignedAck ack =
            ingest.ingest(parsed.get().kitId(), parsed.get().bundleId(), Files.readAllBytes(file));
        ExportLayout.writeDurably(
            ExportLayout.ackFile(stick, parsed.get().kitId(), parsed.get().bundleId()),
            ack.bytes());
        if (ack.ack().outcome() == Ack.Outcome.ACCEPTED) {
          accepted++;
        } else {
          rejected++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Import von " + stick + " fehlgeschlagen: " + e.getMessage(), e);
    }
    audit.record(
        "admin",
        AuditAction.IMPORT,
        "usb",
        "accepted=" + accepted + "; rejected=" + rejected + "; skipped=" + skipped.size());
    return new Imported(accepted, rejected, skipped);
  }
}
