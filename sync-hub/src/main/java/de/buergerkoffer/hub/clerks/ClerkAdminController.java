package de.buergerkoffer.hub.clerks;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clerk accounts over the JSON API. Refusals are 400 (404, 409) with {@code error} (German) and
 * {@code field}.
 */
@RestController
class ClerkAdminController {

  private final ClerkAdmin admin;

  ClerkAdminController(ClerkAdmin admin) {
    this.admin = admin;
  }

  /**
   * A change to an account; absent fields stay as they are.
   *
   * @param allKits true: the clerk may use every kit; false: only {@code kits}
   */
  record Change(String displayName, Boolean active, Boolean allKits, List<String> kits) {}

  /** A new PIN. */
  record NewPin(String pin) {}

  @Operation(summary = "Clerk accounts (without PIN hashes)")
  @GetMapping("/api/admin/clerks")
  List<ClerkAccount.View> list() {
    return admin.all();
  }

  @Operation(summary = "One clerk account")
  @GetMapping("/api/admin/clerks/{username}")
  ClerkAccount.View one(@PathVariable String username) {
    return admin.get(username);
  }

  @Operation(summary = "Create a clerk account (kits empty or absent: all kits)")
  @PostMapping("/api/admin/clerks")
  ResponseEntity<ClerkAccount.View> create(@RequestBody ClerkAdmin.NewClerk request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(admin.create(request));
  }

  @Operation(summary = "Change display name, kits or active flag of a clerk account")
  @PatchMapping("/api/admin/clerks/{username}")
  ClerkAccount.View update(@PathVariable String username, @RequestBody Change change) {
    ClerkAccount.View view = admin.get(username);
    if (change.displayName() != null) {
      view = admin.rename(username, change.displayName());
    }
    if (change.allKits() != null || change.kits() != null) {
      boolean all = change.allKits() != null ? change.allKits() : change.kits().isEmpty();
      if (!all && (change.kits() == null || change.kits().isEmpty())) {
        throw new ClerkException(
            ClerkException.Kind.INVALID, "kits", "Bitte mindestens einen Koffer angeben.");
      }
      view = admin.assignKits(username, all ? List.of() : change.kits());
    }
    if (change.active() != null && change.active() != view.active()) {
      view = admin.setActive(username, change.active());
    }
    return view;
  }

  @Operation(summary = "Set a new PIN (6-12 digits)")
  @PostMapping("/api/admin/clerks/{username}/pin")
  ClerkAccount.View setPin(@PathVariable String username, @RequestBody NewPin pin) {
    return admin.setPin(username, pin.pin());
  }

  @Operation(summary = "Deactivate a clerk account: no more logins on any kit")
  @PostMapping("/api/admin/clerks/{username}/deactivate")
  ClerkAccount.View deactivate(@PathVariable String username) {
    return admin.setActive(username, false);
  }

  @Operation(summary = "Reactivate a clerk account")
  @PostMapping("/api/admin/clerks/{username}/reactivate")
  ClerkAccount.View reactivate(@PathVariable String username) {
    return admin.setActive(username, true);
  }

  @ExceptionHandler(ClerkException.class)
  ResponseEntity<Map<String, String>> refused(ClerkException e) {
    HttpStatus status =
        switch (e.kind()) {
          case INVALID -> HttpStatus.BAD_REQUEST;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
        };
    return ResponseEntity.status(status)
        .body(Map.of("error", e.getMessage(), "field", e.field() == null ? "" : e.field()));
  }
}
