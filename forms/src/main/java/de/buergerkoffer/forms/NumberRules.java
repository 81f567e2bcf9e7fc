package de.buergerkoffer.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * Which numbers a {@link FieldType#NUMBER} field accepts.
 *
 * @param min the smallest accepted value, or null
 * @param max the largest accepted value, or null
 * @param decimals how many digits after the decimal point are allowed (0: whole numbers only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NumberRules(BigDecimal min, BigDecimal max, int decimals) {

  public NumberRules {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must not be negative");
    }
  }
}
