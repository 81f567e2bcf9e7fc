package de.buergerkoffer.hardware.signature;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The kit's binary stroke format ("BKSG", version 1), modelled on the time-series signature data of
 * ISO/IEC 19794-7 but much smaller in scope. All numbers big-endian, unsigned:
 *
 * <pre>
 *  magic "BKSG" (4) | version 1 (1) | pointer kind (1: 0 unknown, 1 pen, 2 touch, 3 mouse)
 *  width (2) | height (2) | units per mm × 1000 (4, 0 = unknown) | stroke count (2)
 *  per stroke: point count (2), then per point:
 *     x (2) | y (2) | pressure × 65535 (2) | time in ms since the first point (4)
 * </pre>
 *
 * <p>Deviations from ISO/IEC 19794-7 (see docs/hardware.md): no CBEFF/general header, one
 * representation per record, a fixed channel set X, Y, F (pressure), T instead of the channel
 * inclusion field and channel descriptions, pen-up/pen-down as explicit strokes instead of a tip
 * switch channel S, and coordinates in device units with an optional units-per-mm factor instead of
 * fixed scaling. Pressure is quantised to 1/65535.
 */
public final class SignatureCodec {

  /** Longest signature, first to last point, that the time field holds. */
  public static final long MAX_DURATION_MILLIS = 0xFFFF_FFFFL;

  private static final byte[] MAGIC = "BKSG".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;
  private static final int MAX_U16 = 0xFFFF;
  private static final PointerKind[] KINDS = {
    PointerKind.UNKNOWN, PointerKind.PEN, PointerKind.TOUCH, PointerKind.MOUSE
  };

  private SignatureCodec() {}

  /** The media type under which the kit stores these bytes. */
  public static final String MEDIA_TYPE = "application/vnd.buergerkoffer.signature";

  /**
   * Encodes a signature.
   *
   * @throws IllegalArgumentException if it does not fit the format (negative or too large
   *     coordinates, more than 65535 strokes or points per stroke, time running backwards)
   */
  public static byte[] encode(Signature signature) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + signature.pointCount() * 10);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeByte(VERSION);
      out.writeByte(signature.pointerKind().ordinal());
      out.writeShort(u16(signature.width()));
      out.writeShort(u16(signature.height()));
      out.writeInt((int) Math.round(signature.unitsPerMm() * 1000));
      out.writeShort(u16(signature.strokes().size()));
      long origin =
          signature.strokes().isEmpty()
              ? 0
              : signature.strokes().get(0).points().get(0).timeMillis();
      for (SignatureStroke stroke : signature.strokes()) {
        out.writeShort(u16(stroke.points().size()));
        for (SignaturePoint p : stroke.points()) {
          out.writeShort(u16(p.x()));
          out.writeShort(u16(p.y()));
          out.writeShort(Math.round(Math.max(0f, Math.min(1f, p.pressure())) * MAX_U16));
          long t = p.timeMillis() - origin;
          if (t < 0 || t > MAX_DURATION_MILLIS) {
            throw new IllegalArgumentException("sample time out of range: " + t);
          }
          out.writeInt((int) t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Decodes bytes written by {@link #encode}. Times start at 0.
   *
   * @throws IllegalArgumentException if the bytes are not a complete version-1 record
   */
  public static Signature decode(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data);
    try {
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new IllegalArgumentException("not a Bürgerkoffer signature record");
      }
      int version = Byte.toUnsignedInt(in.get());
      if (version != VERSION) {
        throw new IllegalArgumentException("unsupported signature record version " + version);
      }
      int kind = Byte.toUnsignedInt(in.get());
      if (kind >= KINDS.length) {
        throw new IllegalArgumentException("unknown pointer kind " + kind);
      }
      int width = Short.toUnsignedInt(in.getShort());
      int height = Short.toUnsignedInt(in.getShort());
      double unitsPerMm = Integer.toUnsignedLong(in.getInt()) / 1000.0;
      int strokeCount = Short.toUnsignedInt(in.getShort());
      List<SignatureStroke> strokes = new ArrayList<>(strokeCount);
      for (int s = 0; s < strokeCount; s++) {
        int pointCount = Short.toUnsignedInt(in.getShort());
        if (pointCount == 0 || in.remaining() < pointCount * 10L) {
          throw new IllegalArgumentException("truncated signature record");
        }
        List<SignaturePoint> points = new ArrayList<>(pointCount);
        for (int p = 0; p < pointCount; p++) {
          int x = Short.toUnsignedInt(in.getShort());
          int y = Short.toUnsignedInt(in.getShort());
          float pressure = Short.toUnsignedInt(in.getShort()) / (float) MAX_U16;
          long t = Integer.toUnsignedLong(in.getInt());
          points.add(new SignaturePoint(x, y, pressure, t));
        }
        strokes.add(new SignatureStroke(points));
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("trailing bytes after signature record");
      }
      return new Signature(width, height, unitsPerMm, KINDS[kind], strokes);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("truncated signature record", e);
    }
  }

  private static int u16(int value) {
    if (value < 0 || value > MAX_U16) {
      throw new IllegalArgumentException("value does not fit 16 bits: " + value);
    }
    return value;
  }
}
