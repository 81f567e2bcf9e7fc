package de.buergerkoffer.hub.clerks;

/**
 * A clerk change the hub refuses, with a German message for the admin and the form field it is
 * about.
 */
public class ClerkException extends RuntimeException {

  /** What kind of refusal, for the HTTP status. */
  public enum Kind {
    /** The input breaks a rule (400). */
    INVALID,
    /** No such clerk (404). */
    NOT_FOUND,
    /** The user name is taken (409). */
    CONFLICT
  }

  private final Kind kind;
  private final String field;

  public ClerkException(Kind kind, String field, String messageDe) {
    super(messageDe);
    this.kind = kind;
    this.field = field;
  }

  public Kind kind() {
    return kind;
  }

  /** The field the message is about ({@code username}, {@code pin}, ...), or null. */
  public String field() {
    return field;
  }
}
