package de.buergerkoffer.hardware.signature.browser;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.signature.PointerKind;
import de.buergerkoffer.hardware.signature.Signature;
import de.buergerkoffer.hardware.signature.SignaturePad;
import de.buergerkoffer.hardware.signature.SignatureProcessor;
import de.buergerkoffer.hardware.signature.SignatureResult;
import java.time.Clock;
import java.util.Objects;

/**
 * {@link SignaturePad} for strokes from the browser's Pointer Events. The "device" is the kit's
 * screen, so it is always there; the status tells which kind of pointer signed last, which shows
 * whether a pad in HID mode is really used as a pen (pointer kind {@code PEN} with pressure).
 *
 * <p>Thread-safe.
 */
public final class PointerEventSignaturePad implements SignaturePad {

  private final SignatureProcessor processor;
  private final DeviceStatusTracker status;

  public PointerEventSignaturePad(SignatureProcessor processor, Clock clock) {
    this.processor = Objects.requireNonNull(processor, "processor");
    this.status =
        new DeviceStatusTracker(DeviceKind.SIGNATURE_PAD, "pointer-events", clock, ready("bereit"));
    status.connected(ready("bereit"));
  }

  @Override
  public SignatureResult submit(Signature signature) {
    SignatureResult result = processor.process(signature);
    if (result instanceof SignatureResult.Accepted) {
      status.used(ready("zuletzt " + describe(signature.pointerKind())));
    }
    return result;
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  private static String ready(String detail) {
    return "Unterschrift auf dem Bildschirm des Koffers (" + detail + ").";
  }

  private static String describe(PointerKind kind) {
    return switch (kind) {
      case PEN -> "mit Stift oder Unterschriftenpad";
      case TOUCH -> "mit dem Finger";
      case MOUSE -> "mit der Maus";
      case UNKNOWN -> "mit unbekanntem Eingabegerät";
    };
  }
}
