package de.buergerkoffer.hub.users;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security handles the form's POST. */
@Controller
class LoginPage {

  @GetMapping("/anmelden")
  String login() {
    return "login";
  }
}
