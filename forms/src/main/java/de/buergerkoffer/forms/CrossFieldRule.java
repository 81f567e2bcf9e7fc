package de.buergerkoffer.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * A rule about a field's value that depends on another value or on the form's purpose, with its own
 * message. Field references are a field id, or {@code group[].member} for every row of a group.
 * Values that are absent or unreadable are left to the field rules; a cross-field rule only judges
 * values it can read.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CrossFieldRule.DateOrder.class, name = "dateOrder"),
  @JsonSubTypes.Type(value = CrossFieldRule.AllowedValues.class, name = "allowedValues")
})
public sealed interface CrossFieldRule {

  /** The rule's stable code, reported as {@link FieldError#rule()}. */
  String id();

  /** The message for the clerk, in German. */
  String messageDe();

  /** The same message in English. */
  String messageEn();

  /** Which side of a {@link DateOrder} the error is reported on. */
  enum Side {
    EARLIER,
    LATER
  }

  /**
   * One date must not come after another, e.g. a person's date of birth not after the move-in date.
   *
   * @param earlier the date that must come first
   * @param later the date that must come second
   * @param allowSameDay whether both may be the same day
   * @param reportOn which field the error names
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DateOrder(
      String id,
      String earlier,
      String later,
      boolean allowSameDay,
      Side reportOn,
      String messageDe,
      String messageEn)
      implements CrossFieldRule {

    public DateOrder {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(earlier, "earlier");
      Objects.requireNonNull(later, "later");
      reportOn = reportOn == null ? Side.LATER : reportOn;
    }
  }

  /**
   * A field may only take some of its values, optionally only when a condition holds; e.g. a
   * certified copy needs "original presented: yes".
   *
   * @param field the field judged
   * @param values the values accepted
   * @param when applies the rule only when this holds, or null for always
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AllowedValues(
      String id,
      String field,
      List<String> values,
      Condition when,
      String messageDe,
      String messageEn)
      implements CrossFieldRule {

    public AllowedValues {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(field, "field");
      values = List.copyOf(values == null ? List.of() : values);
    }
  }
}
