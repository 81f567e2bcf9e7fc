package de.buergerkoffer.kit.export;

import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.bundle.transfer.ExportLayout;
import de.buergerkoffer.kit.audit.AuditLog;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.sync.SyncAgent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * Carries bundles by hand when there is no network for days: writes every pending sealed bundle to
 * a folder (a USB stick) for the town hall to import, and reads the signed acknowledgements the hub
 * wrote back. The same verification applies as over MQTT: an ack is applied only if its hub
 * signature verifies and it names the bytes the kit sent.
 */
public final class UsbExport {

  private final String kitId;
  private final Outbox outbox;
  private final SyncAgent agent;
  private final Clock clock;
  private final AuditLog audit;

  public UsbExport(String kitId, Outbox outbox, SyncAgent agent, Clock clock, AuditLog audit) {
    this.kitId = kitId;
    this.outbox = outbox;
    this.agent = agent;
    this.clock = clock;
    this.audit = audit;
  }

  /** What an export wrote. */
  public record Exported(int bundles, long bytes, Path folder) {}

  /**
   * Seals what is not sealed yet and writes all pending bundles to the stick.
   *
   * @throws IllegalStateException when the kit is not enrolled (nothing can be sealed)
   * @throws UncheckedIOException when the stick cannot be written
   */
  public Exported exportTo(Path stick) {
    if (!agent.sealPending()) {
      throw new IllegalStateException(
          "Koffer ist nicht angemeldet; es kann nichts versiegelt werden");
    }
    List<Outbox.PendingBundle> pending = outbox.sealedPending();
    long bytes = 0;
    try {
      for (Outbox.PendingBundle p : pending) {
        ExportLayout.writeDurably(ExportLayout.bundleFile(stick, kitId, p.bundleId()), p.sealed());
        bytes += p.sealed().length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Export auf " + stick + " fehlgeschlagen: " + e.getMessage(), e);
    }
    outbox.markExported(clock.instant());
    audit.record(
        kitId, AuditAction.EXPORT, "usb", "bundles=" + pending.size() + "; bytes=" + bytes);
    return new Exported(pending.size(), bytes, stick.resolve(ExportLayout.ROOT).resolve(kitId));
  }

  /** Applies the hub's acknowledgements found on the stick; returns how many took effect. */
  public int importAcks(Path stick) {
    Path folder = ExportLayout.ackFolder(stick, kitId);
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int applied = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ack")).sorted().toList()) {
        if (agent.onAck(Files.readAllBytes(file)) == Outbox.AckResult.APPLIED) {
          applied++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Quittungen auf " + stick + " nicht lesbar: " + e.getMessage(), e);
    }
    audit.record(kitId, AuditAction.IMPORT, "usb", "acks applied=" + applied);
    return applied;
  }
}
