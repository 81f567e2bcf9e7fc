package de.buergerkoffer.hub.enrollment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page "Koffer anmelden": create a token, show it as text and QR code, list tokens. */
@Controller
class EnrollmentAdminPage {

  private final EnrollmentTokens tokens;

  EnrollmentAdminPage(EnrollmentTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/admin/anmeldung")
  String page(Model model) {
    model.addAttribute("tokens", tokens.all());
    if (!model.containsAttribute("created")) {
      model.addAttribute("created", null);
    }
    return "anmeldung";
  }

  @PostMapping("/admin/anmeldung")
  String create(RedirectAttributes redirect) {
    EnrollmentTokens.TokenView token = tokens.create(null);
    // post/redirect/get: reloading the page does not create another token; a flash attribute
    // keeps the token out of the address bar, the browser history and access logs
    redirect.addFlashAttribute("created", token);
    return "redirect:/admin/anmeldung";
  }
}
