package de.buergerkoffer.kit.receipt;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The receipt as an A4 PDF, for an ordinary printer or to hand over later: at {@code
 * /vorgang/{caseId}/beleg.pdf} for the clerk's browser (session login), and the same at {@code
 * /api/cases/{caseId}/receipt.pdf} for API clients (HTTP Basic).
 */
@RestController
class ReceiptController {

  private final ReceiptService receipts;

  ReceiptController(ReceiptService receipts) {
    this.receipts = receipts;
  }

  @Operation(summary = "The resident's receipt of a case as A4 PDF/A, with the kit's signed seal")
  @GetMapping(
      value = {"/vorgang/{caseId}/beleg.pdf", "/api/cases/{caseId}/receipt.pdf"},
      produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> receiptPdf(@PathVariable UUID caseId) {
    CaseReceipt receipt;
    try {
      receipt =
          receipts
              .receiptFor(caseId)
              .orElseThrow(
                  () ->
                      new ResponseStatusException(
                          HttpStatus.NOT_FOUND,
                          "Kein Beleg: Vorgang unbekannt oder seine Daten sind schon gelöscht."));
    } catch (IllegalStateException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            "Content-Disposition", "inline; filename=\"beleg-" + receipt.caseNumber() + ".pdf\"")
        .body(receipt.pdf());
  }
}
