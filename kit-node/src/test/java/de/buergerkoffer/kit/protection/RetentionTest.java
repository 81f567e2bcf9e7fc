package de.buergerkoffer.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.kit.capture.CapturedCase;
import de.buergerkoffer.kit.capture.CaseStatus;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.capture.CaseStoreFixture;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.outbox.OutboxFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data minimisation: seven days after the town hall acknowledged a case, the kit deletes its
 * personal data and keeps only what says the case exists and arrived.
 */
class RetentionTest {

  private static final Duration SEVEN_DAYS = Duration.ofDays(7);
  private static final Map<String, String> FIELDS =
      Map.of("familyName", "Weißenböck", "givenNames", "Hedwig", "birthDate", "1937-03-14");
  private static final Instant START = Instant.parse("2025-03-03T08:15:00Z");

  @TempDir Path dataDir;

  private final TestClock clock = new TestClock(START);
  private JdbcTemplate jdbc;
  private CaseStore cases;
  private Outbox outbox;
  private Retention retention;
  private RetentionStore store;

  @BeforeEach
  void createDatabase() {
    DataSource db =
        new DriverManagerDataSource(
            "jdbc:sqlite:" + dataDir.resolve("kit.db") + "?foreign_keys=true&secure_delete=true");
    Flyway.configure().dataSource(db).locations("classpath:db/kit").load().migrate();
    jdbc = new JdbcTemplate(db);
    cases = CaseStoreFixture.jdbc(db, "TK07");
    outbox = OutboxFixture.jdbc(db);
    store =
        new JdbcRetentionStore(
            jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(db)),
            TestDataProtection.fixed());
    retention = new Retention(store, SEVEN_DAYS, clock);
  }

  @Test
  void keepsTheDataOfAnAcknowledgedCaseUntilSevenDaysHavePassed() {
    CapturedCase acknowledged = captureSealAndAcknowledge();
    clock.advance(SEVEN_DAYS.minusMinutes(1));

    assertThat(retention.purgeDue()).isZero();

    assertThat(cases.find(acknowledged.caseId()).orElseThrow().fields()).isEqualTo(FIELDS);
    assertThat(cases.attachmentNames(acknowledged.caseId())).containsExactly("seite-1.png");
    assertThat(sealed(acknowledged)).isNotNull();
    assertThat(store.purgedAt(acknowledged.caseId())).isEmpty();
  }

  @Test
  void deletesValuesDocumentsAndSealedBundleSevenDaysAfterTheAcknowledgement() {
    CapturedCase acknowledged = captureSealAndAcknowledge();
    clock.advance(SEVEN_DAYS);

    assertThat(retention.purgeDue()).isEqualTo(1);

    CapturedCase after = cases.find(acknowledged.caseId()).orElseThrow();
    assertThat(after.fields()).isEmpty();
    assertThat(after.clerk()).isEmpty();
    assertThat(cases.attachmentNames(acknowledged.caseId())).isEmpty();
    assertThat(count("SELECT COUNT(*) FROM case_attachment")).isZero();
    assertThat(sealed(acknowledged)).isNull();
    assertThat(store.purgedAt(acknowledged.caseId())).contains(clock.instant());
  }

  @Test
  void keepsCaseNumberFormStatusAndTimestampsOfAPurgedCase() {
    CapturedCase acknowledged = captureSealAndAcknowledge();
    CapturedCase before = cases.find(acknowledged.caseId()).orElseThrow();
    clock.advance(SEVEN_DAYS.plusDays(3));

    retention.purgeDue();

    CapturedCase after = cases.find(acknowledged.caseId()).orElseThrow();
    assertThat(after.caseNumber()).isEqualTo(before.caseNumber());
    assertThat(after.formId()).isEqualTo("meldebescheinigung");
    assertThat(after.formVersion()).isEqualTo(1);
    assertThat(after.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(after.capturedAt()).isEqualTo(before.capturedAt());
    assertThat(after.statusAt()).isEqualTo(before.statusAt());
    assertThat(outbox.pendingCount()).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT bundle_id FROM outbox WHERE case_id = ?",
                String.class,
                acknowledged.caseId().toString()))
        .as("the bundle id stays, so a repeated ack is recognised")
        .isNotNull();
  }

  @Test
  void purgesEachCaseOnlyOnce() {
    CapturedCase acknowledged = captureSealAndAcknowledge();
    clock.advance(SEVEN_DAYS);
    retention.purgeDue();
    Instant firstPurge = clock.instant();
    clock.advance(Duration.ofHours(1));

    assertThat(retention.purgeDue()).isZero();
    assertThat(store.purgedAt(acknowledged.caseId())).contains(firstPurge);
  }

  @Test
  void neverPurgesCasesTheTownHallHasNotConfirmed() {
    CapturedCase queued = capture();
    CapturedCase sent = capture();
    UUID sentBundle = seal(sent);
    outbox.markSent(sentBundle, clock.instant(), clock.instant().plusSeconds(20));
    CapturedCase rejected = capture();
    UUID rejectedBundle = seal(rejected);
    outbox.apply(
        Ack.rejected(
            rejectedBundle,
            sha256(rejected),
            RejectReason.FORM_VALIDATION_FAILED,
            "„Geburtsdatum“ fehlt",
            clock.instant()),
        clock.instant());
    clock.advance(Duration.ofDays(30));

    assertThat(retention.purgeDue()).isZero();

    assertThat(List.of(queued, sent, rejected))
        .allSatisfy(
            c -> assertThat(cases.find(c.caseId()).orElseThrow().fields()).isEqualTo(FIELDS));
    assertThat(cases.find(rejected.caseId()).orElseThrow().rejectDetail())
        .isEqualTo("„Geburtsdatum“ fehlt");
  }

  @Test
  void purgesOnlyTheCasesWhoseAcknowledgementIsOldEnough() {
    CapturedCase old = captureSealAndAcknowledge();
    clock.advance(Duration.ofDays(3));
    CapturedCase recent = captureSealAndAcknowledge();
    clock.advance(Duration.ofDays(4));

    assertThat(retention.purgeDue()).isEqualTo(1);

    assertThat(store.purgedAt(old.caseId())).isPresent();
    assertThat(store.purgedAt(recent.caseId())).isEmpty();
    assertThat(cases.find(recent.caseId()).orElseThrow().fields()).isEqualTo(FIELDS);
  }

  private CapturedCase capture() {
    return cases.storeNew(
        "meldebescheinigung",
        1,
        "Frau Schmidt",
        clock.instant(),
        FIELDS,
        List.of(new Attachment("seite-1.png", new byte[] {1, 2, 3, 4})));
  }

  private UUID seal(CapturedCase c) {
    SealedBundle bundle =
        new SealedBundle(
            UUID.randomUUID(), List.of(c.caseId()), ("sealed " + c.caseId()).getBytes());
    outbox.attachBundle(c.caseId(), bundle);
    return bundle.bundleId();
  }

  private String sha256(CapturedCase c) {
    return jdbc.queryForObject(
        "SELECT sha256 FROM outbox WHERE case_id = ?", String.class, c.caseId().toString());
  }

  private CapturedCase captureSealAndAcknowledge() {
    CapturedCase c = capture();
    UUID bundleId = seal(c);
    outbox.markSent(bundleId, clock.instant(), clock.instant().plusSeconds(20));
    assertThat(
            outbox.apply(
                Ack.accepted(bundleId, sha256(c), List.of(c.caseId()), clock.instant()),
                clock.instant()))
        .isEqualTo(Outbox.AckResult.APPLIED);
    return c;
  }

  private byte[] sealed(CapturedCase c) {
    return jdbc.queryForObject(
        "SELECT sealed FROM outbox WHERE case_id = ?", byte[].class, c.caseId().toString());
  }

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }
}
