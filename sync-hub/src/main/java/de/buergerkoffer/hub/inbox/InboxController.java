package de.buergerkoffer.hub.inbox;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The inbox over the JSON API, for the back office and for tests. */
@RestController
class InboxController {

  private final ReceivedCases cases;

  InboxController(ReceivedCases cases) {
    this.cases = cases;
  }

  @Operation(summary = "Received cases, newest first (at most 500)")
  @GetMapping("/api/cases")
  List<ReceivedCase> list() {
    return cases.recent(500);
  }

  @Operation(summary = "One received case with all field values")
  @GetMapping("/api/cases/{caseId}")
  ReceivedCase one(@PathVariable UUID caseId) {
    return cases
        .find(caseId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + caseId));
  }

  @Operation(summary = "The documents of a case (scans, signature), without their bytes")
  @GetMapping("/api/cases/{caseId}/attachments")
  List<ReceivedCases.StoredAttachment> attachments(@PathVariable UUID caseId) {
    return cases.attachments(caseId);
  }

  @Operation(summary = "One document of a case")
  @GetMapping("/api/cases/{caseId}/attachments/{name}")
  ResponseEntity<byte[]> attachment(@PathVariable UUID caseId, @PathVariable String name) {
    var meta =
        cases.attachments(caseId).stream()
            .filter(a -> a.name().equals(name))
            .findFirst()
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no document " + name));
    byte[] data = cases.attachmentData(caseId, name).orElseThrow();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(meta.mediaType()))
        .header("Content-Disposition", "inline; filename=\"" + meta.name() + "\"")
        .body(data);
  }
}
