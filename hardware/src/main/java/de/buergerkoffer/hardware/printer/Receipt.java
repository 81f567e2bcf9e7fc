package de.buergerkoffer.hardware.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * A receipt as a list of lines, independent of the printer: each adapter lays it out for its paper
 * (58/80 mm thermal roll, A4 page).
 *
 * <p>Build one with {@link #builder()}. At least one line.
 *
 * @param lines what to print, top to bottom
 */
public record Receipt(List<ReceiptLine> lines) {

  public Receipt {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a receipt needs at least one line");
    }
  }

  /** A builder for receipts. */
  public static Builder builder() {
    return new Builder();
  }

  /** The QR payloads on this receipt, in order. */
  public List<String> qrPayloads() {
    return lines.stream()
        .filter(ReceiptLine.QrCode.class::isInstance)
        .map(l -> ((ReceiptLine.QrCode) l).payload())
        .toList();
  }

  /** Collects lines; not thread-safe. */
  public static final class Builder {
    private final List<ReceiptLine> lines = new ArrayList<>();

    private Builder() {}

    /** A large, bold, centred heading. */
    public Builder title(String text) {
      return add(
          new ReceiptLine.Text(
              text, true, ReceiptLine.TextSize.LARGE, ReceiptLine.Alignment.CENTER));
    }

    /** A normal line. */
    public Builder text(String text) {
      return add(
          new ReceiptLine.Text(
              text, false, ReceiptLine.TextSize.NORMAL, ReceiptLine.Alignment.LEFT));
    }

    /** A bold line. */
    public Builder bold(String text) {
      return add(
          new ReceiptLine.Text(
              text, true, ReceiptLine.TextSize.NORMAL, ReceiptLine.Alignment.LEFT));
    }

    /** {@code label:} on one line, the value in bold on the next. */
    public Builder field(String label, String value) {
      text(label + ":");
      return bold(value);
    }

    /** A horizontal rule. */
    public Builder separator() {
      return add(new ReceiptLine.Separator());
    }

    /** A centred QR code with this (ASCII) content. */
    public Builder qr(String payload) {
      return add(new ReceiptLine.QrCode(payload));
    }

    /** Any line. */
    public Builder add(ReceiptLine line) {
      lines.add(line);
      return this;
    }

    public Receipt build() {
      return new Receipt(lines);
    }
  }
}
