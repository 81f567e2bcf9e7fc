package de.buergerkoffer.hub.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The read-only admin page "Formulare": which forms and versions are in force. */
@Controller
class CatalogAdminPage {

  private final HubCatalog catalog;

  CatalogAdminPage(HubCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/admin/formulare")
  String page(Model model) {
    model.addAttribute("catalog", CatalogAdminController.view(catalog));
    return "formulare";
  }
}
