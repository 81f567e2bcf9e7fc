package de.buergerkoffer.kit.visit;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.DocumentData;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.idcard.ReadResult;
import de.buergerkoffer.hardware.idcard.manual.AccessKeyEntry;
import de.buergerkoffer.hardware.idcard.manual.EntryProblem;
import de.buergerkoffer.hardware.idcard.manual.EntryResult;
import de.buergerkoffer.hardware.idcard.manual.ManualEntry;
import de.buergerkoffer.hardware.idcard.manual.ManualEntryValidator;
import de.buergerkoffer.hardware.idcard.manual.MrzParser;
import de.buergerkoffer.kit.devices.EidDesk;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One visit: the resident, the ID card (read from the reader, or typed by hand / from the MRZ when
 * the reader fails), the services to choose, the cases done so far, "Besuch beenden".
 *
 * <p>The ID-card step says in plain words how the identity was established (chip checked, chip not
 * checked, eID, typed after a visual check). A chip refused as not genuine is never taken: the
 * clerk is warned and types the data after checking the document by eye, and the case records that
 * the chip was refused. Typed data are taken only when the clerk confirms the visual check.
 */
@Controller
class VisitPages {

  private final VisitFlow flow;
  private final FormCatalog catalog;
  private final IdCardReader reader;
  private final ManualEntryValidator manual;
  private final MrzParser mrz;
  private final EidDesk eid;

  VisitPages(
      VisitFlow flow,
      FormCatalog catalog,
      IdCardReader reader,
      ManualEntryValidator manual,
      MrzParser mrz,
      EidDesk eid) {
    this.flow = flow;
    this.catalog = catalog;
    this.reader = reader;
    this.manual = manual;
    this.mrz = mrz;
    this.eid = eid;
  }

  @GetMapping("/besuch/{visitId}")
  String visit(@PathVariable UUID visitId, Model model) {
    Visit visit = flow.get(visitId);
    model.addAttribute("visit", visit);
    model.addAttribute("forms", catalog.current());
    model.addAttribute(
        "titles",
        catalog.current().stream().collect(Collectors.toMap(f -> f.id(), f -> f, (a, b) -> b)));
    return "visit";
  }

  @PostMapping("/besuch/{visitId}/antrag")
  String startForm(@PathVariable UUID visitId, @RequestParam String formId) {
    Visit visit = flow.get(visitId);
    if (visit.draft() == null || !visit.draft().formId().equals(formId)) {
      flow.startForm(visitId, formId);
      return "redirect:/besuch/" + visitId + "/schritt/0";
    }
    return "redirect:/besuch/" + visitId + "/schritt/" + visit.draft().step();
  }

  @PostMapping("/besuch/{visitId}/verwerfen")
  String discard(@PathVariable UUID visitId) {
    flow.discardDraft(visitId);
    return "redirect:/besuch/" + visitId;
  }

  @PostMapping("/besuch/{visitId}/beenden")
  String close(@PathVariable UUID visitId) {
    flow.close(visitId);
    return "redirect:/";
  }

  @GetMapping("/besuch/{visitId}/ausweis")
  String idCard(@PathVariable UUID visitId, Model model) {
    DeviceStatus status = reader.status();
    model.addAttribute("visit", flow.get(visitId));
    model.addAttribute("reader", status);
    model.addAttribute("eid", eid.enabled());
    model.addAttribute("problems", Map.of());
    model.addAttribute("typed", Map.of());
    // the way on is open at once when the reader is not there (or a reading just failed)
    model.addAttribute(
        "manualOpen", !status.isConnected() || model.getAttribute("readError") != null);
    return "idcard";
  }

  /** Reads the card on the reader with the card access number (CAN). */
  @PostMapping("/besuch/{visitId}/ausweis")
  String readCard(
      @PathVariable UUID visitId, @RequestParam String can, Model model, RedirectAttributes flash) {
    AccessKey key;
    try {
      key = new AccessKey.CardAccessNumber(can.strip());
    } catch (IllegalArgumentException e) {
      return idCardAgain(visitId, model, e.getMessage(), Map.of());
    }
    if (eid.enabled()) {
      // the eID workflow asks the resident for the PIN on the next page, so it runs in the
      // background and the page follows it
      eid.start(visitId, () -> reader.read(key));
      return "redirect:/besuch/" + visitId + "/ausweis/eid";
    }
    ReadResult result = reader.read(key);
    if (result instanceof ReadResult.Success success) {
      flow.takeCard(visitId, success.data());
      flash.addFlashAttribute("cardMessage", "idcard.read.done");
      return "redirect:/besuch/" + visitId;
    }
    if (result instanceof ReadResult.NotGenuine) {
      model.addAttribute("chipRefused", true);
    }
    return idCardAgain(visitId, model, ((ReadResult.Failure) result).messageDe(), Map.of());
  }

  /** The data typed from the card, checked with the MRZ check digits. */
  @PostMapping("/besuch/{visitId}/ausweis/hand")
  String typed(
      @PathVariable UUID visitId,
      @RequestParam Map<String, String> p,
      Model model,
      RedirectAttributes flash) {
    ManualEntry entry =
        new ManualEntry(
            "ID",
            "D",
            p.getOrDefault("surname", ""),
            p.getOrDefault("givenNames", ""),
            p.getOrDefault("nationality", "D"),
            new AccessKeyEntry(
                p.getOrDefault("documentNumber", ""),
                p.getOrDefault("documentNumberCheckDigit", ""),
                p.getOrDefault("birthDate", ""),
                p.getOrDefault("birthDateCheckDigit", ""),
                p.getOrDefault("expiryDate", ""),
                p.getOrDefault("expiryDateCheckDigit", "")));
    return accept(visitId, manual.validate(entry), model, flash, p);
  }

  /** Whether the clerk confirmed that she checked the document by eye. */
  private static boolean checkedByEye(Map<String, String> posted) {
    return posted.containsKey("visualCheck");
  }

  /** The machine-readable zone, typed or pasted. */
  @PostMapping("/besuch/{visitId}/ausweis/mrz")
  String fromMrz(
      @PathVariable UUID visitId,
      @RequestParam Map<String, String> p,
      Model model,
      RedirectAttributes flash) {
    String mrzText = p.getOrDefault("mrzText", "");
    Map<String, String> typed = new java.util.HashMap<>(p);
    typed.put("mrzText", mrzText);
    return accept(visitId, mrz.parse(mrzText), model, flash, typed);
  }

  private String accept(
      UUID visitId,
      EntryResult<DocumentData> result,
      Model model,
      RedirectAttributes flash,
      Map<String, String> typed) {
    boolean chipRefused = typed.containsKey("chipRefused");
    if (chipRefused) {
      model.addAttribute("chipRefused", true);
    }
    if (result instanceof EntryResult.Accepted<DocumentData> accepted) {
      if (!checkedByEye(typed)) {
        model.addAttribute("typed", typed);
        model.addAttribute("visualCheckMissing", true);
        return idCardAgain(visitId, model, null, Map.of());
      }
      flow.takeCard(visitId, accepted.value(), chipRefused);
      flash.addFlashAttribute("cardMessage", "idcard.typed");
      flash.addFlashAttribute("cardWarnings", accepted.warningsDe());
      return "redirect:/besuch/" + visitId;
    }
    Map<String, String> problems =
        ((EntryResult.Rejected<DocumentData>) result)
            .problems().stream()
                .collect(
                    Collectors.toMap(
                        EntryProblem::field, EntryProblem::messageDe, (a, b) -> a + " " + b));
    model.addAttribute("typed", typed);
    return idCardAgain(visitId, model, null, problems);
  }

  private String idCardAgain(
      UUID visitId, Model model, String readError, Map<String, String> problems) {
    model.addAttribute("visit", flow.get(visitId));
    model.addAttribute("reader", reader.status());
    model.addAttribute("eid", eid.enabled());
    model.addAttribute("readError", readError);
    model.addAttribute("problems", problems);
    model.addAttribute("manualOpen", true);
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", Map.of());
    }
    return "idcard";
  }

  @ExceptionHandler(NoSuchElementException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "notfound";
  }
}
