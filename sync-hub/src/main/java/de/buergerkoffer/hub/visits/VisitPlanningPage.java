package de.buergerkoffer.hub.visits;

import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.hub.kits.KitRecord;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page "Besuchsplanung": choose a kit and a day, add, change and remove visits. Every change
 * publishes the kit's plan; the page says whether the broker has it.
 */
@Controller
class VisitPlanningPage {

  private final VisitPlanning planning;
  private final MessageSource messages;

  /** A day with visits, for the overview list. */
  record PlannedDay(LocalDate day, String label, long visits) {}

  VisitPlanningPage(VisitPlanning planning, MessageSource messages) {
    this.planning = planning;
    this.messages = messages;
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  /** The problems by field, in the page's language. */
  private Map<String, String> translated(VisitRejected e) {
    Map<String, String> byField = new java.util.LinkedHashMap<>();
    for (VisitRejected.Problem p : e.problems()) {
      byField.putIfAbsent(
          p.field(),
          messages.getMessage(
              "visit.problem." + p.code(),
              new Object[] {p.argument()},
              p.message(),
              LocaleContextHolder.getLocale()));
    }
    return byField;
  }

  /** Who is acting: the logged-in user once login exists, else "admin". */
  static String actor(Principal user) {
    return user == null ? "admin" : user.getName();
  }

  @GetMapping("/planung")
  String page(
      @RequestParam(name = "koffer", required = false) String kitId,
      @RequestParam(name = "tag", required = false) LocalDate day,
      Model model) {
    List<KitRecord> kits = planning.plannableKits();
    if ((kitId == null || kitId.isBlank()) && !kits.isEmpty()) {
      kitId = kits.get(0).kitId();
    }
    LocalDate shown = day == null ? planning.today() : day;
    fill(model, kits, kitId, shown);
    model.addAttribute("editing", null);
    model.addAttribute("draft", new VisitDraft(shown, "", "", "", List.of(), ""));
    model.addAttribute("errors", Map.of());
    return "planung";
  }

  @GetMapping("/planung/besuch/{visitId}")
  String edit(@PathVariable UUID visitId, Model model) {
    Visit visit = planning.find(visitId).orElseThrow(() -> notFound(visitId));
    fill(model, planning.plannableKits(), visit.kitId(), visit.day());
    model.addAttribute("editing", visit);
    model.addAttribute("draft", VisitDraft.of(visit));
    model.addAttribute("errors", Map.of());
    return "planung";
  }

  @PostMapping("/planung/besuch")
  String add(
      @RequestParam("kitId") String kitId,
      @RequestParam(name = "day", required = false) LocalDate day,
      @RequestParam(name = "time", required = false) String time,
      @RequestParam(name = "residentName", required = false) String residentName,
      @RequestParam(name = "address", required = false) String address,
      @RequestParam(name = "formIds", required = false) List<String> formIds,
      @RequestParam(name = "note", required = false) String note,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    VisitDraft draft = new VisitDraft(day, time, residentName, address, formIds, note);
    try {
      Visit visit = planning.add(kitId, draft, actor(user));
      redirect.addFlashAttribute("message", text("plan.msg.added", visit.residentName()));
      return redirectTo(kitId, visit.day());
    } catch (VisitRejected e) {
      return withErrors(model, kitId, day, null, draft, e);
    }
  }

  @PostMapping("/planung/besuch/{visitId}")
  String update(
      @PathVariable UUID visitId,
      @RequestParam(name = "day", required = false) LocalDate day,
      @RequestParam(name = "time", required = false) String time,
      @RequestParam(name = "residentName", required = false) String residentName,
      @RequestParam(name = "address", required = false) String address,
      @RequestParam(name = "formIds", required = false) List<String> formIds,
      @RequestParam(name = "note", required = false) String note,
      Principal user,
      Model model,
      RedirectAttributes redirect) {
    Visit old = planning.find(visitId).orElseThrow(() -> notFound(visitId));
    VisitDraft draft = new VisitDraft(day, time, residentName, address, formIds, note);
    try {
      Visit visit = planning.update(visitId, draft, actor(user));
      redirect.addFlashAttribute("message", text("plan.msg.changed", visit.residentName()));
      return redirectTo(visit.kitId(), visit.day());
    } catch (VisitRejected e) {
      return withErrors(model, old.kitId(), old.day(), old, draft, e);
    }
  }

  @PostMapping("/planung/besuch/{visitId}/entfernen")
  String remove(@PathVariable UUID visitId, Principal user, RedirectAttributes redirect) {
    Visit old = planning.find(visitId).orElseThrow(() -> notFound(visitId));
    planning.remove(visitId, actor(user));
    redirect.addFlashAttribute("message", text("plan.msg.removed", old.residentName()));
    return redirectTo(old.kitId(), old.day());
  }

  private String withErrors(
      Model model, String kitId, LocalDate day, Visit editing, VisitDraft draft, VisitRejected e) {
    fill(model, planning.plannableKits(), kitId, day == null ? planning.today() : day);
    model.addAttribute("editing", editing);
    model.addAttribute("draft", draft);
    model.addAttribute("errors", translated(e));
    return "planung";
  }

  private void fill(Model model, List<KitRecord> kits, String kitId, LocalDate day) {
    List<FormDefinition> services = planning.services();
    Map<String, String> titles =
        services.stream()
            .collect(Collectors.toMap(FormDefinition::id, FormDefinition::titleDe, (a, b) -> a));
    model.addAttribute("kits", kits);
    model.addAttribute("kitId", kitId);
    model.addAttribute("day", day);
    model.addAttribute("today", planning.today());
    model.addAttribute("services", services);
    model.addAttribute("titles", titles);
    boolean known = kitId != null && kits.stream().anyMatch(k -> k.kitId().equals(kitId));
    model.addAttribute("kitKnown", known);
    model.addAttribute("visits", known ? planning.onDay(kitId, day) : List.of());
    Map<LocalDate, Long> perDay =
        known
            ? planning.upcoming(kitId).stream()
                .collect(Collectors.groupingBy(Visit::day, TreeMap::new, Collectors.counting()))
            : Map.of();
    Locale locale = LocaleContextHolder.getLocale();
    DateTimeFormatter shortDay =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    DateTimeFormatter longDay =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
    model.addAttribute(
        "days",
        perDay.entrySet().stream()
            .map(e -> new PlannedDay(e.getKey(), shortDay.format(e.getKey()), e.getValue()))
            .toList());
    model.addAttribute("dayLabel", longDay.format(day));
    model.addAttribute("plan", known ? planning.lastIssued(kitId).orElse(null) : null);
    if (!model.containsAttribute("message")) {
      model.addAttribute("message", null);
    }
  }

  private static String redirectTo(String kitId, LocalDate day) {
    return "redirect:"
        + UriComponentsBuilder.fromPath("/planung")
            .queryParam("koffer", kitId)
            .queryParam("tag", day)
            .encode()
            .toUriString();
  }

  private static ResponseStatusException notFound(UUID visitId) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no visit " + visitId);
  }
}
