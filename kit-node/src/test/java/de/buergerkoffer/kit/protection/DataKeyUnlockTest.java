package de.buergerkoffer.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import de.buergerkoffer.kit.capture.CaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The kit unlocks its data key at start-up with the data passphrase: it makes the key on the first
 * start, refuses to start with a wrong passphrase or a missing or foreign key file, and never harms
 * the key file while refusing.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataKeyUnlockTest {

  private static final String RIGHT = "--bk.kit.data-passphrase=Rathaus Höxter, Koffer 7";
  private static final String WRONG = "--bk.kit.data-passphrase=Rathaus Höxter, Koffer 8";
  private static final Map<String, String> FIELDS =
      Map.of(
          "familyName", "Weißenböck",
          "givenNames", "Hedwig",
          "birthDate", "1937-03-14",
          "street", "Am Brückentor 3",
          "postalCode", "37671",
          "city", "Höxter",
          "purpose", "Rentenversicherung",
          "delivery", "post");

  @TempDir Path dataDir;
  @TempDir Path otherDataDir;

  @Test
  void aWrongPassphraseStopsTheStartWithAClearMessageAndLeavesTheKeyFileAsItWas() throws Exception {
    String caseId = captureOneCase(RIGHT);
    Path keyFile = dataDir.resolve("keys/data-key.json");
    byte[] keyFileBefore = Files.readAllBytes(keyFile);

    assertThatThrownBy(() -> TestKit.start(dataDir, WRONG))
        .satisfies(
            e ->
                assertThat(dataKeyProblem(e).getMessage())
                    .contains("Die Daten-Passphrase passt nicht zum Datenschlüssel")
                    .contains("The data passphrase does not unlock the data key")
                    .contains("BK_DATA_PASSPHRASE")
                    .contains("key file was left unchanged")
                    .doesNotContain("Koffer 7")
                    .doesNotContain("Koffer 8"));

    assertThat(Files.readAllBytes(keyFile)).isEqualTo(keyFileBefore);
    try (TestKit kit = TestKit.start(dataDir, RIGHT)) {
      assertThat(kit.get("/api/cases/" + caseId).get("fields").get("familyName").asText())
          .isEqualTo("Weißenböck");
    }
  }

  @Test
  void theAdminChangesThePassphraseTheCasesOpenWithTheNewOneAndNoLongerWithTheOld()
      throws Exception {
    String caseId = captureOneCase(RIGHT);
    String newPassphrase = "Neue Passphrase für Koffer 7, Nov. 2026";

    ChangeDataPassphrase.change(
        dataDir, "Rathaus Höxter, Koffer 7".toCharArray(), newPassphrase.toCharArray());

    assertThatThrownBy(() -> TestKit.start(dataDir, RIGHT))
        .satisfies(
            e ->
                assertThat(dataKeyProblem(e).getMessage())
                    .contains("The data passphrase does not unlock the data key"));
    try (TestKit kit = TestKit.start(dataDir, "--bk.kit.data-passphrase=" + newPassphrase)) {
      assertThat(kit.get("/api/cases/" + caseId).get("fields").get("familyName").asText())
          .isEqualTo("Weißenböck");
    }
    assertThat(Files.readString(dataDir.resolve("keys/data-key.json")))
        .doesNotContain(newPassphrase);
    assertThat(dataDir.resolve("keys/data-key.json.new")).doesNotExist();
  }

  @Test
  void aWrongCurrentPassphraseOrAWeakNewOneChangesNothingAndSaysWhy() throws Exception {
    captureOneCase(RIGHT);
    Path keyFile = dataDir.resolve("keys/data-key.json");
    byte[] before = Files.readAllBytes(keyFile);

    assertThatThrownBy(
            () ->
                ChangeDataPassphrase.change(
                    dataDir,
                    "Rathaus Höxter, Koffer 8".toCharArray(),
                    "eine ganz neue Passphrase".toCharArray()))
        .isInstanceOf(DataKeyException.class)
        .hasMessageContaining("does not fit; nothing changed");
    assertThatThrownBy(
            () ->
                ChangeDataPassphrase.change(
                    dataDir, "Rathaus Höxter, Koffer 7".toCharArray(), "kurz".toCharArray()))
        .hasMessageContaining("at least 12 characters");
    assertThatThrownBy(
            () ->
                ChangeDataPassphrase.change(
                    dataDir,
                    "Rathaus Höxter, Koffer 7".toCharArray(),
                    DataKeyUnlock.DEMO_PASSPHRASE.toCharArray()))
        .hasMessageContaining("demo passphrase protects nothing");
    assertThatThrownBy(
            () ->
                ChangeDataPassphrase.change(
                    otherDataDir,
                    "egal, egal, egal".toCharArray(),
                    "auch egal, egal".toCharArray()))
        .hasMessageContaining("No key file");

    assertThat(Files.readAllBytes(keyFile)).isEqualTo(before);
  }

  @Test
  void theDemoPassphraseWorksWithoutConfigurationAndIsLoudlyCalledADemoDefault(
      CapturedOutput output) throws Exception {
    try (TestKit kit = TestKit.start(dataDir)) {
      JsonNode captured = kit.capture(FIELDS, "seite-1.png", new byte[] {1, 2, 3});

      assertThat(kit.get("/api/cases/" + captured.get("caseId").asText()).get("fields"))
          .hasSize(FIELDS.size());
      assertThat(kit.bean(Retention.class).retention()).isEqualTo(Duration.ofDays(7));
      assertThat(kit.bean(JdbcTemplate.class).queryForObject("PRAGMA secure_delete", Integer.class))
          .as("secure_delete is on")
          .isEqualTo(1);
    }
    assertThat(output.getOut())
        .contains("WARN")
        .contains("DEMO-PASSPHRASE")
        .contains("DEMO DEFAULT")
        .contains("BK_DATA_PASSPHRASE")
        .contains("new data key created")
        .doesNotContain(DataKeyUnlock.DEMO_PASSPHRASE);
  }

  @Test
  void aMissingKeyFileStopsTheStartWhileCasesNeedIt() throws Exception {
    captureOneCase(RIGHT);
    Files.delete(dataDir.resolve("keys/data-key.json"));

    assertThatThrownBy(() -> TestKit.start(dataDir, RIGHT))
        .satisfies(
            e ->
                assertThat(dataKeyProblem(e).getMessage())
                    .contains("fehlt")
                    .contains("is missing, but the database holds 1 cases"));
    assertThat(dataDir.resolve("keys/data-key.json"))
        .as("no new key was made in place of the lost one")
        .doesNotExist();
  }

  @Test
  void aKitWhoseCasesAreAllGoneMakesANewKeyWhenTheOldOneIsGone() throws Exception {
    captureOneCase(RIGHT);
    erase(dataDir);
    Files.delete(dataDir.resolve("keys/data-key.json"));

    try (TestKit kit = TestKit.start(dataDir, RIGHT)) {
      kit.capture(FIELDS, "seite-1.png", new byte[] {1});
    }
    try (TestKit kit = TestKit.start(dataDir, RIGHT)) {
      assertThat(kit.get("/api/cases")).hasSize(1);
    }
  }

  @Test
  void aKeyFileOfAnotherKitIsRefused() throws Exception {
    captureOneCase(RIGHT);
    TestKit.start(otherDataDir, RIGHT).close();
    Files.copy(
        otherDataDir.resolve("keys/data-key.json"),
        dataDir.resolve("keys/data-key.json"),
        StandardCopyOption.REPLACE_EXISTING);

    assertThatThrownBy(() -> TestKit.start(dataDir, RIGHT))
        .satisfies(
            e ->
                assertThat(dataKeyProblem(e).getMessage())
                    .contains("does not belong to this database"));
  }

  @Test
  void casesStoredBeforeEncryptionAtRestAreEncryptedAtTheFirstStartWithoutATrace()
      throws Exception {
    byte[] page = new byte[4096];
    new SecureRandom().nextBytes(page);
    String caseId = "5d0c1f0e-8a9b-4c2d-9e3f-0a1b2c3d4e5f";
    storeAPlaintextCaseAsTheKitDidBefore(caseId, page);
    DataFolderScan scan =
        new DataFolderScan()
            .text("Weißenböck")
            .text("1937-03-14")
            .text("Alte Sachbearbeiterin")
            .document("scanned page", page);
    assertThat(scan.findings(dataDir)).as("the old kit left the data in plain text").isNotEmpty();

    try (TestKit kit = TestKit.start(dataDir, RIGHT)) {
      JsonNode migrated = kit.get("/api/cases/" + caseId);
      assertThat(migrated.get("fields").get("familyName").asText()).isEqualTo("Weißenböck");
      assertThat(migrated.get("clerk").asText()).isEqualTo("Alte Sachbearbeiterin");
      assertThat(kit.bean(CaseStore.class).attachmentNames(UUID.fromString(caseId)))
          .containsExactly("seite-1.png");
      assertThat(scan.findings(dataDir)).as("while running").isEmpty();
    }
    assertThat(scan.findings(dataDir)).as("after stopping").isEmpty();
  }

  private String captureOneCase(String passphrase) throws Exception {
    try (TestKit kit = TestKit.start(dataDir, passphrase)) {
      return kit.capture(FIELDS, "seite-1.png", new byte[] {1, 2, 3}).get("caseId").asText();
    }
  }

  /** What a wipe leaves: no cases, documents or outbox entries. */
  private static void erase(Path dataDir) {
    JdbcTemplate db =
        new JdbcTemplate(new DriverManagerDataSource("jdbc:sqlite:" + dataDir.resolve("kit.db")));
    db.update("DELETE FROM case_attachment");
    db.update("DELETE FROM outbox");
    db.update("DELETE FROM captured_case");
  }

  /** A kit database at schema version 3, before encryption at rest, with one case in it. */
  private void storeAPlaintextCaseAsTheKitDidBefore(String caseId, byte[] page) throws Exception {
    Files.createDirectories(dataDir);
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:sqlite:"
                + dataDir.resolve("kit.db")
                + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true");
    Flyway.configure().dataSource(db).locations("classpath:db/kit").target("3").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(db);
    jdbc.update(
        "INSERT INTO captured_case (case_id, case_number, form_id, form_version, clerk,"
            + " captured_at, fields_json, status, status_at) VALUES (?, 'TK07-000001-5',"
            + " 'meldebescheinigung', 1, 'Alte Sachbearbeiterin', '2025-01-02T10:00:00.000000000Z',"
            + " ?, 'QUEUED', '2025-01-02T10:00:00.000000000Z')",
        caseId,
        "{\"birthDate\":\"1937-03-14\",\"familyName\":\"Weißenböck\"}");
    jdbc.update(
        "INSERT INTO case_attachment (case_id, name, data) VALUES (?, 'seite-1.png', ?)",
        caseId,
        page);
    jdbc.update(
        "INSERT INTO outbox (case_id, enqueued_at) VALUES (?, '2025-01-02T10:00:00.000000000Z')",
        caseId);
    jdbc.update("UPDATE case_counter SET last_value = 1");
  }

  private static DataKeyException dataKeyProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DataKeyException problem) {
        return problem;
      }
    }
    throw new AssertionError("no DataKeyException in the causes of " + e, e);
  }
}
