package de.buergerkoffer.hardware.printer.escpos;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESC/POS bytes back into commands, for tests: the subset the kit sends. Text is decoded in
 * the code page selected by the last {@code ESC t}, as a printer would.
 */
final class EscPosDecoder {

  sealed interface Command {}

  record Initialize() implements Command {}

  record SelectCodeTable(int table) implements Command {}

  record Bold(boolean on) implements Command {}

  /** {@code GS !}: width and height multipliers, 1 = normal. */
  record CharacterSize(int width, int height) implements Command {}

  record Justify(int mode) implements Command {}

  /** A printed line (text up to LF) with the style in force. */
  record Line(String text, boolean bold, int width, byte[] raw) implements Command {}

  /** {@code GS ( k} with cn 49 (QR): fn 80 stores data, fn 81 prints. */
  record QrFunction(int function, byte[] parameters) implements Command {
    String storedText() {
      // fn 80: m (48) then the data
      return new String(
          parameters, 1, parameters.length - 1, java.nio.charset.StandardCharsets.US_ASCII);
    }
  }

  record Feed() implements Command {}

  /** {@code GS V m}: 48/0 full, 49/1 partial. */
  record Cut(int mode) implements Command {}

  record Other(int code) implements Command {}

  private static final int ESC = 0x1b;
  private static final int GS = 0x1d;
  private static final int LF = 0x0a;

  static List<Command> decode(byte[] bytes) {
    List<Command> out = new ArrayList<>();
    Charset charset = Charset.forName("IBM437");
    boolean bold = false;
    int width = 1;
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      if (b == ESC || b == GS) {
        if (text.size() > 0) {
          throw new IllegalStateException("command in the middle of a line at " + i);
        }
        int c = bytes[i + 1] & 0xff;
        if (b == ESC) {
          switch (c) {
            case '@' -> {
              out.add(new Initialize());
              bold = false;
              width = 1;
              i += 2;
            }
            case 't' -> {
              int table = bytes[i + 2] & 0xff;
              out.add(new SelectCodeTable(table));
              charset =
                  Charset.forName(table == 19 ? "IBM00858" : table == 2 ? "IBM850" : "IBM437");
              i += 3;
            }
            case 'E' -> {
              bold = bytes[i + 2] != 0;
              out.add(new Bold(bold));
              i += 3;
            }
            case 'a' -> {
              out.add(new Justify(bytes[i + 2] & 0xff));
              i += 3;
            }
            case 'M', '-', '3' -> i += 3;
            case '2' -> i += 2;
            default -> throw new IllegalStateException("unknown ESC " + c + " at " + i);
          }
        } else {
          switch (c) {
            case '!' -> {
              int n = bytes[i + 2] & 0xff;
              width = (n >> 4) + 1;
              out.add(new CharacterSize(width, (n & 0x0f) + 1));
              i += 3;
            }
            case 'B' -> i += 3;
            case 'V' -> {
              out.add(new Cut(bytes[i + 2] & 0xff));
              i += 3;
            }
            case '(' -> {
              if (bytes[i + 2] != 'k') {
                throw new IllegalStateException("unknown GS ( at " + i);
              }
              int length = (bytes[i + 3] & 0xff) | (bytes[i + 4] & 0xff) << 8;
              int cn = bytes[i + 5] & 0xff;
              int fn = bytes[i + 6] & 0xff;
              if (cn != 49) {
                throw new IllegalStateException("not a QR function at " + i);
              }
              byte[] params = java.util.Arrays.copyOfRange(bytes, i + 7, i + 5 + length);
              out.add(new QrFunction(fn, params));
              i += 5 + length;
            }
            default -> throw new IllegalStateException("unknown GS " + c + " at " + i);
          }
        }
      } else if (b == LF) {
        if (text.size() == 0) {
          out.add(new Feed());
        } else {
          byte[] raw = text.toByteArray();
          out.add(new Line(new String(raw, charset), bold, width, raw));
          text.reset();
        }
        i++;
      } else if (b < 0x20) {
        out.add(new Other(b));
        i++;
      } else {
        text.write(b);
        i++;
      }
    }
    if (text.size() > 0) {
      throw new IllegalStateException("text without line feed at the end");
    }
    return out;
  }

  private EscPosDecoder() {}
}
