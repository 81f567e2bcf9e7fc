package de.buergerkoffer.hardware.printer.escpos;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst.Justification;
import com.github.anastaciocintra.escpos.Style;
import de.buergerkoffer.hardware.printer.Receipt;
import de.buergerkoffer.hardware.printer.ReceiptLayout;
import de.buergerkoffer.hardware.printer.ReceiptLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Objects;

/**
 * Turns a {@link Receipt} into ESC/POS bytes: initialise ({@code ESC @}), select the code page
 * ({@code ESC t}), text with bold ({@code ESC E}) and size ({@code GS !}), QR codes ({@code GS (
 * k}, model 2, error correction M), feed and cut ({@code GS V}).
 *
 * <p>Text is wrapped to the configured columns and encoded in the code page; characters it lacks
 * lose their accent ({@code č} → {@code c}) or become {@code ?}. The whole job is built in memory
 * first, so a receipt is never sent half-rendered. Stateless and thread-safe.
 */
public final class EscPosReceiptRenderer {

  private static final int QR_MODULE_SIZE = 6;
  private static final int FEED_BEFORE_CUT = 4;

  private final EscPosSettings settings;
  private final Charset charset;

  public EscPosReceiptRenderer(EscPosSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.charset = Charset.forName(settings.codePage().charsetName());
  }

  /** The complete print job. */
  public byte[] render(Receipt receipt) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (EscPos escpos = new EscPos(bytes)) {
      escpos.initializePrinter();
      escpos.setCharacterCodeTable(settings.codePage().table());
      Style normal = new Style();
      for (ReceiptLine line : receipt.lines()) {
        if (line instanceof ReceiptLine.Text text) {
          writeText(escpos, text);
        } else if (line instanceof ReceiptLine.QrCode qr) {
          escpos.write(new QrCodeCommand(QR_MODULE_SIZE), qr.payload());
          escpos.feed(normal, 1);
        } else {
          escpos.writeLF(normal, "-".repeat(settings.columns()));
        }
      }
      escpos.feed(normal, FEED_BEFORE_CUT);
      if (settings.cut()) {
        escpos.cut(EscPos.CutMode.PART);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory stream cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private void writeText(EscPos escpos, ReceiptLine.Text text) throws IOException {
    boolean large = text.size() == ReceiptLine.TextSize.LARGE;
    Style style =
        new Style()
            .setBold(text.bold())
            .setFontSize(
                large ? Style.FontSize._2 : Style.FontSize._1,
                large ? Style.FontSize._2 : Style.FontSize._1)
            .setJustification(
                text.alignment() == ReceiptLine.Alignment.CENTER
                    ? Justification.Center
                    : Justification.Left_Default);
    int columns = large ? settings.columns() / 2 : settings.columns();
    for (String part : ReceiptLayout.wrap(printable(text.text()), columns)) {
      escpos.writeLF(style, part);
    }
  }

  /** Replaces what the code page cannot show: first without accents, else with {@code ?}. */
  String printable(String text) {
    CharsetEncoder encoder = charset.newEncoder(); // encoders are not thread-safe
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              if (encoder.canEncode(ch)) {
                out.append(ch);
                return;
              }
              String plain =
                  Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
              out.append(!plain.isEmpty() && encoder.canEncode(plain) ? plain : "?");
            });
    return out.toString();
  }
}
