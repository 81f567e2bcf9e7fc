package de.buergerkoffer.hub.kits;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page "Koffer": every kit with enrolment, certificate, last contact, what the hub holds
 * of unfinished transfers, cases received and state; revocation behind a confirmation page that
 * asks for the reason.
 */
@Controller
class KitAdminPage {

  /** A kit not heard from for longer than this is marked on the page. */
  static final Duration QUIET = Duration.ofDays(3);

  private final KitAdmin admin;
  private final KitActivity activity;
  private final Clock clock;
  private final MessageSource messages;

  KitAdminPage(KitAdmin admin, KitActivity activity, Clock clock, MessageSource messages) {
    this.admin = admin;
    this.activity = activity;
    this.clock = clock;
    this.messages = messages;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  @GetMapping("/admin/koffer")
  String list(Model model) {
    Map<String, Long> pending = activity.pendingBytes();
    Map<String, Integer> cases = activity.casesReceived();
    Map<String, Instant> expiry = activity.certificateExpiry();
    List<KitOverview> kits =
        admin.kits().stream()
            .map(
                k ->
                    new KitOverview(
                        k,
                        expiry.get(k.kitId()),
                        pending.getOrDefault(k.kitId(), 0L),
                        cases.getOrDefault(k.kitId(), 0)))
            .toList();
    model.addAttribute("kits", kits);
    model.addAttribute("quietSince", clock.instant().minus(QUIET));
    model.addAttribute("now", clock.instant());
    if (!model.containsAttribute("message")) {
      model.addAttribute("message", null);
    }
    return "koffer";
  }

  @GetMapping("/admin/koffer/{kitId}/sperren")
  String confirm(@PathVariable String kitId, Model model) {
    KitRecord kit = find(kitId);
    model.addAttribute("kit", kit);
    if (!model.containsAttribute("error")) {
      model.addAttribute("error", null);
    }
    return "koffer-sperren";
  }

  @PostMapping("/admin/koffer/{kitId}/sperren")
  String revoke(
      @PathVariable String kitId,
      @RequestParam(name = "reason", required = false) String reason,
      Principal user,
      RedirectAttributes redirect) {
    KitRecord kit = find(kitId);
    if (reason == null || reason.isBlank()) {
      redirect.addFlashAttribute("error", text("kits.err.reason"));
      return "redirect:/admin/koffer/" + kit.kitId() + "/sperren";
    }
    admin.revoke(kit.kitId(), reason.strip(), user == null ? "admin" : user.getName());
    redirect.addFlashAttribute("message", text("kits.msg.revoked", kit.kitId()));
    return "redirect:/admin/koffer";
  }

  private KitRecord find(String kitId) {
    return admin.kits().stream()
        .filter(k -> k.kitId().equals(kitId))
        .findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no kit " + kitId));
  }
}
