package de.buergerkoffer.hub.users;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Verwaltung ▸ Benutzer: town-hall accounts, their roles, passwords and lockouts. */
@Controller
class StaffAdminPage {

  private final StaffAccounts accounts;

  StaffAdminPage(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/admin/benutzer")
  String page(Model model) {
    model.addAttribute("users", accounts.all());
    model.addAttribute("roles", StaffRole.values());
    model.addAttribute("now", accounts.now());
    return "benutzer";
  }

  @PostMapping("/admin/benutzer")
  String create(
      Principal admin,
      @RequestParam String username,
      @RequestParam(required = false) String displayName,
      @RequestParam StaffRole role,
      @RequestParam String password,
      RedirectAttributes redirect) {
    return act(
        redirect,
        () -> accounts.create(admin.getName(), username, displayName, role, password),
        "users.created");
  }

  @PostMapping("/admin/benutzer/{username}/rolle")
  String role(
      Principal admin,
      @PathVariable String username,
      @RequestParam StaffRole role,
      RedirectAttributes redirect) {
    return act(redirect, () -> accounts.setRole(admin.getName(), username, role), "users.saved");
  }

  @PostMapping("/admin/benutzer/{username}/passwort")
  String password(
      Principal admin,
      @PathVariable String username,
      @RequestParam String password,
      RedirectAttributes redirect) {
    return act(
        redirect, () -> accounts.setPassword(admin.getName(), username, password), "users.saved");
  }

  @PostMapping("/admin/benutzer/{username}/aktiv")
  String enabled(
      Principal admin,
      @PathVariable String username,
      @RequestParam boolean enabled,
      RedirectAttributes redirect) {
    return act(
        redirect, () -> accounts.setEnabled(admin.getName(), username, enabled), "users.saved");
  }

  @PostMapping("/admin/benutzer/{username}/entsperren")
  String unlock(Principal admin, @PathVariable String username, RedirectAttributes redirect) {
    return act(redirect, () -> accounts.unlock(admin.getName(), username), "users.saved");
  }

  private static String act(RedirectAttributes redirect, Runnable action, String doneKey) {
    try {
      action.run();
      redirect.addFlashAttribute("done", doneKey);
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/benutzer";
  }
}
