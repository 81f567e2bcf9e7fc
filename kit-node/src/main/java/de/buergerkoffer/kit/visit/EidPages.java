package de.buergerkoffer.kit.visit;

import de.buergerkoffer.hardware.idcard.ReadResult;
import de.buergerkoffer.kit.devices.EidDesk;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * The online eID function in the visit ({@code /besuch/{id}/ausweis/eid}): follows the background
 * reading, lets the resident type the six-digit eID PIN (and the CAN when the card asks for it) on
 * the kit's touch screen, and cancels. The finished reading leads back into the visit: with the
 * card's data, or to the ID-card step with the message and the manual entry open.
 *
 * <p>The PIN goes from the request straight to the waiting reading; it is never put in the model,
 * the session, a flash attribute, a log or the audit trail, and never echoed into the page.
 */
@Controller
class EidPages {

  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  private final VisitFlow flow;
  private final EidDesk desk;

  EidPages(VisitFlow flow, EidDesk desk) {
    this.flow = flow;
    this.desk = desk;
  }

  @GetMapping("/besuch/{visitId}/ausweis/eid")
  String page(@PathVariable UUID visitId, Model model, RedirectAttributes flash) {
    Visit visit = flow.get(visitId);
    EidDesk.State state = desk.state(visitId);
    if (state instanceof EidDesk.Running running) {
      model.addAttribute("visit", visit);
      model.addAttribute("running", running);
      model.addAttribute("asks", running.asks().map(Enum::name).orElse(""));
      return "eid";
    }
    Optional<ReadResult> result = desk.takeResult(visitId);
    if (result.isPresent() && result.get() instanceof ReadResult.Success success) {
      flow.takeCard(visitId, success.data());
      flash.addFlashAttribute("cardMessage", "idcard.read.done");
      return "redirect:/besuch/" + visitId;
    }
    result.ifPresent(
        failure ->
            flash.addFlashAttribute("readError", ((ReadResult.Failure) failure).messageDe()));
    return "redirect:/besuch/" + visitId + "/ausweis";
  }

  /** The resident's PIN, handed to the waiting reading once. */
  @PostMapping("/besuch/{visitId}/ausweis/eid/pin")
  String pin(@PathVariable UUID visitId, @RequestParam String pin, RedirectAttributes flash) {
    return answer(visitId, EidDesk.Ask.PIN, pin, "eid.pin.format", flash);
  }

  /** The card access number, when the card asks for it before the last PIN attempt. */
  @PostMapping("/besuch/{visitId}/ausweis/eid/can")
  String can(@PathVariable UUID visitId, @RequestParam String can, RedirectAttributes flash) {
    return answer(visitId, EidDesk.Ask.CAN, can, "eid.can.format", flash);
  }

  @PostMapping("/besuch/{visitId}/ausweis/eid/abbrechen")
  String cancel(@PathVariable UUID visitId, RedirectAttributes flash) {
    flow.get(visitId);
    desk.cancel(visitId);
    flash.addFlashAttribute("readError", "Online-Ausweisfunktion abgebrochen.");
    return "redirect:/besuch/" + visitId + "/ausweis";
  }

  private String answer(
      UUID visitId, EidDesk.Ask ask, String value, String formatMessage, RedirectAttributes flash) {
    flow.get(visitId);
    if (!SIX_DIGITS.matcher(value).matches()) {
      flash.addFlashAttribute("eidMessage", formatMessage);
    } else if (!desk.answer(visitId, ask, value)) {
      flash.addFlashAttribute("eidMessage", "eid.notAsked");
    }
    return "redirect:/besuch/" + visitId + "/ausweis/eid";
  }

  @ExceptionHandler(NoSuchElementException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "notfound";
  }
}
