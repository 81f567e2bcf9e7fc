package de.buergerkoffer.hub.kits;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Kits over the JSON API: the list, and revocation. */
@RestController
class KitAdminController {

  private final KitAdmin admin;

  KitAdminController(KitAdmin admin) {
    this.admin = admin;
  }

  /** Why a kit is revoked, e.g. "gestohlen am 12.11." */
  record Revocation(@NotBlank String reason) {}

  @Operation(summary = "Enrolled kits with last contact and revocation")
  @GetMapping("/api/kits")
  List<KitRecord> kits() {
    return admin.kits();
  }

  @Operation(summary = "Revoke a kit: quarantine its bundles, cut its broker access, order a wipe")
  @PostMapping("/api/kits/{kitId}/revoke")
  void revoke(@PathVariable String kitId, @Valid @RequestBody Revocation revocation) {
    if (!admin.revoke(kitId, revocation.reason())) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no kit " + kitId);
    }
  }
}
