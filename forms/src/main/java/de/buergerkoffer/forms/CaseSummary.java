package de.buergerkoffer.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Case data as a person reads it, in German: dates as {@code 28.02.1941}, choice labels instead of
 * keys, "Ja"/"Nein", addresses in one line, group rows under "Person 1", "Person 2". The document
 * renderer prints this; a kit or hub page can show it too. Absent values are left out.
 *
 * @param sections the form's sections that have at least one value, in form order
 */
public record CaseSummary(List<SummarySection> sections) {

  private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  public CaseSummary {
    sections = List.copyOf(sections);
  }

  /**
   * A titled block of label/value lines.
   *
   * @param title the section title or the group row name ("Person 2"), or null
   * @param subsection whether this is a group row within the section before it
   * @param lines the lines
   */
  public record SummarySection(String title, boolean subsection, List<Line> lines) {
    public SummarySection {
      lines = List.copyOf(lines);
    }
  }

  /** One label and its value as displayed. */
  public record Line(String label, String value) {}

  /** The summary of a case captured with {@code form}. */
  public static CaseSummary of(FormDefinition form, Map<String, String> values) {
    CaseValues v = new CaseValues(values);
    List<SummarySection> out = new ArrayList<>();
    for (Section section : form.sections()) {
      List<Line> lines = new ArrayList<>();
      List<SummarySection> rows = new ArrayList<>();
      for (FieldDefinition field : section.fields()) {
        if (field.type() == FieldType.GROUP) {
          GroupRules g = field.group();
          String item = g.itemLabelDe() == null ? field.labelDe() : g.itemLabelDe();
          for (int row : v.rows(field)) {
            List<Line> rowLines = new ArrayList<>();
            String prefix = DataKey.rowPrefix(field.id(), row);
            for (FieldDefinition member : field.members()) {
              add(rowLines, member, prefix + member.id(), v);
            }
            if (!rowLines.isEmpty()) {
              rows.add(new SummarySection(item + " " + (row + 1), true, rowLines));
            }
          }
        } else {
          add(lines, field, field.id(), v);
        }
      }
      if (!lines.isEmpty() || !rows.isEmpty()) {
        out.add(new SummarySection(section.titleDe(), false, lines));
        out.addAll(rows);
      }
    }
    return new CaseSummary(out);
  }

  /** Every line of every section, for tests and plain-text output. */
  public List<Line> lines() {
    return sections.stream().flatMap(s -> s.lines().stream()).toList();
  }

  private static void add(List<Line> lines, FieldDefinition field, String key, CaseValues v) {
    String shown = field.type() == FieldType.ADDRESS ? address(key, v) : display(field, v.get(key));
    if (shown != null) {
      lines.add(new Line(field.labelDe(), shown));
    }
  }

  /** How a single stored value reads in German; null stays null. */
  public static String display(FieldDefinition field, String value) {
    if (value == null) {
      return null;
    }
    return switch (field.type()) {
      case DATE -> {
        LocalDate date = FieldChecks.parseDate(value);
        yield date == null ? value : GERMAN_DATE.format(date);
      }
      case NUMBER -> value.replace('.', ',');
      default -> field.displayDe(value);
    };
  }

  /** "Hauptstraße 12a, Hinterhaus, 01900 Großröhrsdorf, Polen"; null when no part is set. */
  private static String address(String key, CaseValues v) {
    String street =
        join(" ", part(v, key, AddressPart.STREET), part(v, key, AddressPart.HOUSE_NUMBER));
    String town = join(" ", part(v, key, AddressPart.POSTAL_CODE), part(v, key, AddressPart.CITY));
    String all =
        join(
            ", ",
            street,
            part(v, key, AddressPart.SUPPLEMENT),
            town,
            part(v, key, AddressPart.COUNTRY));
    return all.isEmpty() ? null : all;
  }

  private static String part(CaseValues v, String key, AddressPart part) {
    return v.get(DataKey.partKey(key, part));
  }

  private static String join(String separator, String... parts) {
    StringBuilder out = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isEmpty()) {
        if (!out.isEmpty()) {
          out.append(separator);
        }
        out.append(p);
      }
    }
    return out.toString();
  }
}
