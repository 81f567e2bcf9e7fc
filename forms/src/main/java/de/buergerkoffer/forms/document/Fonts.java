package de.buergerkoffer.forms.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu Sans fonts (licence next to the files), embedded as subsets: PDF/A needs
 * embedded fonts, and German needs ä, ö, ü, ß. The font files are read from the class path once;
 * each document parses its own copy, so rendering needs no lock.
 */
final class Fonts {

  private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");

  final PDFont regular;
  final PDFont bold;
  private final Map<Integer, Boolean> printable = new HashMap<>();

  private Fonts(PDFont regular, PDFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** Both fonts, embedded into {@code doc} as subsets of the glyphs used. */
  static Fonts embed(PDDocument doc) throws IOException {
    return new Fonts(
        PDType0Font.load(doc, new RandomAccessReadBuffer(REGULAR), true, false),
        PDType0Font.load(doc, new RandomAccessReadBuffer(BOLD), true, false));
  }

  /**
   * The text with what the fonts cannot show replaced: control characters by spaces, characters
   * without a glyph (say, emoji) by '?', so a value never breaks the document.
   */
  String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
              } else if (printable.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
              } else {
                out.append('?');
              }
            });
    return out.toString();
  }

  private boolean hasGlyph(int codePoint) {
    String s = new String(Character.toChars(codePoint));
    try {
      regular.encode(s);
      bold.encode(s);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private static byte[] read(String name) {
    try (InputStream in = Fonts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("font missing on the class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
