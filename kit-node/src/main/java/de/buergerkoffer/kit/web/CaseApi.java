package de.buergerkoffer.kit.web;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.forms.FieldError;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.kit.capture.CaptureResult;
import de.buergerkoffer.kit.capture.CaptureService;
import de.buergerkoffer.kit.capture.CapturedCase;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.capture.Clerk;
import de.buergerkoffer.kit.clerks.LoggedInClerk;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The kit's JSON API: capture, look up cases, status. */
@RestController
class CaseApi {

  private final CaptureService capture;
  private final CaseStore cases;
  private final FormCatalog catalog;
  private final KitStatus status;

  CaseApi(CaptureService capture, CaseStore cases, FormCatalog catalog, KitStatus status) {
    this.capture = capture;
    this.cases = cases;
    this.catalog = catalog;
    this.status = status;
  }

  /**
   * A submission: the service's form id, the entered values and, optionally, documents.
   *
   * @param attachments documents with their bytes in base64; may be absent
   * @param alreadyStarted true when this finishes a case the clerk started before the kit froze
   */
  record Submission(
      @NotBlank String formId,
      @NotNull Map<String, String> fields,
      List<AttachmentUpload> attachments,
      Boolean alreadyStarted) {}

  /** A document as uploaded: a plain file name with a known type, and base64 bytes. */
  record AttachmentUpload(@NotBlank String name, @NotBlank String base64) {}

  /** Why a submission was not stored. */
  record Refusal(String error, List<FieldError> fieldErrors) {}

  @Operation(summary = "Capture a case; stored and queued at once, no network needed")
  @PostMapping("/api/cases")
  ResponseEntity<?> submit(
      @Valid @RequestBody Submission submission, @AuthenticationPrincipal LoggedInClerk clerk) {
    List<Attachment> attachments = new java.util.ArrayList<>();
    for (AttachmentUpload upload :
        submission.attachments() == null ? List.<AttachmentUpload>of() : submission.attachments()) {
      if (!Attachment.isAcceptableName(upload.name())) {
        return ResponseEntity.badRequest()
            .body(
                new Refusal(
                    "Anhang „" + upload.name() + "“: Dateiname oder Dateityp nicht erlaubt",
                    List.of()));
      }
      attachments.add(new Attachment(upload.name(), Base64.getDecoder().decode(upload.base64())));
    }
    CaptureResult result =
        capture.capture(
            submission.formId(),
            new Clerk(clerk.username(), clerk.displayName()),
            submission.fields(),
            attachments,
            Boolean.TRUE.equals(submission.alreadyStarted()));
    if (result instanceof CaptureResult.Captured c) {
      return ResponseEntity.status(HttpStatus.CREATED).body(c.captured());
    }
    if (result instanceof CaptureResult.Invalid i) {
      return ResponseEntity.unprocessableEntity()
          .body(new Refusal("Angaben unvollständig oder fehlerhaft", i.errors()));
    }
    if (result instanceof CaptureResult.Frozen frozen) {
      return ResponseEntity.status(HttpStatus.LOCKED)
          .body(
              new Refusal(
                  "Keine neuen Anträge: " + String.join(" ", frozen.reasonsDe()), List.of()));
    }
    CaptureResult.UnknownForm u = (CaptureResult.UnknownForm) result;
    return ResponseEntity.badRequest()
        .body(new Refusal("Unbekannte Leistung: " + u.formId(), List.of()));
  }

  @Operation(summary = "Cases on this kit, newest first")
  @GetMapping("/api/cases")
  List<CapturedCase> list() {
    return cases.recent(500);
  }

  @Operation(summary = "One case with its sync status")
  @GetMapping("/api/cases/{caseId}")
  CapturedCase one(@PathVariable UUID caseId) {
    return cases
        .find(caseId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + caseId));
  }

  @Operation(summary = "Online state, cases waiting, last confirmation")
  @GetMapping("/api/status")
  KitStatus.View status() {
    return status.now();
  }

  @Operation(summary = "The services this kit offers")
  @GetMapping("/api/forms")
  List<FormDefinition> forms() {
    return catalog.current();
  }
}
