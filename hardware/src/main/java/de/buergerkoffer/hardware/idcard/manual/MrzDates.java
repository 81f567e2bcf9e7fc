package de.buergerkoffer.hardware.idcard.manual;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The six-digit {@code YYMMDD} dates of the MRZ and the ways the clerk types dates.
 *
 * <p>The MRZ has no century: a birth date is placed in the latest century that does not put it in
 * the future; an expiry date in 2000–2099 (documents expire at most a few decades ahead and the kit
 * does not deal with documents that expired before 2000).
 */
final class MrzDates {

  private static final Pattern YYMMDD = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})");
  private static final Pattern GERMAN = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  static final DateTimeFormatter GERMAN_OUT = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter MRZ_OUT = DateTimeFormatter.ofPattern("yyMMdd");

  private MrzDates() {}

  /** A birth date from {@code YYMMDD}, relative to {@code today}; empty if not a date. */
  static Optional<LocalDate> birthDate(String yymmdd, LocalDate today) {
    Matcher m = YYMMDD.matcher(yymmdd);
    if (!m.matches()) {
      return Optional.empty();
    }
    int yy = Integer.parseInt(m.group(1));
    int century = today.getYear() / 100 * 100;
    int year = century + yy > today.getYear() ? century - 100 + yy : century + yy;
    Optional<LocalDate> date = of(year, m.group(2), m.group(3));
    if (date.isPresent() && date.get().isAfter(today)) {
      return of(year - 100, m.group(2), m.group(3));
    }
    return date;
  }

  /** An expiry date from {@code YYMMDD} in 2000–2099; empty if not a date. */
  static Optional<LocalDate> expiryDate(String yymmdd) {
    Matcher m = YYMMDD.matcher(yymmdd);
    if (!m.matches()) {
      return Optional.empty();
    }
    return of(2000 + Integer.parseInt(m.group(1)), m.group(2), m.group(3));
  }

  /** The {@code YYMMDD} form of a date, as it goes into the check digit. */
  static String toMrz(LocalDate date) {
    return date.format(MRZ_OUT);
  }

  /**
   * A typed date: {@code 12.08.1964}, {@code 1964-08-12} or the MRZ form {@code 640812} (with the
   * same century rule as {@link #birthDate} or {@link #expiryDate}).
   */
  static Optional<LocalDate> typed(String text, boolean isBirthDate, LocalDate today) {
    String t = text.strip();
    Matcher german = GERMAN.matcher(t);
    if (german.matches()) {
      return of(Integer.parseInt(german.group(3)), german.group(2), german.group(1));
    }
    if (YYMMDD.matcher(t).matches()) {
      return isBirthDate ? birthDate(t, today) : expiryDate(t);
    }
    try {
      return Optional.of(LocalDate.parse(t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> of(int year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
