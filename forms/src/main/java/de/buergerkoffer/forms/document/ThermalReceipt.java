package de.buergerkoffer.forms.document;

import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The receipt laid out for an 80 mm thermal printer: {@value #COLUMNS} columns of the printer's
 * font A, plus the QR code as a raster image. The printer adapter (module {@code hardware}) turns
 * the lines into ESC/POS; {@link #plainText()} shows the same layout as plain text.
 *
 * <p>Text is limited to what the printers' code page 858 can print (umlauts, ß and € included):
 * typographic dashes and quotes become ASCII, anything else becomes '?'.
 *
 * @param columns characters per line in normal size; large text takes two columns per character
 * @param lines the lines, top to bottom
 */
public record ThermalReceipt(int columns, List<Line> lines) {

  /** Characters per line of an 80 mm printer in font A (12×24 dots, 576 dots wide). */
  public static final int COLUMNS = 48;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");
  private static final int LABEL = 13;

  public ThermalReceipt {
    lines = List.copyOf(lines);
  }

  /** One printed line. */
  public sealed interface Line {}

  /**
   * Text of at most {@code columns} characters (half that when large).
   *
   * @param bold emphasised
   * @param large double width and height
   */
  public record Text(String text, Align align, boolean bold, boolean large) implements Line {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(align, "align");
    }
  }

  /** A dashed separator across the paper. */
  public record Rule() implements Line {}

  /** Empty lines. */
  public record Feed(int lines) implements Line {}

  /** A QR code, centred, printed as raster graphics. */
  public record Qr(String content) implements Line {

    /** The modules of the code. */
    public BitMatrix matrix() {
      return QrCodes.encode(content);
    }

    /**
     * The code as a 1-bit image with quiet zone, {@code dotsPerModule} printer dots per module (4
     * gives about 30 mm on a 203 dpi printer).
     */
    public BufferedImage raster(int dotsPerModule) {
      BitMatrix m = matrix();
      int size = (m.getWidth() + 2 * QrCodes.QUIET_ZONE) * dotsPerModule;
      BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < size; y++) {
        for (int x = 0; x < size; x++) {
          int mx = x / dotsPerModule - QrCodes.QUIET_ZONE;
          int my = y / dotsPerModule - QrCodes.QUIET_ZONE;
          boolean dark =
              mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
          image.setRGB(x, y, dark ? 0xff000000 : 0xffffffff);
        }
      }
      return image;
    }
  }

  /** Horizontal alignment. */
  public enum Align {
    LEFT,
    CENTER
  }

  /** The layout of a receipt. */
  public static ThermalReceipt of(Receipt r) {
    Builder b = new Builder(COLUMNS);
    b.centered(r.municipality().name(), true);
    for (String line : r.municipality().lines()) {
      b.centered(line, false);
    }
    b.add(new Rule());
    b.centered("EMPFANGSBESTÄTIGUNG", true);
    b.centered("Receipt", false);
    b.add(new Feed(1));
    b.left("Vorgangsnummer / case number:", false);
    b.add(new Text(b.printable(r.caseNumber()), Align.CENTER, true, true));
    b.add(new Feed(1));
    b.labelled("Leistung:", r.serviceDe());
    b.labelled("Datum:", WHEN.format(r.capturedAt()) + " Uhr");
    b.labelled("Ort:", r.place());
    b.labelled("Aufgenommen:", r.clerk());
    for (int i = 0; i < r.handedInDe().size(); i++) {
      b.labelled(i == 0 ? "Eingereicht:" : "", r.handedInDe().get(i));
    }
    b.add(new Rule());
    b.left("Wie geht es weiter?", true);
    b.wrapped(r.nextStepsDe());
    b.add(new Rule());
    b.add(new Qr(r.qrText()));
    b.centered("Echtheit prüfbar: Das Rathaus scannt", false);
    b.centered("diesen Code. Bitte Beleg aufbewahren.", false);
    b.centered("Please keep this receipt.", false);
    b.add(new Feed(3));
    return new ThermalReceipt(COLUMNS, b.lines);
  }

  /** The layout as plain text, one string per printed line; the QR code as a placeholder. */
  public List<String> plainLines() {
    List<String> out = new ArrayList<>();
    for (Line line : lines) {
      if (line instanceof Text t) {
        int width = t.large() ? columns / 2 : columns;
        String text = t.align() == Align.CENTER ? centre(t.text(), width) : t.text();
        out.add(t.large() ? " ".repeat(text.length() - t.text().length()) + text : text);
      } else if (line instanceof Rule) {
        out.add("-".repeat(columns));
      } else if (line instanceof Feed f) {
        for (int i = 0; i < f.lines(); i++) {
          out.add("");
        }
      } else if (line instanceof Qr) {
        out.add(centre("[QR-Code]", columns));
      }
    }
    return out;
  }

  /** {@link #plainLines()} joined with newlines. */
  public String plainText() {
    return String.join("\n", plainLines()) + "\n";
  }

  private static String centre(String text, int width) {
    int pad = Math.max(0, (width - text.length()) / 2);
    return " ".repeat(pad) + text;
  }

  /** Collects lines and wraps text to the paper width. */
  private static final class Builder {
    private final int columns;
    private final List<Line> lines = new ArrayList<>();
    private final CharsetEncoder cp858 = codePage();

    Builder(int columns) {
      this.columns = columns;
    }

    void add(Line line) {
      lines.add(line);
    }

    void centered(String text, boolean bold) {
      for (String part : wrap(printable(text), columns)) {
        lines.add(new Text(part, Align.CENTER, bold, false));
      }
    }

    void left(String text, boolean bold) {
      for (String part : wrap(printable(text), columns)) {
        lines.add(new Text(part, Align.LEFT, bold, false));
      }
    }

    void wrapped(String text) {
      left(text, false);
    }

    /** "Label: value", the value wrapped with a hanging indent. */
    void labelled(String label, String value) {
      List<String> parts = wrap(printable(value), columns - LABEL);
      for (int i = 0; i < parts.size(); i++) {
        String head = i == 0 ? label : "";
        lines.add(
            new Text(
                head + " ".repeat(Math.max(1, LABEL - head.length())) + parts.get(i),
                Align.LEFT,
                false,
                false));
      }
    }

    String printable(String text) {
      StringBuilder out = new StringBuilder();
      for (char c : text.toCharArray()) {
        char mapped =
            switch (c) {
              case '–', '—', '‑' -> '-';
              case '„', '“', '”' -> '"';
              case '‚', '‘', '’' -> '\'';
              case '·' -> '-';
              default -> c;
            };
        if (Character.isISOControl(mapped)) {
          mapped = ' ';
        }
        out.append(cp858 == null || cp858.canEncode(mapped) ? mapped : '?');
      }
      return out.toString();
    }

    private static CharsetEncoder codePage() {
      try {
        return Charset.forName("IBM00858").newEncoder();
      } catch (IllegalArgumentException e) {
        return Charset.forName("ISO-8859-1").newEncoder();
      }
    }

    private static List<String> wrap(String text, int width) {
      List<String> out = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.strip().split("\\s+")) {
        while (word.length() > width) {
          if (!line.isEmpty()) {
            out.add(line.toString());
            line.setLength(0);
          }
          out.add(word.substring(0, width));
          word = word.substring(width);
        }
        if (line.isEmpty()) {
          line.append(word);
        } else if (line.length() + 1 + word.length() <= width) {
          line.append(' ').append(word);
        } else {
          out.add(line.toString());
          line.setLength(0);
          line.append(word);
        }
      }
      if (!line.isEmpty()) {
        out.add(line.toString());
      }
      return out;
    }
  }
}
