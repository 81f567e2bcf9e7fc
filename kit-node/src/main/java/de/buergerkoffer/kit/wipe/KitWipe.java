package de.buergerkoffer.kit.wipe;

import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.KitCommand;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.kit.audit.AuditLog;
import de.buergerkoffer.kit.config.KitProperties;
import de.buergerkoffer.kit.enrollment.KitEnrollment;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out the town hall's wipe order for a revoked kit: erases every case with its documents
 * and outbox entry, the MQTT session state and the kit's keys, then refuses to work on. Only an
 * order signed by the hub for this very kit is obeyed; anything else is ignored and logged.
 */
@Component
public class KitWipe {

  private static final Logger log = LoggerFactory.getLogger(KitWipe.class);

  private final KitProperties properties;
  private final KitEnrollment enrollment;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AuditLog audit;
  private final TransactionTemplate transactions;

  KitWipe(
      PlatformTransactionManager transactionManager,
      KitProperties properties,
      KitEnrollment enrollment,
      JdbcTemplate jdbc,
      Clock clock,
      AuditLog audit) {
    this.audit = audit;
    this.transactions = new TransactionTemplate(transactionManager);
    this.properties = properties;
    this.enrollment = enrollment;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Handles a signed command from the kit's command topic.
   *
   * @return true when the kit was wiped
   */
  public boolean onCommand(byte[] signed) {
    Optional<KitIdentity> id = enrollment.identity();
    if (id.isEmpty()) {
      return false;
    }
    KitCommand command;
    try {
      command = HubSigned.verify(signed, id.get().ca(), clock.instant(), KitCommand.class);
    } catch (GeneralSecurityException e) {
      log.warn("Command refused, not signed by the hub: {}", e.getMessage());
      return false;
    }
    if (!command.kitId().equals(properties.id()) || command.type() != KitCommand.Type.WIPE) {
      log.warn("Command for {} ({}) ignored", command.kitId(), command.type());
      return false;
    }
    log.warn("Wipe ordered by the town hall: {}", command.reason());
    eraseCases();
    enrollment.destroyKeys(command.reason());
    deleteFolder(properties.dataDir().resolve("mqtt"));
    // the audit log holds no resident data and stays, so the wipe itself can be proven later
    audit.record(properties.id(), AuditAction.WIPE, properties.id(), "reason=" + command.reason());
    return true;
  }

  /**
   * Cases, documents, outbox, clerks, visits with their drafts and ID data, the hub's plans and
   * states, in one transaction: a crash leaves either everything or nothing erased.
   */
  private void eraseCases() {
    transactions.executeWithoutResult(
        status -> {
          jdbc.update("DELETE FROM case_attachment");
          jdbc.update("DELETE FROM outbox");
          jdbc.update("DELETE FROM captured_case");
          // the clerks' names and PIN hashes go too; login is impossible on a wiped kit
          jdbc.update("DELETE FROM kit_clerk");
          jdbc.update("DELETE FROM kit_clerk_roster");
          jdbc.update("DELETE FROM clerk_login_failure");
          jdbc.update("DELETE FROM kit_visit");
          jdbc.update("DELETE FROM downlink_state");
          jdbc.update("DELETE FROM unprinted_receipt");
        });
  }

  private static void deleteFolder(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (var files = Files.walk(folder)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      log.error("Could not delete {}: {}", folder, e.getMessage());
    }
  }
}
