package de.buergerkoffer.hub.export;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Export of a case over the JSON API. */
@RestController
class ExportController {

  private final CaseExport export;

  ExportController(CaseExport export) {
    this.export = export;
  }

  @Operation(summary = "Queue the export of a case (drop folder, and the webhook if configured)")
  @PostMapping("/api/cases/{caseId}/export")
  @ResponseStatus(HttpStatus.ACCEPTED)
  List<ExportJob> export(@PathVariable UUID caseId, Principal user) {
    export.request(caseId, user.getName());
    return export.jobs(caseId);
  }

  @Operation(summary = "The export jobs of a case with attempts and last error")
  @GetMapping("/api/cases/{caseId}/exports")
  List<ExportJob> jobs(@PathVariable UUID caseId) {
    return export.jobs(caseId);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<String> unknown(IllegalArgumentException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(e.getMessage());
  }
}
