package de.buergerkoffer.forms;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which dates a {@link FieldType#DATE} field accepts, in days relative to the day of capture
 * (negative = in the past). {@code maxDaysFromToday = 0} means "not in the future" (a date of
 * birth), {@code 14} "at most two weeks ahead" (a move-in date), {@code minDaysFromToday = 2} "at
 * least two days ahead" (an election).
 *
 * @param minDaysFromToday the earliest accepted day, or null for no limit
 * @param maxDaysFromToday the latest accepted day, or null for no limit
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateRules(Integer minDaysFromToday, Integer maxDaysFromToday) {

  /** Today or earlier. */
  public static DateRules notInFuture() {
    return new DateRules(null, 0);
  }
}
