package de.buergerkoffer.kit.protection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a thief with the kit's disk would see: a byte-for-byte copy of the data folder, searched for
 * known secrets in every file.
 */
final class DataFolderScan {

  private final Map<String, byte[]> needles = new LinkedHashMap<>();

  /** Looks for the text in UTF-8, and JSON-escaped in case a writer escaped non-ASCII letters. */
  DataFolderScan text(String text) {
    needles.put("\"" + text + "\"", bytes(text));
    for (String format : List.of("\\u%04x", "\\u%04X")) {
      String escaped = escape(text, format);
      if (!escaped.equals(text)) {
        needles.put("\"" + escaped + "\"", bytes(escaped));
      }
    }
    return this;
  }

  private static String escape(String text, String format) {
    StringBuilder escaped = new StringBuilder();
    text.chars()
        .forEach(c -> escaped.append(c < 128 ? String.valueOf((char) c) : format.formatted(c)));
    return escaped.toString();
  }

  /** Looks for every 64-byte window of the document that starts at a multiple of 64. */
  DataFolderScan document(String name, byte[] document) {
    for (int at = 0; at + 64 <= document.length; at += 64) {
      needles.put(
          name + " bytes " + at + ".." + (at + 63), Arrays.copyOfRange(document, at, at + 64));
    }
    return this;
  }

  /** Copies the folder, as it is this moment, to {@code target}; returns the files copied. */
  static List<Path> copy(Path folder, Path target) throws IOException {
    List<Path> copied = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path source : files.toList()) {
        Path copy = target.resolve(folder.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else if (Files.isRegularFile(source)) {
          Files.createDirectories(copy.getParent());
          Files.write(copy, Files.readAllBytes(source));
          copied.add(folder.relativize(source));
        }
      }
    }
    return copied;
  }

  /** Every needle found, as "file: needle"; empty when the folder reveals none. */
  List<String> findings(Path folder) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] content = Files.readAllBytes(file);
        needles.forEach(
            (what, needle) -> {
              if (indexOf(content, needle) >= 0) {
                found.add(folder.relativize(file) + ": " + what);
              }
            });
      }
    }
    return found;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
