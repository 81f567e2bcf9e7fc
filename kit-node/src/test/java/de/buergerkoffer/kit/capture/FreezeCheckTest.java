package de.buergerkoffer.kit.capture;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.kit.audit.RecordingAuditLog;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.outbox.OutboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class FreezeCheckTest {

  static final Clerk SCHMIDT = new Clerk("schmidt", "Frau Schmidt");

  static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");
  static final FreezeLimits LIMITS = new FreezeLimits(Duration.ofDays(7), 4, 500_000_000L);
  static final Map<String, String> VALID =
      Map.of(
          "familyName", "Weiß",
          "givenNames", "Jürgen",
          "birthDate", "1941-02-28",
          "street", "Markt 1",
          "postalCode", "04821",
          "city", "Brandis",
          "purpose", "Rente",
          "delivery", "post");

  @TempDir Path dataDir;
  private Outbox outbox;
  private CaseStore cases;
  private long freeDisk = 10_000_000_000L;
  private final RecordingAuditLog audit = new RecordingAuditLog();

  @BeforeEach
  void createDatabase() {
    DataSource db =
        new DriverManagerDataSource(
            "jdbc:sqlite:" + dataDir.resolve("kit.db") + "?foreign_keys=true");
    Flyway.configure().dataSource(db).locations("classpath:db/kit").load().migrate();
    outbox = OutboxFixture.jdbc(db);
    cases = CaseStoreFixture.jdbc(db, "TK07");
  }

  private FreezeCheck at(Instant now) {
    return new FreezeCheck(LIMITS, outbox, () -> freeDisk, Clock.fixed(now, ZoneOffset.UTC));
  }

  private void captureAt(Instant when) {
    cases.storeNew("meldebescheinigung", 1, "Frau Schmidt", when, VALID);
  }

  @Test
  void anEmptyKitIsNotFrozenHoweverLongItWasOffline() {
    assertThat(at(MONDAY.plus(Duration.ofDays(100))).now()).isInstanceOf(FreezeState.Ok.class);
  }

  @Test
  void warnsAfterThreeQuartersOfTheTimeAndFreezesAtTheLimit() {
    captureAt(MONDAY);

    assertThat(at(MONDAY.plus(Duration.ofDays(5))).now()).isInstanceOf(FreezeState.Ok.class);
    assertThat(at(MONDAY.plus(Duration.ofDays(6))).now())
        .isInstanceOfSatisfying(
            FreezeState.Warning.class,
            w -> assertThat(w.reasonsDe()).anySatisfy(r -> assertThat(r).contains("Seit 6 Tagen")));
    assertThat(at(MONDAY.plus(Duration.ofDays(7))).now()).isInstanceOf(FreezeState.Frozen.class);
  }

  @Test
  void anExportToAStickCountsAsASync() {
    captureAt(MONDAY);
    outbox.markExported(MONDAY.plus(Duration.ofDays(6)));

    assertThat(at(MONDAY.plus(Duration.ofDays(8))).now()).isInstanceOf(FreezeState.Ok.class);
  }

  @Test
  void freezesWhenTooManyCasesWait() {
    for (int i = 0; i < 3; i++) {
      captureAt(MONDAY);
    }
    assertThat(at(MONDAY).now()).isInstanceOf(FreezeState.Warning.class);

    captureAt(MONDAY);

    assertThat(at(MONDAY).now())
        .isInstanceOfSatisfying(
            FreezeState.Frozen.class,
            f -> assertThat(f.reasonsDe()).anySatisfy(r -> assertThat(r).contains("4 Anträge")));
  }

  @Test
  void freezesWhenTheDiskIsNearlyFull() {
    freeDisk = 900_000_000L;
    assertThat(at(MONDAY).now()).isInstanceOf(FreezeState.Warning.class);

    freeDisk = 100_000_000L;

    assertThat(at(MONDAY).now())
        .isInstanceOfSatisfying(
            FreezeState.Frozen.class,
            f -> assertThat(f.reasonsDe()).anySatisfy(r -> assertThat(r).contains("100,0 MB")));
  }

  @Test
  void aFrozenKitRefusesANewCaseButFinishesOneAlreadyStarted() {
    captureAt(MONDAY);
    Instant late = MONDAY.plus(Duration.ofDays(8));
    CaptureService capture =
        new CaptureService(
            FormCatalog.builtIn(),
            cases,
            new AttachmentLimits(1_000_000, 2_000_000),
            at(late),
            Clock.fixed(late, ZoneOffset.UTC),
            audit);

    assertThat(capture.capture("meldebescheinigung", SCHMIDT, VALID))
        .isInstanceOf(CaptureResult.Frozen.class);
    assertThat(capture.capture("meldebescheinigung", SCHMIDT, VALID, List.of(), true))
        .isInstanceOf(CaptureResult.Captured.class);
    assertThat(outbox.pendingCount()).isEqualTo(2);
    assertThat(audit.withAction("CAPTURE")).as("only the case that was stored").hasSize(1);
  }

  @Test
  void aCapturedCaseIsAuditedByClerkAndCaseNumberWithoutTheResidentsData() {
    CaptureService capture =
        new CaptureService(
            FormCatalog.builtIn(),
            cases,
            new AttachmentLimits(1_000_000, 2_000_000),
            at(MONDAY),
            Clock.fixed(MONDAY, ZoneOffset.UTC),
            audit);

    CaptureResult result = capture.capture("meldebescheinigung", SCHMIDT, VALID);

    String caseNumber = ((CaptureResult.Captured) result).captured().caseNumber();
    assertThat(audit.entries())
        .containsExactly(
            new RecordingAuditLog.Recorded(
                "schmidt", "CAPTURE", caseNumber, "form=meldebescheinigung v1; attachments=0"));
    assertThat(audit.entries().toString())
        .doesNotContain("Weiß", "Jürgen", "1941-02-28", "Markt 1", "04821", "Brandis");
  }
}
