package de.buergerkoffer.kit.web;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The transfer page ({@code /uebertragung}): bundles and bytes per case while the kit sends, the
 * USB stick way out when there is no network for days.
 */
@Controller
class SyncPage {

  private final SyncProgress progress;
  private final FormCatalog catalog;

  SyncPage(SyncProgress progress, FormCatalog catalog) {
    this.progress = progress;
    this.catalog = catalog;
  }

  @GetMapping("/uebertragung")
  String page(Model model) {
    List<SyncProgress.Row> rows = progress.rows();
    model.addAttribute("rows", rows);
    model.addAttribute("totals", progress.totals(rows));
    model.addAttribute(
        "titles",
        catalog.current().stream()
            .collect(Collectors.toMap(FormDefinition::id, f -> f, (a, b) -> b)));
    return "sync";
  }

  /** The same as JSON, for the page's refresh while sending. */
  @GetMapping("/uebertragung.json")
  @ResponseBody
  Map<String, Object> json() {
    List<SyncProgress.Row> rows = progress.rows();
    return Map.of("rows", rows, "totals", progress.totals(rows));
  }
}
