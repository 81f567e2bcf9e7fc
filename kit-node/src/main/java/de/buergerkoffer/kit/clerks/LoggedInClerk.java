package de.buergerkoffer.kit.clerks;

import java.io.Serializable;

/**
 * The clerk logged into this session (the Spring Security principal).
 *
 * @param username the login name
 * @param displayName recorded on the cases the clerk captures
 */
public record LoggedInClerk(String username, String displayName) implements Serializable {

  @Override
  public String toString() {
    return username;
  }
}
