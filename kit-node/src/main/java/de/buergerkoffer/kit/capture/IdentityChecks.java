package de.buergerkoffer.kit.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.buergerkoffer.bundle.IdentityCheck;
import de.buergerkoffer.bundle.WireJson;

/**
 * The {@link IdentityCheck} of a case as the kit stores it: JSON in the wire mapper's form, or SQL
 * NULL when the case has none. Not encrypted: it names no person (source and outcome only).
 */
public final class IdentityChecks {

  private IdentityChecks() {}

  /** The stored form; null for none. */
  public static String toJson(IdentityCheck check) {
    if (check == null) {
      return null;
    }
    try {
      return WireJson.mapper().writeValueAsString(check);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("identity check cannot be written", e);
    }
  }

  /** Reads the stored form; null for none. */
  public static IdentityCheck fromJson(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return WireJson.mapper().readValue(json, IdentityCheck.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored identity check is not valid", e);
    }
  }
}
