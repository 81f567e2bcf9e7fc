package de.buergerkoffer.forms;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Case data as the rules see it: values stripped, blank values absent, and the rows of each group.
 */
final class CaseValues {

  private final Map<String, String> values = new TreeMap<>();

  CaseValues(Map<String, String> raw) {
    raw.forEach(
        (k, v) -> {
          if (k != null && v != null && !v.isBlank()) {
            values.put(k, v.strip());
          }
        });
  }

  /** The stripped value, or null when absent or blank. */
  String get(String key) {
    return values.get(key);
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  /**
   * The rows of a group to judge: every row index below maxItems with at least one value, plus the
   * lowest missing indexes until there are minItems rows.
   */
  SortedSet<Integer> rows(FieldDefinition group) {
    SortedSet<Integer> rows = new TreeSet<>();
    String prefix = group.id() + "[";
    for (String key : values.keySet()) {
      if (key.startsWith(prefix)) {
        int close = key.indexOf(']', prefix.length());
        if (close > prefix.length()) {
          try {
            int index = Integer.parseInt(key.substring(prefix.length(), close));
            if (index < group.group().maxItems()) {
              rows.add(index);
            }
          } catch (NumberFormatException e) {
            // not a row key; reported as unknown field
          }
        }
      }
    }
    for (int i = 0; rows.size() < group.group().minItems(); i++) {
      rows.add(i);
    }
    return rows;
  }
}
