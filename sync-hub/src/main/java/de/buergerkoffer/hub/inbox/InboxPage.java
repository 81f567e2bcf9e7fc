package de.buergerkoffer.hub.inbox;

import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The town hall's inbox page (Posteingang) with filters, search and paging. */
@Controller
class InboxPage {

  static final int PAGE_SIZE = 25;

  private final ReceivedCases cases;
  private final FormCatalog catalog;

  InboxPage(ReceivedCases cases, FormCatalog catalog) {
    this.cases = cases;
    this.catalog = catalog;
  }

  @GetMapping("/")
  String inbox(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String leistung,
      @RequestParam(required = false) String koffer,
      @RequestParam(required = false) String erfasser,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate von,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate bis,
      @RequestParam(defaultValue = "0") int seite,
      Model model) {
    InboxFilter filter = new InboxFilter(q, leistung, koffer, erfasser, status, von, bis);
    ReceivedCases.Found found = cases.search(filter, Math.max(0, seite), PAGE_SIZE);
    Map<String, String> titles = new TreeMap<>();
    for (FormDefinition form : catalog.current()) {
      titles.putIfAbsent(form.id(), form.titleDe());
    }
    model.addAttribute("found", found);
    model.addAttribute("filter", filter);
    model.addAttribute("titles", titles);
    model.addAttribute("choices", cases.choices());
    model.addAttribute("statuses", WorkStatus.values());
    return "inbox";
  }
}
