package de.buergerkoffer.forms;

/** The validator's messages, German first: short, polite, naming the field. */
final class Messages {

  private Messages() {}

  static FieldError required(String key, Label label) {
    return new FieldError(
        key,
        "required",
        "Bitte „" + label.de() + "“ ausfüllen.",
        "Please fill in '" + label.en() + "'.");
  }

  static FieldError unknownField(String key) {
    return new FieldError(
        key,
        "unknown-field",
        "Das Feld „" + key + "“ gehört nicht zu diesem Antrag.",
        "Field '" + key + "' is not part of this form.");
  }

  static FieldError tooManyRows(String key, FieldDefinition group) {
    int max = group.group().maxItems();
    return new FieldError(
        key,
        "max-items",
        "Bei „" + group.labelDe() + "“ sind höchstens " + max + " Einträge möglich.",
        "'" + group.labelEn() + "' allows at most " + max + " entries.");
  }

  static FieldError pattern(String key, Label label, String formatDe, String formatEn) {
    return new FieldError(
        key,
        "pattern",
        "„" + label.de() + "“ hat nicht die erwartete Form" + hint(formatDe) + ".",
        "'" + label.en() + "' does not have the expected form" + hint(formatEn) + ".");
  }

  static FieldError maxLength(String key, Label label, int max) {
    return new FieldError(
        key,
        "max-length",
        "„" + label.de() + "“ darf höchstens " + max + " Zeichen lang sein.",
        "'" + label.en() + "' must not be longer than " + max + " characters.");
  }

  static FieldError notADate(String key, Label label) {
    return new FieldError(
        key,
        "date",
        "„" + label.de() + "“ ist kein gültiges Datum.",
        "'" + label.en() + "' is not a valid date.");
  }

  /** The date is after the latest allowed day, {@code max} days from today. */
  static FieldError tooLate(String key, Label label, int max) {
    if (max == 0) {
      return new FieldError(
          key,
          "not-in-future",
          "„" + label.de() + "“ darf nicht in der Zukunft liegen.",
          "'" + label.en() + "' must not be in the future.");
    }
    return new FieldError(
        key,
        "too-late",
        max > 0
            ? "„" + label.de() + "“ darf höchstens " + days(max) + " in der Zukunft liegen."
            : "„" + label.de() + "“ muss mindestens " + days(-max) + " zurückliegen.",
        max > 0
            ? "'" + label.en() + "' must not be more than " + daysEn(max) + " in the future."
            : "'" + label.en() + "' must be at least " + daysEn(-max) + " in the past.");
  }

  /** The date is before the earliest allowed day, {@code min} days from today. */
  static FieldError tooEarly(String key, Label label, int min) {
    if (min == 0) {
      return new FieldError(
          key,
          "not-in-past",
          "„" + label.de() + "“ darf nicht in der Vergangenheit liegen.",
          "'" + label.en() + "' must not be in the past.");
    }
    return new FieldError(
        key,
        "too-early",
        min < 0
            ? "„" + label.de() + "“ darf höchstens " + days(-min) + " zurückliegen."
            : "„" + label.de() + "“ muss mindestens " + days(min) + " in der Zukunft liegen.",
        min < 0
            ? "'" + label.en() + "' must not be more than " + daysEn(-min) + " in the past."
            : "'" + label.en() + "' must be at least " + daysEn(min) + " in the future.");
  }

  static FieldError choice(String key, Label label) {
    return new FieldError(
        key,
        "choice",
        "Bitte bei „" + label.de() + "“ eine der Möglichkeiten wählen.",
        "Please choose one of the options for '" + label.en() + "'.");
  }

  static FieldError yesNo(String key, Label label) {
    return new FieldError(
        key,
        "yes-no",
        "Bitte bei „" + label.de() + "“ Ja oder Nein wählen.",
        "Please choose yes or no for '" + label.en() + "'.");
  }

  static FieldError notANumber(String key, Label label) {
    return new FieldError(
        key,
        "number",
        "„" + label.de() + "“ ist keine Zahl.",
        "'" + label.en() + "' is not a number.");
  }

  static FieldError decimals(String key, Label label, int decimals) {
    return new FieldError(
        key,
        "decimals",
        decimals == 0
            ? "„" + label.de() + "“ muss eine ganze Zahl sein."
            : "„" + label.de() + "“ darf höchstens " + decimals + " Nachkommastellen haben.",
        decimals == 0
            ? "'" + label.en() + "' must be a whole number."
            : "'" + label.en() + "' allows at most " + decimals + " decimal places.");
  }

  static FieldError min(String key, Label label, String min) {
    return new FieldError(
        key,
        "min",
        "„" + label.de() + "“ muss mindestens " + min.replace('.', ',') + " sein.",
        "'" + label.en() + "' must be at least " + min + ".");
  }

  static FieldError max(String key, Label label, String max) {
    return new FieldError(
        key,
        "max",
        "„" + label.de() + "“ darf höchstens " + max.replace('.', ',') + " sein.",
        "'" + label.en() + "' must be at most " + max + ".");
  }

  static FieldError attachmentRequired(AttachmentRequirement a) {
    String verbDe = a.kind() == AttachmentKind.PHOTO ? "fotografieren" : "scannen";
    String verbEn = a.kind() == AttachmentKind.PHOTO ? "take a photo of" : "scan";
    return new FieldError(
        a.id(),
        "attachment-required",
        "Bitte „" + a.labelDe() + "“ " + verbDe + ".",
        "Please " + verbEn + " '" + a.labelEn() + "'.");
  }

  static FieldError tooManyPages(AttachmentRequirement a) {
    return new FieldError(
        a.id(),
        "max-pages",
        "„" + a.labelDe() + "“ darf höchstens " + a.maxPages() + " Seiten haben.",
        "'" + a.labelEn() + "' must not have more than " + a.maxPages() + " pages.");
  }

  static FieldError signatureRequired(SignatureRequirement s) {
    String what = s.labelDe() == null ? "die Unterschrift" : "„" + s.labelDe() + "“";
    String whatEn = s.labelEn() == null ? "the signature" : "'" + s.labelEn() + "'";
    return new FieldError(
        "signature",
        "signature-required",
        "Bitte " + what + " auf dem Unterschriftenfeld erfassen.",
        "Please capture " + whatEn + " on the signature pad.");
  }

  private static String hint(String format) {
    return format == null ? "" : " (" + format + ")";
  }

  private static String days(int n) {
    return n == 1 ? "1 Tag" : n + " Tage";
  }

  private static String daysEn(int n) {
    return n == 1 ? "1 day" : n + " days";
  }
}
