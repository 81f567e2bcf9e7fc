package de.buergerkoffer.forms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A repeated group such as "persons moving in". The case data stays a flat map: row {@code i}
 * (0-based) of group {@code persons} stores member {@code familyName} under {@code
 * persons[0].familyName}. Rows are ordered by index; gaps are allowed (an emptied middle row) and a
 * row exists as soon as one of its values does.
 *
 * @param minItems the fewest rows; with 1 the first row's required members must be filled
 * @param maxItems the most rows (indexes 0 to maxItems-1)
 * @param itemLabelDe how one row is named in German ("Person" gives "Person 1", "Person 2")
 * @param itemLabelEn the same in English
 * @param fields the members of one row; no nested groups
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupRules(
    int minItems,
    int maxItems,
    String itemLabelDe,
    String itemLabelEn,
    List<FieldDefinition> fields) {

  public GroupRules {
    fields = List.copyOf(fields == null ? List.of() : fields);
    if (minItems < 0 || maxItems < 1 || minItems > maxItems) {
      throw new IllegalArgumentException("need 0 <= minItems <= maxItems, maxItems >= 1");
    }
  }

  /** The member with that id. */
  public Optional<FieldDefinition> member(String id) {
    return fields.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The row indexes a form offers: 0 to maxItems-1, for templates. */
  public List<Integer> rowIndexes() {
    return java.util.stream.IntStream.range(0, maxItems).boxed().toList();
  }
}
