package de.buergerkoffer.kit.audit;

import de.buergerkoffer.bundle.audit.AuditVerification;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Checks the kit's audit log on request. */
@RestController
class AuditController {

  private final JdbcAuditLog log;

  AuditController(JdbcAuditLog log) {
    this.log = log;
  }

  /**
   * The result of a check.
   *
   * @param ok whether the chain is intact
   * @param entries how many entries were read
   * @param headHash the last entry's hash (64 zeros for an empty log)
   * @param firstBroken where the chain breaks first, null when intact
   */
  record Report(boolean ok, long entries, String headHash, AuditVerification.Break firstBroken) {}

  @Operation(summary = "Check the audit log's hash chain: intact, or the first broken entry")
  @GetMapping("/api/audit/verify")
  Report verify() {
    AuditVerification result = log.verify();
    return new Report(
        result.ok(), result.entries(), result.headHash(), result.firstBroken().orElse(null));
  }
}
