package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.kit.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs a clerk out when the session saw no request for longer than the session timeout, with the
 * kit's clock (the servlet container counts in whole minutes and stays as a backstop). The page
 * script returns to the login page at the same time; this catches a kit whose screen was left on
 * without it.
 */
final class InactivityLogout extends OncePerRequestFilter {

  static final String LAST_ACTIVITY = "bk.clerk.lastActivity";

  /**
   * What the pages fetch by themselves every few seconds (the status bar): not the clerk's doing,
   * so it does not keep the session alive.
   */
  static final java.util.Set<String> BACKGROUND = java.util.Set.of("/status.json");

  private final Duration timeout;
  private final Clock clock;
  private final AuditLog audit;
  private final String loginPath;

  InactivityLogout(Duration timeout, Clock clock, AuditLog audit, String loginPath) {
    this.timeout = timeout;
    this.clock = clock;
    this.audit = audit;
    this.loginPath = loginPath;
  }

  /** Whether a session last used then has run out now. */
  static boolean expired(Instant lastActivity, Instant now, Duration timeout) {
    return Duration.between(lastActivity, now).compareTo(timeout) > 0;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (session != null && auth != null && auth.getPrincipal() instanceof LoggedInClerk clerk) {
      Instant now = clock.instant();
      if (session.getAttribute(LAST_ACTIVITY) instanceof Instant last
          && expired(last, now, timeout)) {
        audit.record(clerk.username(), AuditAction.LOGOUT, clerk.username(), "inactivity");
        session.invalidate();
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + loginPath + "?abgelaufen");
        return;
      }
      if (!BACKGROUND.contains(request.getServletPath())) {
        session.setAttribute(LAST_ACTIVITY, now);
      }
    }
    chain.doFilter(request, response);
  }
}
