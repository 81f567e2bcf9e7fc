package de.buergerkoffer.hub.review;

import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.hub.quarantine.QuarantineEntry;
import java.security.Principal;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page "Quarantäne": what the hub could not accept, with the reason in German, the raw
 * bundle to download, and the two ways out: release (try again after the cause was fixed) or reject
 * (closed for good, kept for the audit).
 */
@Controller
class QuarantinePage {

  private static final int LIMIT = 200;

  private final QuarantineReview review;
  private final MessageSource messages;

  QuarantinePage(QuarantineReview review, MessageSource messages) {
    this.review = review;
    this.messages = messages;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  private String reason(RejectReason reason) {
    return messages.getMessage(
        "reason." + reason.name(),
        null,
        ReasonTexts.german(reason),
        LocaleContextHolder.getLocale());
  }

  static String actor(Principal user) {
    return user == null ? "admin" : user.getName();
  }

  @GetMapping("/admin/quarantaene")
  String list(Model model) {
    model.addAttribute("open", review.open(LIMIT));
    model.addAttribute("closed", review.closed(50));
    model.addAttribute("reasons", reasonTexts(this::reason));
    if (!model.containsAttribute("message")) {
      model.addAttribute("message", null);
    }
    return "quarantaene";
  }

  @GetMapping("/admin/quarantaene/{id}")
  String detail(@PathVariable long id, Model model) {
    QuarantineEntry entry = review.find(id).orElseThrow(() -> notFound(id));
    model.addAttribute("entry", entry);
    RejectReason why = entry.bundle().reason();
    model.addAttribute("reason", reason(why));
    model.addAttribute(
        "hint",
        messages.getMessage(
            "reason.hint." + why.name(),
            null,
            text("reason.hint.default"),
            LocaleContextHolder.getLocale()));
    if (!model.containsAttribute("message")) {
      model.addAttribute("message", null);
    }
    if (!model.containsAttribute("error")) {
      model.addAttribute("error", null);
    }
    return "quarantaene-detail";
  }

  @GetMapping("/admin/quarantaene/{id}/roh")
  ResponseEntity<byte[]> raw(@PathVariable long id) {
    QuarantineEntry entry = review.find(id).orElseThrow(() -> notFound(id));
    byte[] raw = review.raw(id).orElseThrow(() -> notFound(id));
    String name =
        "quarantaene-"
            + id
            + (entry.bundle().bundleId() == null ? "" : "-" + entry.bundle().bundleId())
            + ".bin";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .body(raw);
  }

  @PostMapping("/admin/quarantaene/{id}/freigeben")
  String release(@PathVariable long id, Principal user, RedirectAttributes redirect) {
    QuarantineReview.Release outcome = review.release(id, actor(user));
    if (outcome instanceof QuarantineReview.Release.Stored stored) {
      redirect.addFlashAttribute(
          "message",
          stored.newCases() == 0
              ? text("q.msg.releasedDuplicate")
              : text("q.msg.released", stored.newCases()));
    } else if (outcome instanceof QuarantineReview.Release.StillQuarantined still) {
      redirect.addFlashAttribute(
          "error", text("q.msg.stillRefused", reason(still.reason()), still.detail()));
    } else {
      redirect.addFlashAttribute("error", text("q.msg.notOpen"));
    }
    return "redirect:/admin/quarantaene/" + id;
  }

  @PostMapping("/admin/quarantaene/{id}/ablehnen")
  String reject(
      @PathVariable long id,
      @RequestParam(name = "note", required = false) String note,
      Principal user,
      RedirectAttributes redirect) {
    if (note == null || note.isBlank()) {
      redirect.addFlashAttribute("error", text("q.msg.noteMissing"));
      return "redirect:/admin/quarantaene/" + id;
    }
    if (!review.reject(id, actor(user), note)) {
      redirect.addFlashAttribute("error", text("q.msg.notOpen"));
      return "redirect:/admin/quarantaene/" + id;
    }
    redirect.addFlashAttribute("message", text("q.msg.rejected", String.valueOf(id)));
    return "redirect:/admin/quarantaene";
  }

  private static Map<String, String> reasonTexts(Function<RejectReason, String> text) {
    return Arrays.stream(RejectReason.values()).collect(Collectors.toMap(RejectReason::name, text));
  }

  private static ResponseStatusException notFound(long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no quarantine entry " + id);
  }
}
