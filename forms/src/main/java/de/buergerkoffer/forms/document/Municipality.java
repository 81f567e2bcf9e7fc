package de.buergerkoffer.forms.document;

import java.util.List;
import java.util.Objects;

/**
 * The town hall whose header is printed on documents and receipts.
 *
 * @param name the authority's name, such as {@code Gemeinde Musterhausen}
 * @param lines further header lines: office, street, town, phone
 * @param logoPng the coat of arms or logo as PNG (drawn on white, at most 60 pt high), or null
 */
public record Municipality(String name, List<String> lines, byte[] logoPng) {

  public Municipality {
    Objects.requireNonNull(name, "name");
    lines = List.copyOf(lines);
  }

  /** A municipality without logo. */
  public static Municipality of(String name, String... lines) {
    return new Municipality(name, List.of(lines), null);
  }
}
