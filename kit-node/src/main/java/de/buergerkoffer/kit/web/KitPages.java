package de.buergerkoffer.kit.web;

import de.buergerkoffer.forms.CaseSummary;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.export.UsbExport;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clerk's pages outside a visit: a captured case, the USB stick. */
@Controller
class KitPages {

  private final CaseStore cases;
  private final FormCatalog catalog;
  private final UsbExport usb;

  KitPages(UsbExport usb, CaseStore cases, FormCatalog catalog) {
    this.cases = cases;
    this.catalog = catalog;
    this.usb = usb;
  }

  /** Writes the pending bundles to a USB stick: the way out when there is no network for days. */
  @PostMapping("/usb/export")
  String exportToStick(@RequestParam String folder, RedirectAttributes flash) {
    try {
      UsbExport.Exported done = usb.exportTo(Path.of(folder));
      flash.addFlashAttribute(
          "usbMessage",
          done.bundles()
              + " Anträge versiegelt auf den Stick geschrieben ("
              + done.folder()
              + "). Im Rathaus einlesen lassen.");
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      flash.addFlashAttribute("usbError", e.getMessage());
    }
    return "redirect:/uebertragung";
  }

  /** Reads the town hall's signed acknowledgements from the stick. */
  @PostMapping("/usb/acks")
  String acksFromStick(@RequestParam String folder, RedirectAttributes flash) {
    try {
      int applied = usb.importAcks(Path.of(folder));
      flash.addFlashAttribute(
          "usbMessage", applied + " Bestätigungen des Rathauses vom Stick übernommen.");
    } catch (java.io.UncheckedIOException e) {
      flash.addFlashAttribute("usbError", e.getMessage());
    }
    return "redirect:/uebertragung";
  }

  @GetMapping("/vorgang/{caseId}")
  String captured(@PathVariable UUID caseId, Model model) {
    var c =
        cases
            .find(caseId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Kein Vorgang"));
    model.addAttribute("c", c);
    model.addAttribute(
        "summary",
        catalog
            .find(c.formId(), c.formVersion())
            .map(form -> CaseSummary.of(form, c.fields()))
            .orElse(null));
    return "captured";
  }
}
