package de.buergerkoffer.hardware.signature.simulated;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.signature.PointerKind;
import de.buergerkoffer.hardware.signature.Signature;
import de.buergerkoffer.hardware.signature.SignaturePad;
import de.buergerkoffer.hardware.signature.SignaturePoint;
import de.buergerkoffer.hardware.signature.SignatureProcessor;
import de.buergerkoffer.hardware.signature.SignatureResult;
import de.buergerkoffer.hardware.signature.SignatureStroke;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link SignaturePad} without hardware: checks submitted strokes like the real one, can produce
 * a plausible signature ({@link #sampleSignature()}) for a demo button, and can be unplugged to
 * show the fallback message.
 *
 * <p>Thread-safe.
 */
public final class SimulatedSignaturePad implements SignaturePad {

  private static final String READY = "Simuliertes Unterschriftenpad bereit.";

  private final SignatureProcessor processor;
  private final DeviceStatusTracker status;
  private volatile boolean plugged = true;

  public SimulatedSignaturePad(SignatureProcessor processor, Clock clock) {
    this.processor = Objects.requireNonNull(processor, "processor");
    this.status = new DeviceStatusTracker(DeviceKind.SIGNATURE_PAD, "simulated", clock, READY);
    status.connected(READY);
  }

  @Override
  public SignatureResult submit(Signature signature) {
    if (!plugged) {
      return new SignatureResult.PadUnavailable(unpluggedMessage());
    }
    SignatureResult result = processor.process(signature);
    if (result instanceof SignatureResult.Accepted) {
      status.used(READY);
    }
    return result;
  }

  /** Pulls the pad's cable. */
  public void unplug() {
    plugged = false;
    status.notConnected(unpluggedMessage());
  }

  /** Plugs the pad back in. */
  public void plugIn() {
    plugged = true;
    status.connected(READY);
  }

  @Override
  public DeviceStatus status() {
    return status.current();
  }

  /**
   * A signature-like pen trace on a 600 × 200 area: a looping line across most of the width with a
   * second stroke under it, 5 ms between samples, varying pressure.
   */
  public static Signature sampleSignature() {
    List<SignaturePoint> name = new ArrayList<>();
    long t = 0;
    for (int i = 0; i <= 160; i++) {
      double u = i / 160.0;
      int x = (int) Math.round(60 + 460 * u + 18 * Math.sin(u * 40));
      int y = (int) Math.round(100 - 45 * Math.sin(u * 20) * (0.6 + 0.4 * Math.cos(u * 7)));
      float pressure = (float) (0.45 + 0.35 * Math.abs(Math.sin(u * 13)));
      name.add(new SignaturePoint(x, y, pressure, t));
      t += 5;
    }
    List<SignaturePoint> underline = new ArrayList<>();
    t += 300;
    for (int i = 0; i <= 40; i++) {
      underline.add(new SignaturePoint(80 + i * 10, 165 - i / 4, 0.6f, t));
      t += 5;
    }
    return new Signature(
        600,
        200,
        3.78,
        PointerKind.PEN,
        List.of(new SignatureStroke(name), new SignatureStroke(underline)));
  }

  private static String unpluggedMessage() {
    return "Das Unterschriftenpad ist nicht verbunden. Bitte direkt auf dem Bildschirm des Koffers"
        + " unterschreiben.";
  }
}
