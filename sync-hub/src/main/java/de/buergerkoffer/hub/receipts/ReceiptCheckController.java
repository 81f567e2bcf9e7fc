package de.buergerkoffer.hub.receipts;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The receipt check over the JSON API. */
@RestController
class ReceiptCheckController {

  private final ReceiptCheck check;

  ReceiptCheckController(ReceiptCheck check) {
    this.check = check;
  }

  /**
   * A scanned receipt.
   *
   * @param code the text of the receipt's QR code ({@code BK1:…})
   */
  record CheckRequest(@NotNull String code) {}

  @Operation(summary = "Is this receipt genuine? Give the text of its QR code")
  @PostMapping("/api/receipts/check")
  ReceiptVerdict check(@Valid @RequestBody CheckRequest request) {
    return check.check(request.code());
  }
}
