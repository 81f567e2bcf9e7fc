package de.buergerkoffer.hub.documents;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.document.CaseFiles;
import de.buergerkoffer.forms.document.CasePdf;
import de.buergerkoffer.hub.inbox.ReceivedCase;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A case's PDF/A document: the {@value CaseFiles#DOCUMENT_NAME} the kit rendered and sent in the
 * bundle, or, for a bundle without one (rendering failed on the kit, or an older kit), rendered
 * here from the stored case data and documents with the same renderer.
 */
@RestController
class CaseDocumentController {

  private final ReceivedCases cases;
  private final FormCatalog catalog;
  private final TownProperties town;

  CaseDocumentController(ReceivedCases cases, FormCatalog catalog, TownProperties town) {
    this.cases = cases;
    this.catalog = catalog;
    this.town = town;
  }

  @Operation(summary = "The case's PDF/A document (as sent by the kit, else rendered by the hub)")
  @GetMapping(value = "/api/cases/{caseId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable UUID caseId) {
    ReceivedCase c =
        cases
            .find(caseId)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + caseId));
    byte[] pdf = cases.attachmentData(caseId, CaseFiles.DOCUMENT_NAME).orElseGet(() -> render(c));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"antrag-" + c.caseNumber() + ".pdf\"")
        .body(pdf);
  }

  private byte[] render(ReceivedCase c) {
    var form =
        catalog
            .find(c.formId(), c.formVersion())
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.CONFLICT,
                        "form " + c.formId() + " v" + c.formVersion() + " not in the catalog"));
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (ReceivedCases.StoredAttachment a : cases.attachments(c.caseId())) {
      cases.attachmentData(c.caseId(), a.name()).ifPresent(data -> files.put(a.name(), data));
    }
    return new CasePdf()
        .render(
            CaseFiles.document(
                    form,
                    c.caseNumber(),
                    c.fields(),
                    c.capturedAt(),
                    c.clerk(),
                    town.place(),
                    town.municipality(),
                    files)
                .withIdentity(c.identityCheck() == null ? "" : c.identityCheck().describeDe()));
  }
}
