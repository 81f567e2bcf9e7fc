package de.buergerkoffer.hub.users;

import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.hub.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins towards the lockout and writes logins, failures and logouts to the audit
 * log. API calls with HTTP Basic authenticate on every request: they are not audited as logins, but
 * their failures count like any other.
 */
@Component
class LoginEvents {

  private final StaffAccounts accounts;
  private final AuditLog audit;

  LoginEvents(StaffAccounts accounts, AuditLog audit) {
    this.accounts = accounts;
    this.audit = audit;
  }

  /** Called by the form login's success handler. */
  void interactiveLogin(String name) {
    accounts.loggedIn(name);
    audit.record(name, AuditAction.LOGIN, name, "hub");
  }

  @EventListener
  void authenticated(AuthenticationSuccessEvent event) {
    accounts.authenticated(event.getAuthentication().getName());
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    String name = String.valueOf(event.getAuthentication().getPrincipal());
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      accounts.loginFailed(name);
    }
    // the name typed is recorded only if it is an account: a password typed into the name field
    // must not end up in the log
    String subject = accounts.find(name).isPresent() ? StaffAccounts.normalise(name) : "?";
    audit.record(
        "hub", AuditAction.LOGIN_FAILED, subject, event.getException().getClass().getSimpleName());
  }

  @EventListener
  void logout(LogoutSuccessEvent event) {
    String name = event.getAuthentication().getName();
    audit.record(name, AuditAction.LOGOUT, name, "hub");
  }
}
