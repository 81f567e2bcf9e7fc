package de.buergerkoffer.hub.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout ({@code layout :: page}) needs on every page: who is logged in, with which
 * role, and the current path (to mark the navigation and keep it on a language switch).
 */
@ControllerAdvice(annotations = Controller.class)
class HubLayoutAdvice {

  /**
   * The logged-in staff member as the layout shows them.
   *
   * @param name the login name, empty when nobody is logged in
   */
  record Staff(String name, boolean loggedIn, boolean admin, boolean caseWorker) {}

  @ModelAttribute("staff")
  Staff staff() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return new Staff("", false, false, false);
    }
    boolean admin = has(auth, "ROLE_ADMIN");
    return new Staff(auth.getName(), true, admin, admin || has(auth, "ROLE_CASE_WORKER"));
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean has(Authentication auth, String authority) {
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(authority::equals);
  }
}
