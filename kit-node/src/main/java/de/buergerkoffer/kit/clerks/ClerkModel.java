package de.buergerkoffer.kit.clerks;

import de.buergerkoffer.kit.config.KitProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the logged-in clerk (status bar, logout button) and the session timeout (the
 * page script's inactivity warning).
 */
@ControllerAdvice(annotations = Controller.class)
class ClerkModel {

  private final long timeoutSeconds;

  ClerkModel(KitProperties properties) {
    this.timeoutSeconds = KitSecurityConfig.sessionTimeout(properties).toSeconds();
  }

  @ModelAttribute("clerk")
  LoggedInClerk clerk() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof LoggedInClerk clerk ? clerk : null;
  }

  @ModelAttribute("sessionTimeoutSeconds")
  long sessionTimeoutSeconds() {
    return timeoutSeconds;
  }
}
