package de.buergerkoffer.forms;

/**
 * A form definition that cannot be used: unreadable JSON, an unknown property, or an inconsistency
 * such as a rule that names a missing field. Thrown when the catalog is loaded, so a broken form
 * file stops the build's tests rather than a clerk at the kitchen table.
 */
public final class FormDefinitionException extends RuntimeException {

  public FormDefinitionException(String message) {
    super(message);
  }

  public FormDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
