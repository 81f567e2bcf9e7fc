package de.buergerkoffer.forms;

/** The two values of a {@link FieldType#YES_NO} field, and how they read in German and English. */
public final class YesNo {

  /** The stored value for "Ja". */
  public static final String YES = "yes";

  /** The stored value for "Nein". */
  public static final String NO = "no";

  private YesNo() {}

  /** True for one of the two stored values. */
  public static boolean isValid(String value) {
    return YES.equals(value) || NO.equals(value);
  }

  /** "Ja" or "Nein" for a stored value; the value itself for anything else. */
  public static String labelDe(String value) {
    return YES.equals(value) ? "Ja" : NO.equals(value) ? "Nein" : value;
  }

  /** "Yes" or "No" for a stored value; the value itself for anything else. */
  public static String labelEn(String value) {
    return YES.equals(value) ? "Yes" : NO.equals(value) ? "No" : value;
  }
}
