package de.buergerkoffer.bundle;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How kit and hub write instants into their databases: UTC, always with nine fraction digits, so
 * that text order is time order ({@code Instant.toString()} drops trailing zeros, which makes
 * {@code ...:00.5Z} sort before {@code ...:00Z}). {@link Instant#parse} reads the result back.
 */
public final class StoredTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private StoredTime() {}

  /** The instant as fixed-width, sortable text. */
  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
