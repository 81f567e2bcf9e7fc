package de.buergerkoffer.forms;

/** How a field's value is entered and checked. */
public enum FieldType {
  /** Free text, optionally constrained by a pattern. */
  TEXT,
  /** A calendar date, written ISO-8601 ({@code 1950-04-17}). */
  DATE,
  /** One of a fixed list of option keys. */
  CHOICE
}
