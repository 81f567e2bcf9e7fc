package de.buergerkoffer.forms.document;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A minimal flowing layout on A4 pages: text goes down the page, wraps at word boundaries and
 * continues on a new page when the bottom margin is reached. All text passes through {@link
 * Fonts#printable} first.
 */
final class PageFlow implements Closeable {

  static final PDRectangle A4 = PDRectangle.A4;
  static final float LEFT = 56;
  static final float RIGHT = A4.getWidth() - 50;
  static final float TOP = A4.getHeight() - 50;
  static final float BOTTOM = 62;
  static final float GREY = 0.35f;

  /** Draws the running header of a continuation page; returns the y below it. */
  interface PageStart {
    float draw(PDPageContentStream content, float top) throws IOException;
  }

  private final PDDocument doc;
  final Fonts fonts;
  private final PageStart continuation;
  private PDPageContentStream content;
  private float y;

  PageFlow(PDDocument doc, Fonts fonts, PageStart continuation) throws IOException {
    this.doc = doc;
    this.fonts = fonts;
    this.continuation = continuation;
    startPage(null);
  }

  PDPageContentStream content() {
    return content;
  }

  float y() {
    return y;
  }

  void down(float points) {
    y -= points;
  }

  /** Starts a new page when less than {@code height} points are left on this one. */
  void keep(float height) throws IOException {
    if (y - height < BOTTOM) {
      startPage(continuation);
    }
  }

  private void startPage(PageStart header) throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(A4);
    doc.addPage(page);
    content = new PDPageContentStream(doc, page);
    y = header == null ? TOP : header.draw(content, TOP);
  }

  /** A wrapped paragraph from {@code x} to the right margin. */
  void paragraph(String text, PDFont font, float size, float x, float grey) throws IOException {
    float leading = size * 1.3f;
    for (String line : wrap(text, font, size, RIGHT - x)) {
      keep(leading);
      y -= leading;
      write(line, font, size, x, y + size * 0.25f, grey);
    }
  }

  /**
   * A label in the left column and its wrapped value to the right. Short blocks stay on one page
   * and are written label first, then value, so text extraction reads them in order.
   */
  void labelled(String label, String value, float labelWidth, float size) throws IOException {
    float leading = size * 1.3f;
    float valueX = LEFT + labelWidth;
    List<String> labelLines = wrap(label, fonts.regular, size - 1, labelWidth - 8);
    List<String> valueLines = wrap(value, fonts.regular, size, RIGHT - valueX);
    int lines = Math.max(labelLines.size(), valueLines.size());
    if (lines <= 8) {
      keep(lines * leading + 2);
      float first = y - leading + size * 0.25f;
      for (int i = 0; i < labelLines.size(); i++) {
        write(labelLines.get(i), fonts.regular, size - 1, LEFT, first - i * leading, GREY);
      }
      for (int i = 0; i < valueLines.size(); i++) {
        write(valueLines.get(i), fonts.regular, size, valueX, first - i * leading, 0f);
      }
      y -= lines * leading + 2;
      return;
    }
    for (int i = 0; i < lines; i++) {
      keep(leading);
      y -= leading;
      float base = y + size * 0.25f;
      if (i < labelLines.size()) {
        write(labelLines.get(i), fonts.regular, size - 1, LEFT, base, GREY);
      }
      if (i < valueLines.size()) {
        write(valueLines.get(i), fonts.regular, size, valueX, base, 0f);
      }
    }
    y -= 2;
  }

  /** One line of text at an exact position; no wrapping. */
  void write(String text, PDFont font, float size, float x, float baseline, float grey)
      throws IOException {
    content.beginText();
    content.setNonStrokingColor(grey);
    content.setFont(font, size);
    content.newLineAtOffset(x, baseline);
    content.showText(fonts.printable(text));
    content.endText();
  }

  /** A horizontal rule across the text width. */
  void rule(float grey, float width) throws IOException {
    content.setStrokingColor(grey);
    content.setLineWidth(width);
    content.moveTo(LEFT, y);
    content.lineTo(RIGHT, y);
    content.stroke();
  }

  /** Text width in points. */
  float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(fonts.printable(text)) / 1000 * size;
  }

  /** The lines of {@code text} that fit into {@code width}, breaking at spaces (or anywhere). */
  List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
      String paragraph = fonts.printable(raw).strip();
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" +")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, font, size) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        while (width(word, font, size) > width) {
          int cut = word.length() - 1;
          while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
            cut--;
          }
          lines.add(word.substring(0, cut));
          word = word.substring(cut);
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  @Override
  public void close() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
  }
}
