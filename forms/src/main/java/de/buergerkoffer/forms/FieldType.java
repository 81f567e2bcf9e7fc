package de.buergerkoffer.forms;

/**
 * How a field's value is entered and checked. The set is closed: kit template, validator and
 * document renderer each handle every type.
 */
public enum FieldType {
  /** Free text, optionally constrained by {@link TextRules}. */
  TEXT,
  /**
   * A calendar date, written ISO-8601 ({@code 1950-04-17}), optionally within {@link DateRules}.
   */
  DATE,
  /** One of a fixed list of option keys. */
  CHOICE,
  /** A decimal number written with a dot ({@code 12}, {@code 2.5}), within {@link NumberRules}. */
  NUMBER,
  /** Yes or no, written {@code yes} / {@code no} ({@link YesNo}). */
  YES_NO,
  /**
   * A postal address; its parts are separate values with the keys {@code <id>.<part>} (see {@link
   * AddressPart}).
   */
  ADDRESS,
  /**
   * A repeated group of fields, such as the persons moving in; row {@code i}'s member {@code m} has
   * the key {@code <id>[i].m} (see {@link GroupRules}).
   */
  GROUP
}
