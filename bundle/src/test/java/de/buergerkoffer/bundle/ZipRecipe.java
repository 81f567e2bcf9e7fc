package de.buergerkoffer.bundle;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import de.buergerkoffer.bundle.crypto.Pki;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Turns a fuzzer's bytes into a bundle ZIP, so that the fuzzer mutates what matters (entry names,
 * manifest and case JSON) instead of CRCs and ZIP headers, and can still express hostile
 * containers: duplicate or unsafe names, unlisted entries, ZIP bombs.
 *
 * <p>A recipe is text: entries separated by a line {@code --}. An entry's first line is {@code d
 * <name>} (deflated) or {@code s <name>} (stored), any other first line is a deflated entry of that
 * name; the rest is its content, in which
 *
 * <ul>
 *   <li>{@code {{zeros:N}}} becomes N zero bytes (N at most 8,000,000: a small recipe for a large
 *       unpacked entry),
 *   <li>{@code {{size:I}}} and {@code {{sha:I}}} become the size and lower-case SHA-256 of entry
 *       I's content (0-based, after its zeros), so a manifest can list entries correctly.
 * </ul>
 *
 * The ZIP is written by hand (local headers, central directory), because {@link
 * java.util.zip.ZipOutputStream} refuses duplicate names, which a hostile kit would not.
 */
final class ZipRecipe {

  private ZipRecipe() {}

  private record Entry(byte[] name, boolean stored, byte[] content) {}

  /** The ZIP the recipe describes; never fails, whatever the bytes. */
  static byte[] build(byte[] recipe) {
    // ISO-8859-1 maps every byte to one char and back, so names keep their exact bytes
    String text = new String(recipe, ISO_8859_1);
    List<Entry> raw = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int at; (at = text.indexOf("\n--\n", from)) >= 0; from = at + 4) {
      parts.add(text.substring(from, at));
    }
    parts.add(text.substring(from));
    for (String part : parts) {
      int eol = part.indexOf('\n');
      String header = eol < 0 ? part : part.substring(0, eol);
      String body = eol < 0 ? "" : part.substring(eol + 1);
      boolean stored = header.startsWith("s ");
      String name =
          header.startsWith("s ") || header.startsWith("d ") ? header.substring(2) : header;
      raw.add(new Entry(name.getBytes(ISO_8859_1), stored, zeros(body)));
    }
    List<Entry> entries = new ArrayList<>();
    for (Entry e : raw) {
      entries.add(new Entry(e.name(), e.stored(), references(e.content(), raw)));
    }
    return zip(entries);
  }

  /** Expands {@code {{zeros:N}}}; scanned by hand, as regular expressions are slow under Jazzer. */
  private static byte[] zeros(String body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int from = 0;
    int at;
    while ((at = body.indexOf("{{zeros:", from)) >= 0) {
      int close = body.indexOf("}}", at);
      int n = close < 0 ? -1 : digits(body.substring(at + 8, close), 7);
      if (n < 0) {
        out.writeBytes(body.substring(from, at + 8).getBytes(ISO_8859_1));
        from = at + 8;
        continue;
      }
      out.writeBytes(body.substring(from, at).getBytes(ISO_8859_1));
      out.writeBytes(new byte[Math.min(n, 8_000_000)]);
      from = close + 2;
    }
    out.writeBytes(body.substring(from).getBytes(ISO_8859_1));
    return out.toByteArray();
  }

  /** Replaces {@code {{size:I}}} and {@code {{sha:I}}} by entry I's size and SHA-256. */
  private static byte[] references(byte[] content, List<Entry> all) {
    String text = new String(content, ISO_8859_1);
    StringBuilder out = new StringBuilder();
    int from = 0;
    int at;
    while ((at = text.indexOf("{{", from)) >= 0) {
      int close = text.indexOf("}}", at);
      String token = close < 0 ? "" : text.substring(at + 2, close);
      boolean size = token.startsWith("size:");
      boolean sha = token.startsWith("sha:");
      int i = size ? digits(token.substring(5), 3) : sha ? digits(token.substring(4), 3) : -1;
      if (i < 0) {
        out.append(text, from, at + 2);
        from = at + 2;
        continue;
      }
      out.append(text, from, at);
      if (i < all.size()) {
        byte[] target = all.get(i).content();
        out.append(size ? Integer.toString(target.length) : Pki.sha256Hex(target));
      }
      from = close + 2;
    }
    out.append(text, from, text.length());
    return out.toString().getBytes(ISO_8859_1);
  }

  /** The number, if the text is 1 to {@code max} ASCII digits; else -1. */
  private static int digits(String text, int max) {
    if (text.isEmpty() || text.length() > max) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(text);
  }

  private static byte[] zip(List<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    for (Entry e : entries) {
      CRC32 crc = new CRC32();
      crc.update(e.content());
      byte[] data = e.stored() ? e.content() : deflate(e.content());
      int offset = out.size();
      ByteBuffer local = le(30 + e.name().length);
      local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800);
      local.putShort((short) (e.stored() ? 0 : 8)).putShort((short) 0).putShort((short) 0x21);
      local.putInt((int) crc.getValue()).putInt(data.length).putInt(e.content().length);
      local.putShort((short) e.name().length).putShort((short) 0).put(e.name());
      out.writeBytes(local.array());
      out.writeBytes(data);
      ByteBuffer dir = le(46 + e.name().length);
      dir.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800);
      dir.putShort((short) (e.stored() ? 0 : 8)).putShort((short) 0).putShort((short) 0x21);
      dir.putInt((int) crc.getValue()).putInt(data.length).putInt(e.content().length);
      dir.putShort((short) e.name().length).putShort((short) 0).putShort((short) 0);
      dir.putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).put(e.name());
      central.writeBytes(dir.array());
    }
    int directoryOffset = out.size();
    out.writeBytes(central.toByteArray());
    ByteBuffer end = le(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    end.putShort((short) entries.size()).putShort((short) entries.size());
    end.putInt(central.size()).putInt(directoryOffset).putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] deflate(byte[] content) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(content);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
