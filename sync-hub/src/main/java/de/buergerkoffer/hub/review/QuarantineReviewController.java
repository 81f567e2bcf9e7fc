package de.buergerkoffer.hub.review;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The quarantine review over the JSON API, as on the page. */
@RestController
class QuarantineReviewController {

  private final QuarantineReview review;

  QuarantineReviewController(QuarantineReview review) {
    this.review = review;
  }

  /** An entry waiting for review. */
  record OpenEntry(long id, String receivedAt, String topicKitId, String reason, String detail) {}

  /** The outcome of a release: STORED, STILL_QUARANTINED (with the reason) or NOT_OPEN. */
  record ReleaseOutcome(String outcome, Integer newCases, String reason, String detail) {}

  /** Why an entry is rejected. */
  record Rejection(String note) {}

  @Operation(summary = "Quarantined bundles waiting for review, newest first")
  @GetMapping("/api/quarantine/open")
  List<OpenEntry> open() {
    return review.open(500).stream()
        .map(
            e ->
                new OpenEntry(
                    e.id(),
                    e.bundle().receivedAt().toString(),
                    e.bundle().topicKitId(),
                    e.bundle().reason().name(),
                    e.bundle().detail()))
        .toList();
  }

  @Operation(summary = "The raw bytes of a quarantined bundle, as received")
  @GetMapping("/api/quarantine/{id}/raw")
  ResponseEntity<byte[]> raw(@PathVariable long id) {
    byte[] raw =
        review
            .raw(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no entry " + id));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(raw);
  }

  @Operation(summary = "Ingest a quarantined bundle again after its cause was fixed")
  @PostMapping("/api/quarantine/{id}/release")
  ReleaseOutcome release(@PathVariable long id, Principal user) {
    QuarantineReview.Release outcome = review.release(id, QuarantinePage.actor(user));
    if (outcome instanceof QuarantineReview.Release.Stored stored) {
      return new ReleaseOutcome("STORED", stored.newCases(), null, null);
    }
    if (outcome instanceof QuarantineReview.Release.StillQuarantined still) {
      return new ReleaseOutcome("STILL_QUARANTINED", null, still.reason().name(), still.detail());
    }
    throw new ResponseStatusException(HttpStatus.CONFLICT, "entry " + id + " is not open");
  }

  @Operation(summary = "Reject a quarantined bundle for good, with a note; it is kept")
  @PostMapping("/api/quarantine/{id}/reject")
  void reject(@PathVariable long id, @RequestBody Rejection rejection, Principal user) {
    if (rejection.note() == null || rejection.note().isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a note is required");
    }
    if (!review.reject(id, QuarantinePage.actor(user), rejection.note())) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "entry " + id + " is not open");
    }
  }
}
