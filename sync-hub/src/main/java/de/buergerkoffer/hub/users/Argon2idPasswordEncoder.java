package de.buergerkoffer.hub.users;

import de.buergerkoffer.bundle.crypto.PinHash;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id (RFC 9106, OWASP's minimum settings) as a Spring Security {@link PasswordEncoder}, so
 * staff passwords are hashed by the project's one crypto module ({@link PinHash}, PHC string
 * format) and Spring's {@code DelegatingPasswordEncoder} can add stronger algorithms later.
 */
final class Argon2idPasswordEncoder implements PasswordEncoder {

  @Override
  public String encode(CharSequence rawPassword) {
    return PinHash.hash(chars(rawPassword), PinHash.DEFAULT);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    return PinHash.matches(chars(rawPassword), encodedPassword);
  }

  private static char[] chars(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = text.charAt(i);
    }
    return out;
  }
}
