package de.buergerkoffer.kit.web;

import de.buergerkoffer.forms.CaseSummary;
import de.buergerkoffer.forms.FieldError;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.kit.capture.CaptureResult;
import de.buergerkoffer.kit.capture.CaptureService;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.capture.Clerk;
import de.buergerkoffer.kit.capture.FreezeState;
import de.buergerkoffer.kit.clerks.LoggedInClerk;
import de.buergerkoffer.kit.export.UsbExport;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clerk's pages: services, the form, the case number. */
@Controller
class KitPages {

  private final CaptureService capture;
  private final CaseStore cases;
  private final FormCatalog catalog;
  private final UsbExport usb;

  KitPages(UsbExport usb, CaptureService capture, CaseStore cases, FormCatalog catalog) {
    this.capture = capture;
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

  @GetMapping("/antrag/{formId}")
  String form(@PathVariable String formId, Model model) {
    if (capture.freezeState() instanceof FreezeState.Frozen) {
      return "redirect:/";
    }
    return showForm(form(formId), Map.of(), Map.of(), model);
  }

  @PostMapping("/antrag/{formId}")
  String submit(
      @PathVariable String formId,
      @RequestParam Map<String, String> params,
      @AuthenticationPrincipal LoggedInClerk clerk,
      Model model) {
    FormDefinition form = form(formId);
    Map<String, String> values =
        params.entrySet().stream()
            .filter(e -> form.field(e.getKey()).isPresent())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    // the form was open, so this case was started: it is finished even if the kit froze meanwhile
    CaptureResult result =
        capture.capture(
            formId,
            new Clerk(clerk.username(), clerk.displayName()),
            values,
            java.util.List.of(),
            true);
    if (result instanceof CaptureResult.Captured c) {
      return "redirect:/vorgang/" + c.captured().caseId();
    }
    if (result instanceof CaptureResult.Invalid i) {
      Map<String, String> errors =
          i.errors().stream()
              .collect(Collectors.toMap(FieldError::fieldId, FieldError::messageDe, (a, b) -> a));
      return showForm(form, values, errors, model);
    }
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Unbekannte Leistung");
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

  private String showForm(
      FormDefinition form, Map<String, String> values, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "form";
  }

  private FormDefinition form(String formId) {
    return catalog
        .latest(formId)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unbekannte Leistung"));
  }
}
