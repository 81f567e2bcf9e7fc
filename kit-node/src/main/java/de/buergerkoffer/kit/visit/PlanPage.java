package de.buergerkoffer.kit.visit;

import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.hardware.printer.PrintResult;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.casestatus.TownHallStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The start page: today's visit plan from the town hall, visits still open (to resume after a
 * reload or restart), a visit started on the spot, and the cases on this kit with their state at
 * the town hall. Also the list of receipts still to print.
 */
@Controller
class PlanPage {

  private final VisitPlans plans;
  private final VisitFlow flow;
  private final CaseStore cases;
  private final FormCatalog catalog;
  private final TownHallStatus townHall;
  private final ReceiptDesk receipts;
  private final Clock clock;

  PlanPage(
      VisitPlans plans,
      VisitFlow flow,
      CaseStore cases,
      FormCatalog catalog,
      TownHallStatus townHall,
      ReceiptDesk receipts,
      Clock clock) {
    this.plans = plans;
    this.flow = flow;
    this.cases = cases;
    this.catalog = catalog;
    this.townHall = townHall;
    this.receipts = receipts;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(Model model) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), VisitFlow.LOCAL_ZONE);
    model.addAttribute("today", today);
    model.addAttribute("planned", plans.on(today));
    model.addAttribute(
        "later",
        plans.current().map(VisitPlan::visits).orElse(java.util.List.of()).stream()
            .filter(v -> v.day().isAfter(today))
            .toList());
    var open = flow.open();
    model.addAttribute("openVisits", open);
    model.addAttribute(
        "started",
        open.stream()
            .filter(v -> v.plannedVisitId() != null)
            .collect(Collectors.toMap(Visit::plannedVisitId, Visit::id, (a, b) -> b)));
    model.addAttribute("cases", cases.recent(20));
    var board = townHall.byCase();
    model.addAttribute("townHall", board);
    model.addAttribute(
        "townHallText",
        board.entrySet().stream()
            .collect(
                Collectors.toMap(Map.Entry::getKey, e -> TownHallStatus.describeDe(e.getValue()))));
    model.addAttribute("unprinted", receipts.unprinted().size());
    model.addAttribute("titles", titles());
    return "home";
  }

  /** Starts a visit from the plan ({@code planned}) or on the spot ({@code residentName}). */
  @PostMapping("/besuch")
  String start(
      @RequestParam(required = false) UUID planned,
      @RequestParam(required = false) String residentName,
      RedirectAttributes flash) {
    Visit visit;
    if (planned != null) {
      visit =
          flow.start(
              plans
                  .find(planned)
                  .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    } else if (residentName != null && !residentName.isBlank()) {
      visit = flow.startOnTheSpot(residentName);
    } else {
      flash.addFlashAttribute("nameMissing", true);
      return "redirect:/";
    }
    return "redirect:/besuch/" + visit.id();
  }

  @GetMapping("/belege")
  String unprinted(Model model) {
    model.addAttribute(
        "receipts",
        receipts.unprinted().stream()
            .map(cases::find)
            .flatMap(java.util.Optional::stream)
            .toList());
    model.addAttribute("titles", titles());
    return "receipts";
  }

  @PostMapping("/belege/{caseId}/drucken")
  String printLater(@PathVariable UUID caseId, RedirectAttributes flash) {
    PrintResult result = receipts.print(caseId);
    flash.addFlashAttribute(
        "printMessage",
        result instanceof PrintResult.Failure f ? f.messageDe() : "Beleg gedruckt.");
    return "redirect:/belege";
  }

  private Map<String, FormDefinition> titles() {
    return catalog.current().stream()
        .collect(Collectors.toMap(FormDefinition::id, f -> f, (a, b) -> b));
  }
}
