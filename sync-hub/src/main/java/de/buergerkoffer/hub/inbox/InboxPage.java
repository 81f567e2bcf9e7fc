package de.buergerkoffer.hub.inbox;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import java.util.Map;
import java.util.function.Function;
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
    model.addAttribute("cases", cases.recent(500));
    model.addAttribute("titles", titles);
    model.addAttribute(
        "forms",
        catalog.current().stream()
            .collect(Collectors.toMap(FormDefinition::id, Function.identity(), (a, b) -> a)));
    return "inbox";
  }
}
