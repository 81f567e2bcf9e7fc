package de.buergerkoffer.kit.visit;

import de.buergerkoffer.forms.CaseSummary;
import de.buergerkoffer.forms.FieldError;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.hardware.printer.PrintResult;
import de.buergerkoffer.hardware.scanner.ScanResult;
import de.buergerkoffer.hardware.signature.Signature;
import de.buergerkoffer.hardware.signature.SignatureResult;
import de.buergerkoffer.kit.capture.CaptureResult;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.capture.Clerk;
import de.buergerkoffer.kit.clerks.LoggedInClerk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form of a visit, one step per page: sections of fields (saved on every change, checked when
 * leaving the step), documents with page previews, the signature, the summary in large print,
 * submit, and the page with the case number and the receipt.
 */
@Controller
class StepPages {

  private final VisitFlow flow;
  private final ReceiptDesk receipts;
  private final CaseStore cases;

  StepPages(VisitFlow flow, ReceiptDesk receipts, CaseStore cases) {
    this.flow = flow;
    this.receipts = receipts;
    this.cases = cases;
  }

  @GetMapping("/besuch/{visitId}/schritt/{step}")
  String show(@PathVariable UUID visitId, @PathVariable int step, Model model, Locale locale) {
    Visit visit = flow.get(visitId);
    if (visit.draft() == null) {
      return "redirect:/besuch/" + visitId;
    }
    int last = flow.steps(visit).size() - 1;
    if (step < 0 || step > last) {
      return "redirect:/besuch/" + visitId + "/schritt/" + Math.min(Math.max(step, 0), last);
    }
    visit = flow.goTo(visitId, step);
    return render(visit, step, List.of(), model, locale);
  }

  /** Saves the step; leaves it when its values are valid ({@code go} = next or back). */
  @PostMapping("/besuch/{visitId}/schritt/{step}")
  String save(
      @PathVariable UUID visitId,
      @PathVariable int step,
      @RequestParam Map<String, String> posted,
      Model model,
      Locale locale) {
    String go = posted.getOrDefault("go", "next");
    Visit visit = flow.saveStep(visitId, step, posted);
    if ("back".equals(go)) {
      return "redirect:/besuch/" + visitId + "/schritt/" + Math.max(0, step - 1);
    }
    List<FieldError> errors = flow.errors(visit, step);
    if (!errors.isEmpty()) {
      return render(visit, step, errors, model, locale);
    }
    return "redirect:/besuch/" + visitId + "/schritt/" + (step + 1);
  }

  /** Autosave while typing: keeps the values without checking them. */
  @PostMapping("/besuch/{visitId}/schritt/{step}/entwurf")
  ResponseEntity<Void> autosave(
      @PathVariable UUID visitId,
      @PathVariable int step,
      @RequestParam Map<String, String> posted) {
    flow.saveValues(visitId, step, posted);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/besuch/{visitId}/scannen")
  String scan(
      @PathVariable UUID visitId,
      @RequestParam String attachmentId,
      @RequestParam int step,
      RedirectAttributes flash) {
    int before = flow.get(visitId).draft().pages().size();
    ScanResult result = flow.scan(visitId, attachmentId);
    if (result instanceof ScanResult.Failure failure) {
      flash.addFlashAttribute("scanError", failure.messageDe());
    } else if (result instanceof ScanResult.Scanned scanned && scanned.warningDe().isPresent()) {
      flash.addFlashAttribute("scanError", scanned.warningDe().get());
    }
    if (result instanceof ScanResult.Scanned) {
      List<VisitFlow.SupplementOffer> offers = flow.supplementOffers(visitId, before);
      if (!offers.isEmpty()) {
        flash.addFlashAttribute("supplementOffers", offers);
      }
    }
    return "redirect:/besuch/" + visitId + "/schritt/" + step;
  }

  /**
   * The clerk accepted "send the scan as a supplement to case X": the pages become a case of their
   * own ({@code nachreichung}) that goes out through the outbox; the draft keeps its other pages.
   */
  @PostMapping("/besuch/{visitId}/nachreichung")
  String supplement(
      @PathVariable UUID visitId,
      @RequestParam String caseNumber,
      @RequestParam String pages,
      @RequestParam int step,
      @AuthenticationPrincipal LoggedInClerk clerk,
      RedirectAttributes flash) {
    List<Integer> indexes;
    try {
      indexes =
          java.util.Arrays.stream(pages.split(","))
              .map(String::strip)
              .map(Integer::valueOf)
              .toList();
    } catch (NumberFormatException e) {
      throw new NoSuchElementException("no such page");
    }
    CaptureResult result;
    try {
      result =
          flow.sendAsSupplement(
              visitId, caseNumber, indexes, new Clerk(clerk.username(), clerk.displayName()));
    } catch (IllegalArgumentException e) {
      throw new NoSuchElementException(e.getMessage());
    }
    if (result instanceof CaptureResult.Captured c) {
      flash.addFlashAttribute("supplementSent", c.captured().caseNumber());
      flash.addFlashAttribute("supplementFor", caseNumber);
      flash.addFlashAttribute("supplementCaseId", c.captured().caseId());
      // the resident gets a receipt for what was handed in, as for any application
      printReceipt(c.captured().caseId(), flash);
    } else if (result instanceof CaptureResult.Invalid invalid) {
      flash.addFlashAttribute(
          "scanError",
          String.join(" ", invalid.errors().stream().map(FieldError::messageDe).toList()));
    } else if (result instanceof CaptureResult.Frozen frozen) {
      flash.addFlashAttribute("scanError", String.join(" ", frozen.reasonsDe()));
    }
    return "redirect:/besuch/" + visitId + "/schritt/" + step;
  }

  @GetMapping(value = "/besuch/{visitId}/seite/{index}.png", produces = MediaType.IMAGE_PNG_VALUE)
  @ResponseBody
  byte[] page(@PathVariable UUID visitId, @PathVariable int index) {
    List<Visit.Page> pages = flow.get(visitId).draft().pages();
    if (index < 0 || index >= pages.size()) {
      throw new NoSuchElementException("no page");
    }
    return pages.get(index).png();
  }

  @PostMapping("/besuch/{visitId}/seite/{index}/entfernen")
  String removePage(@PathVariable UUID visitId, @PathVariable int index, @RequestParam int step) {
    flow.removePage(visitId, index);
    return "redirect:/besuch/" + visitId + "/schritt/" + step;
  }

  /** The resident's strokes from the canvas, as JSON ({@link Signature}). */
  @PostMapping("/besuch/{visitId}/unterschrift")
  @ResponseBody
  Map<String, Object> sign(@PathVariable UUID visitId, @RequestBody Signature signature) {
    SignatureResult result = flow.sign(visitId, signature);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("accepted", result instanceof SignatureResult.Accepted);
    if (result instanceof SignatureResult.Rejected r) {
      answer.put("message", r.messageDe());
    } else if (result instanceof SignatureResult.PadUnavailable p) {
      answer.put("message", p.messageDe());
    }
    return answer;
  }

  @PostMapping("/besuch/{visitId}/unterschrift/neu")
  String signAgain(@PathVariable UUID visitId, @RequestParam int step) {
    flow.clearSignature(visitId);
    return "redirect:/besuch/" + visitId + "/schritt/" + step;
  }

  @GetMapping(value = "/besuch/{visitId}/unterschrift.png", produces = MediaType.IMAGE_PNG_VALUE)
  @ResponseBody
  byte[] signatureImage(@PathVariable UUID visitId) {
    Visit.Signed signed = flow.get(visitId).draft().signature();
    if (signed == null) {
      throw new NoSuchElementException("no signature");
    }
    return signed.png();
  }

  /** Captures the case, then prints the receipt; a printer problem does not stop anything. */
  @PostMapping("/besuch/{visitId}/absenden")
  String submit(
      @PathVariable UUID visitId,
      @AuthenticationPrincipal LoggedInClerk clerk,
      Model model,
      Locale locale,
      RedirectAttributes flash) {
    CaptureResult result = flow.submit(visitId, new Clerk(clerk.username(), clerk.displayName()));
    if (result instanceof CaptureResult.Captured c) {
      printReceipt(c.captured().caseId(), flash);
      return "redirect:/besuch/" + visitId + "/vorgang/" + c.captured().caseId();
    }
    Visit visit = flow.get(visitId);
    int summary = flow.steps(visit).size() - 1;
    List<FieldError> errors = result instanceof CaptureResult.Invalid i ? i.errors() : List.of();
    if (result instanceof CaptureResult.Frozen frozen) {
      model.addAttribute("submitError", String.join(" ", frozen.reasonsDe()));
    }
    return render(visit, summary, errors, model, locale);
  }

  @GetMapping("/besuch/{visitId}/vorgang/{caseId}")
  String captured(@PathVariable UUID visitId, @PathVariable UUID caseId, Model model) {
    model.addAttribute("visit", flow.get(visitId));
    model.addAttribute(
        "c", cases.find(caseId).orElseThrow(() -> new NoSuchElementException("no case")));
    model.addAttribute("unprinted", receipts.unprinted().contains(caseId));
    return "done";
  }

  @PostMapping("/besuch/{visitId}/vorgang/{caseId}/drucken")
  String print(@PathVariable UUID visitId, @PathVariable UUID caseId, RedirectAttributes flash) {
    printReceipt(caseId, flash);
    return "redirect:/besuch/" + visitId + "/vorgang/" + caseId;
  }

  /**
   * Prints the case's receipt; the next page says it printed ({@code printed}) or why not ({@code
   * printError}). A printer problem never stops anything: the case is stored already.
   */
  private void printReceipt(UUID caseId, RedirectAttributes flash) {
    if (receipts.print(caseId) instanceof PrintResult.Failure f) {
      flash.addFlashAttribute("printError", f.messageDe());
    } else {
      flash.addFlashAttribute("printed", true);
    }
  }

  private String render(
      Visit visit, int step, List<FieldError> errors, Model model, Locale locale) {
    FormDefinition form = flow.formOf(visit);
    List<Step> steps = flow.steps(visit);
    boolean english = "en".equals(locale.getLanguage());
    Map<String, String> messages = new LinkedHashMap<>();
    for (FieldError e : errors) {
      messages.merge(e.fieldId(), english ? e.messageEn() : e.messageDe(), (a, b) -> a);
    }
    model.addAttribute("visit", visit);
    model.addAttribute("form", form);
    model.addAttribute("steps", steps);
    model.addAttribute("step", step);
    model.addAttribute("current", steps.get(step));
    model.addAttribute("kind", steps.get(step).kind());
    model.addAttribute("values", visit.draft().values());
    model.addAttribute("errors", messages);
    model.addAttribute("errorList", errors);
    model.addAttribute("draft", visit.draft());
    if (steps.get(step) instanceof Step.Summary) {
      model.addAttribute("summary", CaseSummary.of(form, visit.draft().values()));
    }
    return "step";
  }

  @ExceptionHandler(NoSuchElementException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "notfound";
  }
}
