package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.kit.enrollment.KitEnrollment;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page ({@code GET /anmelden}; the form posts to Spring Security) and the keep-alive. */
@Controller
class LoginPage {

  private final ClerkLogin login;
  private final KitEnrollment enrollment;

  LoginPage(ClerkLogin login, KitEnrollment enrollment) {
    this.login = login;
    this.enrollment = enrollment;
  }

  @GetMapping(KitSecurityConfig.LOGIN)
  String page(
      @RequestParam(required = false) String fehler,
      @RequestParam(required = false) String abgelaufen,
      @RequestParam(required = false) String abgemeldet,
      HttpSession session,
      Model model) {
    String error = null;
    if (fehler != null) {
      Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      error =
          last instanceof AuthenticationException e && e.getMessage() != null
              ? e.getMessage()
              : PinAuthenticationProvider.REFUSED;
      session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
    model.addAttribute("error", error);
    model.addAttribute(
        "notice",
        abgelaufen != null
            ? "Sie wurden wegen Inaktivität abgemeldet."
            : abgemeldet != null ? "Sie sind abgemeldet." : null);
    model.addAttribute("wiped", enrollment.wiped());
    model.addAttribute("noClerks", !login.hasClerks());
    return "anmelden";
  }

  /** Keeps the session alive when the clerk answers the inactivity warning. */
  @GetMapping("/sitzung")
  ResponseEntity<Void> keepAlive() {
    return ResponseEntity.noContent().build();
  }
}
