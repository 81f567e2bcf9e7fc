package de.buergerkoffer.hardware.printer.escpos;

import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.barcode.BarCodeWrapperInterface;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The QR code commands ({@code GS ( k}, cn = 49) as Epson's ESC/POS reference defines them: select
 * model 2 (fn 65, n1 = 50), module size (fn 67), error correction M (fn 69, n = 49), store the data
 * (fn 80), print (fn 81).
 *
 * <p>Written here rather than with escpos-coffee's {@code QRCode}, whose {@code QRModel._2} sends
 * n1 = 49, which the reference defines as model 1, and which counts characters instead of bytes.
 * Plugs into escpos-coffee through its wrapper interface.
 */
final class QrCodeCommand implements BarCodeWrapperInterface<QrCodeCommand> {

  private static final int GS = 0x1d;
  private static final int ESC = 0x1b;
  private static final int CN_QR = 49;
  private static final int MODEL_2 = 50;
  private static final int ERROR_CORRECTION_M = 49;

  private final int moduleSize;
  private EscPosConst.Justification justification = EscPosConst.Justification.Center;

  /**
   * @param moduleSize dots per module, 1 to 16
   */
  QrCodeCommand(int moduleSize) {
    if (moduleSize < 1 || moduleSize > 16) {
      throw new IllegalArgumentException("module size must be 1..16");
    }
    this.moduleSize = moduleSize;
  }

  @Override
  public QrCodeCommand setJustification(EscPosConst.Justification value) {
    this.justification = value;
    return this;
  }

  @Override
  public byte[] getBytes(String data) {
    byte[] payload = data.getBytes(StandardCharsets.UTF_8);
    if (payload.length == 0 || payload.length > 7089) {
      throw new IllegalArgumentException("QR data must be 1..7089 bytes");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ESC);
    out.write('a');
    out.write(justification.value);
    function(out, 65, MODEL_2, 0);
    function(out, 67, moduleSize);
    function(out, 69, ERROR_CORRECTION_M);
    int length = payload.length + 3;
    out.write(GS);
    out.write('(');
    out.write('k');
    out.write(length & 0xff);
    out.write(length >> 8 & 0xff);
    out.write(CN_QR);
    out.write(80);
    out.write(48);
    out.write(payload, 0, payload.length);
    function(out, 81, 48);
    return out.toByteArray();
  }

  private static void function(ByteArrayOutputStream out, int fn, int... parameters) {
    int length = parameters.length + 2;
    out.write(GS);
    out.write('(');
    out.write('k');
    out.write(length);
    out.write(0);
    out.write(CN_QR);
    out.write(fn);
    for (int p : parameters) {
      out.write(p);
    }
  }
}
