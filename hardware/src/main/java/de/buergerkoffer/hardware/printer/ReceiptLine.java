package de.buergerkoffer.hardware.printer;

import java.util.Objects;

/** One element of a {@link Receipt}: text, a QR code or a rule. */
public sealed interface ReceiptLine
    permits ReceiptLine.Text, ReceiptLine.QrCode, ReceiptLine.Separator {

  /** Normal or double width and height. */
  enum TextSize {
    NORMAL,
    LARGE
  }

  /** Where a line sits. */
  enum Alignment {
    LEFT,
    CENTER
  }

  /**
   * Text; long lines are wrapped at word boundaries by the adapter. Any Unicode is accepted;
   * characters the printer's code page lacks are printed without accent, or as {@code ?}.
   *
   * @param text one paragraph, no line breaks
   * @param bold emphasised
   * @param size normal or large
   * @param alignment left or centred
   */
  record Text(String text, boolean bold, TextSize size, Alignment alignment)
      implements ReceiptLine {
    public Text {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(size, "size");
      Objects.requireNonNull(alignment, "alignment");
      if (text.contains("\n") || text.contains("\r")) {
        throw new IllegalArgumentException("one line per Text, no line breaks");
      }
    }
  }

  /**
   * A QR code, centred. Printable ASCII only (case number, URL): QR codes carry bytes, and only
   * ASCII reads the same in every phone app and on every printer.
   *
   * @param payload 1 to 500 printable ASCII characters
   */
  record QrCode(String payload) implements ReceiptLine {
    public QrCode {
      Objects.requireNonNull(payload, "payload");
      if (payload.isEmpty()
          || payload.length() > 500
          || !payload.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException("QR payload must be 1..500 printable ASCII characters");
      }
    }
  }

  /** A horizontal rule across the paper. */
  record Separator() implements ReceiptLine {}
}
