package de.buergerkoffer.kit.capture;

import de.buergerkoffer.kit.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Judges the kit against its {@link FreezeLimits}. The age that counts is how long the oldest
 * waiting case has been on the kit since the last export: data that left on a stick no longer
 * counts against the kit.
 */
public final class FreezeCheck {

  private final FreezeLimits limits;
  private final Outbox outbox;
  private final LongSupplier freeDiskBytes;
  private final Clock clock;

  public FreezeCheck(FreezeLimits limits, Outbox outbox, LongSupplier freeDiskBytes, Clock clock) {
    this.limits = limits;
    this.outbox = outbox;
    this.freeDiskBytes = freeDiskBytes;
    this.clock = clock;
  }

  public FreezeState now() {
    List<String> frozen = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int pending = outbox.pendingCount();
    if (pending >= limits.maxUnsentCases()) {
      frozen.add(
          pending + " Anträge warten auf Übertragung (Grenze " + limits.maxUnsentCases() + ").");
    } else if (pending >= limits.maxUnsentCases() * 3 / 4) {
      warnings.add(
          pending
              + " Anträge warten auf Übertragung; ab "
              + limits.maxUnsentCases()
              + " werden keine neuen angenommen.");
    }
    waitingSince()
        .map(since -> Duration.between(since, clock.instant()))
        .ifPresent(
            age -> {
              long days = age.toDays();
              if (age.compareTo(limits.maxWithoutSync()) >= 0) {
                frozen.add(
                    "Seit "
                        + days
                        + " Tagen keine Übertragung (Grenze "
                        + limits.maxWithoutSync().toDays()
                        + " Tage).");
              } else if (age.compareTo(limits.maxWithoutSync().multipliedBy(3).dividedBy(4)) >= 0) {
                warnings.add(
                    "Seit "
                        + days
                        + " Tagen keine Übertragung; bitte bald übertragen oder auf USB-Stick sichern.");
              }
            });
    long free = freeDiskBytes.getAsLong();
    if (free < limits.minFreeDiskBytes()) {
      frozen.add(
          "Nur noch "
              + AttachmentLimits.megabytes(free)
              + " Speicher frei (mindestens "
              + AttachmentLimits.megabytes(limits.minFreeDiskBytes())
              + ").");
    } else if (free < 2 * limits.minFreeDiskBytes()) {
      warnings.add("Speicher wird knapp: " + AttachmentLimits.megabytes(free) + " frei.");
    }
    if (!frozen.isEmpty()) {
      frozen.add("Bitte Verbindung herstellen oder die Anträge auf einen USB-Stick exportieren.");
      return new FreezeState.Frozen(List.copyOf(frozen));
    }
    return warnings.isEmpty()
        ? new FreezeState.Ok()
        : new FreezeState.Warning(List.copyOf(warnings));
  }

  private Optional<Instant> waitingSince() {
    Optional<Instant> oldest = outbox.oldestPendingCapturedAt();
    Optional<Instant> exported = outbox.lastExportedAt();
    if (oldest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(exported.filter(e -> e.isAfter(oldest.get())).orElse(oldest.get()));
  }
}
