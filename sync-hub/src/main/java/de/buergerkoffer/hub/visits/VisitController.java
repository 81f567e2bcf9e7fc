package de.buergerkoffer.hub.visits;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Visit planning over the JSON API; every change publishes the kit's plan, as on the page. */
@RestController
class VisitController {

  private final VisitPlanning planning;

  VisitController(VisitPlanning planning) {
    this.planning = planning;
  }

  /** A visit as the API takes it. */
  record VisitRequest(
      String kitId,
      LocalDate day,
      String time,
      String residentName,
      String address,
      List<String> formIds,
      String note) {

    VisitDraft draft() {
      return new VisitDraft(day, time, residentName, address, formIds, note);
    }
  }

  @Operation(summary = "A kit's visits: on one day, or from today on")
  @GetMapping("/api/visits")
  List<Visit> list(@RequestParam String kitId, @RequestParam(required = false) LocalDate day) {
    return day == null ? planning.upcoming(kitId) : planning.onDay(kitId, day);
  }

  @Operation(summary = "One visit")
  @GetMapping("/api/visits/{visitId}")
  Visit one(@PathVariable UUID visitId) {
    return planning.find(visitId).orElseThrow(() -> notFound(visitId));
  }

  @Operation(summary = "Plan a visit; the kit's plan is published")
  @PostMapping("/api/visits")
  @ResponseStatus(HttpStatus.CREATED)
  Visit add(@RequestBody VisitRequest request, Principal user) {
    return planning.add(request.kitId(), request.draft(), VisitPlanningPage.actor(user));
  }

  @Operation(summary = "Change a visit; the kit's plan is published")
  @PutMapping("/api/visits/{visitId}")
  Visit update(@PathVariable UUID visitId, @RequestBody VisitRequest request, Principal user) {
    try {
      return planning.update(visitId, request.draft(), VisitPlanningPage.actor(user));
    } catch (NoSuchElementException e) {
      throw notFound(visitId);
    }
  }

  @Operation(summary = "Remove a visit; the kit's plan is published")
  @DeleteMapping("/api/visits/{visitId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable UUID visitId, Principal user) {
    if (!planning.remove(visitId, VisitPlanningPage.actor(user))) {
      throw notFound(visitId);
    }
  }

  @ExceptionHandler(VisitRejected.class)
  ResponseEntity<Map<String, Object>> rejected(VisitRejected e) {
    return ResponseEntity.badRequest().body(Map.of("problems", e.problems()));
  }

  private static ResponseStatusException notFound(UUID visitId) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no visit " + visitId);
  }
}
