package de.buergerkoffer.kit.devices;

import de.buergerkoffer.hardware.Device;
import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.idcard.simulated.SimulatedIdCardReader;
import de.buergerkoffer.hardware.printer.simulated.SimulatedReceiptPrinter;
import de.buergerkoffer.hardware.scanner.simulated.SimulatedScanner;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The device page ({@code /geraete}): state of every device with a "prüfen" button, and for
 * simulated devices the switches a demo needs to show the fallbacks (reader unplugged, scanner off,
 * printer off). {@code GET /api/devices} gives the same as JSON.
 */
@Controller
class DevicePages {

  private final DeviceBoard board;

  DevicePages(DeviceBoard board) {
    this.board = board;
  }

  @GetMapping("/geraete")
  String page(Model model) {
    model.addAttribute("devices", board.statuses());
    model.addAttribute("simulated", simulatedKinds());
    return "devices";
  }

  @Operation(summary = "Every device of the kit with its state, German message and last use")
  @GetMapping("/api/devices")
  @ResponseBody
  List<DeviceStatus> api() {
    return board.statuses();
  }

  @PostMapping("/geraete/{kind}/pruefen")
  String probe(@PathVariable DeviceKind kind, RedirectAttributes flash) {
    DeviceStatus status = board.probe(kind);
    flash.addFlashAttribute("message", kind.displayNameDe() + ": " + status.messageDe());
    return "redirect:/geraete";
  }

  /** Switches a simulated device on or off, to try the fallbacks. */
  @PostMapping("/geraete/{kind}/{switchTo:an|aus}")
  String simulate(@PathVariable DeviceKind kind, @PathVariable String switchTo) {
    boolean on = "an".equals(switchTo);
    Device device = board.device(kind);
    if (device instanceof SimulatedIdCardReader reader) {
      if (on) {
        reader.plugIn();
      } else {
        reader.unplug();
      }
    } else if (device instanceof SimulatedScanner scanner) {
      if (on) {
        scanner.plugIn();
      } else {
        scanner.unplug();
      }
    } else if (device instanceof SimulatedReceiptPrinter printer) {
      if (on) {
        printer.switchOn();
      } else {
        printer.switchOff();
      }
    }
    return "redirect:/geraete";
  }

  private List<DeviceKind> simulatedKinds() {
    return List.of(DeviceKind.values()).stream()
        .filter(
            k ->
                board.device(k) instanceof SimulatedIdCardReader
                    || board.device(k) instanceof SimulatedScanner
                    || board.device(k) instanceof SimulatedReceiptPrinter)
        .toList();
  }
}
