package de.buergerkoffer.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.crypto.DataCipherException;
import de.buergerkoffer.kit.capture.CapturedCase;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.capture.CaseStoreFixture;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.outbox.OutboxFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The case store and the outbox keep personal data encrypted in the database and bound to its case:
 * what they read back is what was captured, and a value moved to another case does not open.
 */
class EncryptedColumnsTest {

  private static final Map<String, String> ERIKA =
      Map.of("familyName", "Müller", "birthDate", "1964-08-12");
  private static final Map<String, String> HEDWIG =
      Map.of("familyName", "Weißenböck", "birthDate", "1937-03-14");

  @TempDir Path dataDir;

  private JdbcTemplate jdbc;
  private CaseStore cases;
  private Outbox outbox;

  @BeforeEach
  void createDatabase() {
    DataSource db =
        new DriverManagerDataSource(
            "jdbc:sqlite:" + dataDir.resolve("kit.db") + "?foreign_keys=true");
    Flyway.configure().dataSource(db).locations("classpath:db/kit").load().migrate();
    jdbc = new JdbcTemplate(db);
    cases = CaseStoreFixture.jdbc(db, "TK07");
    outbox = OutboxFixture.jdbc(db);
  }

  @Test
  void storesValuesClerkAndDocumentsOnlyAsCiphertext() {
    CapturedCase hedwig = store(HEDWIG, new Attachment("Weissenboeck-Ausweis.pdf", pdf()));

    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT typeof(fields_json) AS t, fields_json, clerk FROM captured_case"
                + " WHERE case_id = ?",
            hedwig.caseId().toString());
    assertThat(row.get("t")).isEqualTo("blob");
    assertThat(text((byte[]) row.get("fields_json"))).doesNotContain("Wei").doesNotContain("1937");
    assertThat(text((byte[]) row.get("clerk"))).doesNotContain("Schmidt");
    Map<String, Object> document = jdbc.queryForMap("SELECT name, data FROM case_attachment");
    assertThat(text((byte[]) document.get("name"))).doesNotContain("Weissenboeck");
    assertThat(text((byte[]) document.get("data"))).doesNotContain("%PDF");
  }

  @Test
  void readsBackExactlyWhatWasCaptured() {
    CapturedCase hedwig =
        store(
            HEDWIG,
            new Attachment("seite-2.png", new byte[] {2}),
            new Attachment("seite-1.png", pdf()));

    CapturedCase found = cases.find(hedwig.caseId()).orElseThrow();
    assertThat(found.fields()).isEqualTo(HEDWIG);
    assertThat(found.clerk()).isEqualTo("Frau Schmidt");
    assertThat(cases.recent(10)).extracting(CapturedCase::fields).containsExactly(HEDWIG);
    assertThat(cases.attachmentNames(hedwig.caseId()))
        .containsExactly("seite-1.png", "seite-2.png");
    var content = outbox.unsealed(10).get(0);
    assertThat(content.data().fields()).isEqualTo(HEDWIG);
    assertThat(content.data().clerk()).isEqualTo("Frau Schmidt");
    assertThat(content.attachments())
        .containsExactly(
            new Attachment("seite-1.png", pdf()), new Attachment("seite-2.png", new byte[] {2}));
  }

  @Test
  void valuesSwappedBetweenTwoCasesDoNotOpen() {
    CapturedCase erika = store(ERIKA);
    CapturedCase hedwig = store(HEDWIG);
    byte[] erikasFields = fieldsOf(erika);
    byte[] hedwigsFields = fieldsOf(hedwig);
    jdbc.update(
        "UPDATE captured_case SET fields_json = ? WHERE case_id = ?",
        hedwigsFields,
        erika.caseId().toString());
    jdbc.update(
        "UPDATE captured_case SET fields_json = ? WHERE case_id = ?",
        erikasFields,
        hedwig.caseId().toString());

    assertThatThrownBy(() -> cases.find(erika.caseId()))
        .isInstanceOf(DataCipherException.class)
        .hasMessageContaining("captured_case.fields_json")
        .hasMessageContaining(erika.caseId().toString())
        .hasMessageNotContaining("Weißenböck");
    assertThatThrownBy(() -> outbox.unsealed(10)).isInstanceOf(DataCipherException.class);
  }

  @Test
  void aValueMovedToAnotherColumnOfTheSameCaseDoesNotOpen() {
    CapturedCase erika = store(ERIKA);
    jdbc.update(
        "UPDATE captured_case SET clerk = fields_json WHERE case_id = ?",
        erika.caseId().toString());

    assertThatThrownBy(() -> cases.find(erika.caseId()))
        .isInstanceOf(DataCipherException.class)
        .hasMessageContaining("captured_case.clerk");
  }

  @Test
  void documentsSwappedBetweenNamesDoNotOpen() {
    CapturedCase hedwig =
        store(
            HEDWIG,
            new Attachment("seite-1.png", new byte[] {1}),
            new Attachment("seite-2.png", new byte[] {2}));
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT rowid AS r, data FROM case_attachment");
    jdbc.update(
        "UPDATE case_attachment SET data = ? WHERE rowid = ?",
        rows.get(1).get("data"),
        rows.get(0).get("r"));

    assertThatThrownBy(() -> outbox.unsealed(10))
        .isInstanceOf(DataCipherException.class)
        .hasMessageContaining("case_attachment.data")
        .hasMessageContaining(hedwig.caseId().toString());
  }

  @Test
  void refusesADocumentNameGivenTwiceAndStoresNothing() {
    assertThatThrownBy(
            () ->
                store(
                    HEDWIG,
                    new Attachment("seite-1.png", new byte[] {1}),
                    new Attachment("seite-1.png", new byte[] {2})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seite-1.png");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM captured_case", Integer.class)).isZero();
  }

  private CapturedCase store(Map<String, String> fields, Attachment... attachments) {
    return cases.storeNew(
        "meldebescheinigung",
        1,
        "Frau Schmidt",
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        fields,
        List.of(attachments));
  }

  private byte[] fieldsOf(CapturedCase c) {
    return jdbc.queryForObject(
        "SELECT fields_json FROM captured_case WHERE case_id = ?",
        byte[].class,
        c.caseId().toString());
  }

  private static byte[] pdf() {
    return "%PDF-1.7 Personalausweis Weißenböck".getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
