package de.buergerkoffer.hub.inbox;

import de.buergerkoffer.forms.CaseSummary;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The town hall's inbox page (Posteingang). */
@Controller
class InboxPage {

  private final ReceivedCases cases;
  private final FormCatalog catalog;

  InboxPage(ReceivedCases cases, FormCatalog catalog) {
    this.cases = cases;
    this.catalog = catalog;
  }

  @GetMapping("/")
  String inbox(Model model) {
    Map<String, String> titles =
        catalog.current().stream()
            .collect(Collectors.toMap(FormDefinition::id, FormDefinition::titleDe, (a, b) -> a));
    List<ReceivedCase> recent = cases.recent(500);
    // each case shown with the labels of the exact form version it was captured with
    Map<UUID, List<CaseSummary.Line>> lines = new HashMap<>();
    for (ReceivedCase c : recent) {
      catalog
          .find(c.formId(), c.formVersion())
          .ifPresent(form -> lines.put(c.caseId(), CaseSummary.of(form, c.fields()).lines()));
    }
    model.addAttribute("cases", recent);
    model.addAttribute("titles", titles);
    model.addAttribute("lines", lines);
    return "inbox";
  }
}
