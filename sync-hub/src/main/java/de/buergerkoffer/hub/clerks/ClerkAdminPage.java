package de.buergerkoffer.hub.clerks;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page "Sachbearbeitung": clerk accounts, new clerk, new PIN, (de)activate. */
@Controller
class ClerkAdminPage {

  private static final String PAGE = "redirect:/admin/sachbearbeitung";

  private final ClerkAdmin admin;

  ClerkAdminPage(ClerkAdmin admin) {
    this.admin = admin;
  }

  @GetMapping("/admin/sachbearbeitung")
  String page(Model model) {
    model.addAttribute("clerks", admin.all());
    return "sachbearbeitung";
  }

  @PostMapping("/admin/sachbearbeitung")
  String create(
      @RequestParam String username,
      @RequestParam String displayName,
      @RequestParam String pin,
      @RequestParam(defaultValue = "") String kits,
      RedirectAttributes flash) {
    return run(
        flash,
        () -> admin.create(new ClerkAdmin.NewClerk(username, displayName, pin, kitList(kits))),
        "Konto „" + username.strip().toLowerCase(java.util.Locale.ROOT) + "“ angelegt.");
  }

  @PostMapping("/admin/sachbearbeitung/{username}/name")
  String rename(
      @PathVariable String username, @RequestParam String displayName, RedirectAttributes flash) {
    return run(flash, () -> admin.rename(username, displayName), "Anzeigename geändert.");
  }

  @PostMapping("/admin/sachbearbeitung/{username}/koffer")
  String kits(
      @PathVariable String username,
      @RequestParam(defaultValue = "") String kits,
      RedirectAttributes flash) {
    return run(flash, () -> admin.assignKits(username, kitList(kits)), "Koffer zugeordnet.");
  }

  @PostMapping("/admin/sachbearbeitung/{username}/pin")
  String pin(@PathVariable String username, @RequestParam String pin, RedirectAttributes flash) {
    return run(flash, () -> admin.setPin(username, pin), "Neue PIN gesetzt.");
  }

  @PostMapping("/admin/sachbearbeitung/{username}/aktiv")
  String active(
      @PathVariable String username, @RequestParam boolean active, RedirectAttributes flash) {
    return run(
        flash,
        () -> admin.setActive(username, active),
        active ? "Konto wieder aktiviert." : "Konto deaktiviert.");
  }

  private static String run(RedirectAttributes flash, Runnable change, String done) {
    try {
      change.run();
      flash.addFlashAttribute("message", done);
    } catch (ClerkException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return PAGE;
  }

  /** "kit-01, kit-02" or empty (all kits). */
  private static List<String> kitList(String text) {
    return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
  }
}
