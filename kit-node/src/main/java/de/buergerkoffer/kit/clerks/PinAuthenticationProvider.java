package de.buergerkoffer.kit.clerks;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Spring Security's side of {@link ClerkLogin}: user name and PIN from the login form or from HTTP
 * Basic. The principal of a successful login is the {@link LoggedInClerk}.
 */
final class PinAuthenticationProvider implements AuthenticationProvider {

  /** The one generic refusal: it does not say whether the name exists or is active. */
  static final String REFUSED = "Benutzername oder PIN falsch.";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'Uhr'").withZone(ZoneId.of("Europe/Berlin"));

  private final ClerkLogin login;
  private final boolean auditSuccess;

  PinAuthenticationProvider(ClerkLogin login, boolean auditSuccess) {
    this.login = login;
    this.auditSuccess = auditSuccess;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    char[] pin = credentials == null ? new char[0] : credentials.toString().toCharArray();
    ClerkLogin.Result result = login.attempt(username, pin, auditSuccess);
    if (result instanceof ClerkLogin.Result.Success success) {
      return UsernamePasswordAuthenticationToken.authenticated(
          success.clerk(), null, List.of(new SimpleGrantedAuthority("ROLE_CLERK")));
    }
    if (result instanceof ClerkLogin.Result.Locked locked) {
      throw new LockedException(
          "Zu viele falsche PINs: Dieser Benutzername ist gesperrt bis "
              + TIME.format(locked.until())
              + ".");
    }
    throw new BadCredentialsException(REFUSED);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
