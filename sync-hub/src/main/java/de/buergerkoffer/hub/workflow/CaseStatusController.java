package de.buergerkoffer.hub.workflow;

import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The case workflow over the JSON API. */
@RestController
class CaseStatusController {

  private final CaseWorkflow workflow;

  CaseStatusController(CaseWorkflow workflow) {
    this.workflow = workflow;
  }

  /** A status change; the note is required for QUERY and REJECTED and when reopening. */
  record Change(@NotNull WorkStatus status, String note) {}

  @Operation(summary = "Change a case's work status (the kit is told)")
  @PostMapping("/api/cases/{caseId}/status")
  List<CaseEvent> change(
      @PathVariable UUID caseId, @Valid @RequestBody Change change, Principal user) {
    workflow.change(caseId, change.status(), change.note(), user.getName());
    return workflow.history(caseId);
  }

  @Operation(summary = "A case's history at the hub: status changes and exports")
  @GetMapping("/api/cases/{caseId}/history")
  List<CaseEvent> history(@PathVariable UUID caseId) {
    return workflow.history(caseId);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> refused(IllegalArgumentException e) {
    return ResponseEntity.unprocessableEntity().body(Map.of("error", e.getMessage()));
  }
}
