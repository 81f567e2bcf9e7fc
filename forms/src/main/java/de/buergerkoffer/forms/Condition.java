package de.buergerkoffer.forms;

import java.util.List;
import java.util.Objects;

/**
 * "When field X has one of these values": makes a field or an attachment required only in some
 * cases (the address of the authority only for an authority's certificate of conduct).
 *
 * <p>Inside a repeated group, {@code field} names a member of the same row if the group has one of
 * that id, otherwise a field outside the group.
 *
 * @param field the field whose value decides
 * @param in the values for which the condition holds
 */
public record Condition(String field, List<String> in) {

  public Condition {
    Objects.requireNonNull(field, "field");
    in = List.copyOf(in == null ? List.of() : in);
  }

  /** Whether the condition holds for the decisive field's (stripped) value, null when absent. */
  public boolean holdsFor(String value) {
    return value != null && in.contains(value);
  }
}
