package de.buergerkoffer.hub.enrollment;

/** Enrollment was refused; the message says why in a sentence an admin understands. */
public class EnrollmentException extends RuntimeException {

  private final boolean conflict;

  EnrollmentException(String message, boolean conflict) {
    super(message);
    this.conflict = conflict;
  }

  /** True when the kit id is taken, false when the request itself is not acceptable. */
  public boolean conflict() {
    return conflict;
  }
}
