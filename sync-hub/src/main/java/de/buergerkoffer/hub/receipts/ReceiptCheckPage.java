package de.buergerkoffer.hub.receipts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page "Beleg prüfen": paste (or scan with a hand scanner into) the text of a receipt's QR
 * code, see whether it is genuine.
 */
@Controller
class ReceiptCheckPage {

  private final ReceiptCheck check;

  ReceiptCheckPage(ReceiptCheck check) {
    this.check = check;
  }

  @GetMapping("/beleg/pruefen")
  String page(Model model) {
    model.addAttribute("code", "");
    model.addAttribute("verdict", null);
    return "beleg-pruefen";
  }

  @PostMapping("/beleg/pruefen")
  String check(@RequestParam(name = "code", defaultValue = "") String code, Model model) {
    model.addAttribute("code", code);
    model.addAttribute("verdict", check.check(code));
    return "beleg-pruefen";
  }
}
