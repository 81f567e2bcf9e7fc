package de.buergerkoffer.hardware.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps receipt text for a fixed number of columns, the way a receipt printer needs it: at spaces
 * where possible, hard in the middle of a word that is longer than a line.
 */
public final class ReceiptLayout {

  private ReceiptLayout() {}

  /**
   * Splits text into lines of at most {@code columns} characters.
   *
   * @param text one paragraph
   * @param columns characters per line, at least 1
   * @return at least one line (an empty one for empty text)
   */
  public static List<String> wrap(String text, int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("columns must be positive");
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String rest = word;
      while (!rest.isEmpty()) {
        int room = line.length() == 0 ? columns : columns - line.length() - 1;
        if (rest.length() <= room) {
          if (line.length() > 0) {
            line.append(' ');
          }
          line.append(rest);
          rest = "";
        } else if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        } else {
          lines.add(rest.substring(0, columns));
          rest = rest.substring(columns);
        }
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The receipt as plain text lines for {@code columns} characters, QR codes as a placeholder. */
  public static List<String> plainText(Receipt receipt, int columns) {
    List<String> out = new ArrayList<>();
    for (ReceiptLine line : receipt.lines()) {
      if (line instanceof ReceiptLine.Text t) {
        int cols = t.size() == ReceiptLine.TextSize.LARGE ? Math.max(1, columns / 2) : columns;
        for (String l : wrap(t.text(), cols)) {
          out.add(t.alignment() == ReceiptLine.Alignment.CENTER ? centre(l, columns) : l);
        }
      } else if (line instanceof ReceiptLine.QrCode q) {
        out.add(centre("[QR: " + q.payload() + "]", columns));
      } else {
        out.add("-".repeat(columns));
      }
    }
    return out;
  }

  private static String centre(String text, int columns) {
    int pad = Math.max(0, (columns - text.length()) / 2);
    return " ".repeat(pad) + text;
  }
}
