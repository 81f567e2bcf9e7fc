package de.buergerkoffer.kit.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.IdentityCheck;
import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.seal.CaseSeal;
import de.buergerkoffer.hardware.idcard.Authenticity;
import de.buergerkoffer.hardware.idcard.DocumentData;
import de.buergerkoffer.hardware.idcard.FaceImage;
import de.buergerkoffer.hardware.idcard.simulated.SimulatedCard;
import de.buergerkoffer.hardware.scanner.simulated.SimulatedScanner;
import de.buergerkoffer.hardware.scanner.simulated.SimulatedSheet;
import de.buergerkoffer.hardware.scanner.zxing.ZxingPageCodeReader;
import de.buergerkoffer.hardware.signature.PointerKind;
import de.buergerkoffer.hardware.signature.Signature;
import de.buergerkoffer.hardware.signature.SignaturePoint;
import de.buergerkoffer.hardware.signature.SignatureProcessor;
import de.buergerkoffer.hardware.signature.SignatureStroke;
import de.buergerkoffer.hardware.signature.browser.PointerEventSignaturePad;
import de.buergerkoffer.kit.audit.RecordingAuditLog;
import de.buergerkoffer.kit.capture.AttachmentLimits;
import de.buergerkoffer.kit.capture.CaptureResult;
import de.buergerkoffer.kit.capture.CaptureService;
import de.buergerkoffer.kit.capture.CapturedCase;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.capture.CaseStoreFixture;
import de.buergerkoffer.kit.capture.Clerk;
import de.buergerkoffer.kit.capture.FreezeCheck;
import de.buergerkoffer.kit.capture.FreezeLimits;
import de.buergerkoffer.kit.outbox.OutboxFixture;
import de.buergerkoffer.kit.protection.TestDataProtection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The visit flow on the real SQLite store: drafts survive a "restart" (a new store and flow on the
 * same database file), are stored only as ciphertext, and go once the case is captured.
 */
class VisitFlowTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dataDir;
  private DataSource db;
  private CaseStore cases;
  private VisitFlow flow;
  private final SimulatedScanner scanner = new SimulatedScanner(clock);

  @BeforeEach
  void createDatabase() {
    db =
        new DriverManagerDataSource(
            "jdbc:sqlite:" + dataDir.resolve("kit.db") + "?foreign_keys=true");
    Flyway.configure().dataSource(db).locations("classpath:db/kit").load().migrate();
    cases = CaseStoreFixture.jdbc(db, "TK07");
    flow = newFlow();
  }

  /** What a kit start builds: a store and a flow over the database file. */
  private VisitFlow newFlow() {
    return newFlow(clock);
  }

  private VisitFlow newFlow(Clock clock) {
    FreezeCheck freeze =
        new FreezeCheck(
            new FreezeLimits(Duration.ofDays(7), 200, 0),
            OutboxFixture.jdbc(db),
            () -> 1L << 40,
            clock);
    CaptureService capture =
        new CaptureService(
            FormCatalog.builtIn(),
            cases,
            new AttachmentLimits(25_000_000L, 50_000_000L),
            freeze,
            clock,
            new RecordingAuditLog());
    return new VisitFlow(
        new JdbcVisitStore(new JdbcTemplate(db), TestDataProtection.fixed(), clock),
        FormCatalog.builtIn(),
        scanner,
        new PointerEventSignaturePad(new SignatureProcessor(), clock),
        capture,
        new ScanReferences(new ZxingPageCodeReader(), number -> cases.hasCaseNumber(number)),
        clock);
  }

  @Test
  void aDraftTypedHalfWayIsThereAgainAfterARestart() {
    Visit visit = flow.startOnTheSpot("Hedwig Weißenböck");
    flow.startForm(visit.id(), "meldebescheinigung");
    flow.saveStep(visit.id(), 0, Map.of("familyName", "Weißenböck", "givenNames", "Hedwig"));

    VisitFlow afterRestart = newFlow();

    Visit resumed = afterRestart.get(visit.id());
    assertThat(resumed.residentName()).isEqualTo("Hedwig Weißenböck");
    assertThat(resumed.draft().formId()).isEqualTo("meldebescheinigung");
    assertThat(resumed.draft().step()).isZero();
    assertThat(resumed.draft().values())
        .containsEntry("familyName", "Weißenböck")
        .containsEntry("givenNames", "Hedwig");
    assertThat(afterRestart.open()).extracting(Visit::id).containsExactly(visit.id());
  }

  @Test
  void aLateAutosaveOfAnEarlierStepKeepsItsValuesButNotItsPosition() {
    Visit visit = flow.startOnTheSpot("Hedwig Weißenböck");
    flow.startForm(visit.id(), "meldebescheinigung");
    flow.saveStep(visit.id(), 0, Map.of("familyName", "Weißenböck"));
    flow.goTo(visit.id(), 1);

    Visit saved = flow.saveValues(visit.id(), 0, Map.of("familyName", "Weißenböck-Hahn"));

    assertThat(saved.draft().step()).isEqualTo(1);
    assertThat(saved.draft().values()).containsEntry("familyName", "Weißenböck-Hahn");
  }

  @Test
  void invalidValuesAreKeptTooSoNothingTypedIsLost() {
    Visit visit = flow.startOnTheSpot("Hedwig Weißenböck");
    flow.startForm(visit.id(), "meldebescheinigung");

    Visit saved = flow.saveStep(visit.id(), 1, Map.of("postalCode", "048"));

    assertThat(saved.draft().values()).containsEntry("postalCode", "048");
    assertThat(flow.errors(saved, 1))
        .extracting(e -> e.fieldId())
        .contains("postalCode", "street", "city");
  }

  @Test
  void aStepOnlyTakesItsOwnFieldsAndClearsAnUntickedChoice() {
    Visit visit = flow.startOnTheSpot("Hedwig Weißenböck");
    flow.startForm(visit.id(), "meldebescheinigung");
    flow.saveStep(visit.id(), 2, Map.of("purpose", "Rente", "delivery", "post"));

    Visit saved =
        flow.saveStep(visit.id(), 2, Map.of("purpose", "Rente", "familyName", "Fremdwert"));

    assertThat(saved.draft().values())
        .containsEntry("purpose", "Rente")
        .doesNotContainKeys("delivery", "familyName");
  }

  @Test
  void draftsAndIdDataAreStoredOnlyAsCiphertext() throws IOException {
    Visit visit = flow.startOnTheSpot("Hedwig Weißenböck");
    flow.takeCard(visit.id(), SimulatedCard.specimen().data());
    flow.startForm(visit.id(), "meldebescheinigung");
    flow.saveStep(visit.id(), 0, Map.of("familyName", "Weißenböck", "birthDate", "1937-03-14"));

    assertThat(
            new JdbcTemplate(db).queryForObject("SELECT typeof(data) FROM kit_visit", String.class))
        .isEqualTo("blob");
    for (String secret : List.of("Weißenböck", "1937-03-14", "Mustermann", "T22000129")) {
      assertThat(filesContain(dataDir, secret)).as(secret).isFalse();
    }
  }

  @Test
  void theIdDataPrefillsEveryFormOfTheVisitWithoutReadingTheCardAgain() {
    Visit visit = flow.start(planned());
    flow.takeCard(visit.id(), SimulatedCard.specimen().data());

    Visit first = flow.startForm(visit.id(), "meldebescheinigung");
    Visit second = flow.startForm(visit.id(), "lebensbescheinigung");

    assertThat(first.draft().values())
        .containsEntry("familyName", "Mustermann")
        .containsEntry("givenNames", "Erika")
        .containsEntry("birthDate", "1964-08-12")
        .containsEntry("postalCode", "51147")
        .containsEntry("city", "Köln");
    assertThat(second.draft().values())
        .containsEntry("familyName", "Mustermann")
        .containsEntry("documentNumber", "T22000129")
        .containsEntry("address.street", "Heidestraße")
        .containsEntry("address.houseNumber", "17");
  }

  @Test
  void aCompleteDraftBecomesACaseWithPagesAndSignatureAndTheDraftIsGone() {
    Visit visit = flow.start(planned());
    flow.takeCard(visit.id(), SimulatedCard.specimen().data());
    flow.startForm(visit.id(), "lebensbescheinigung");
    flow.saveStep(
        visit.id(),
        1,
        Map.of(
            "identityDocument", "idCard", "documentNumber", "T22000129", "presentInPerson", "yes"));
    flow.saveStep(
        visit.id(),
        2,
        Map.of(
            "pensionFund",
            "DRV Bund",
            "pensionNumber",
            "12 120864 M 004",
            "hasFundForm",
            "yes",
            "delivery",
            "resident"));
    Visit beforeScan = flow.get(visit.id());
    assertThat(flow.allErrors(beforeScan))
        .extracting(e -> e.fieldId())
        .contains("fundForm", "signature");

    flow.scan(visit.id(), "fundForm");
    flow.sign(visit.id(), zigzag());
    CaptureResult result = flow.submit(visit.id(), new Clerk("schmidt", "Frau Schmidt"));

    assertThat(result).isInstanceOf(CaptureResult.Captured.class);
    UUID caseId = ((CaptureResult.Captured) result).captured().caseId();
    assertThat(cases.attachmentNames(caseId))
        .contains("fundForm-1.png", "signature.png", "signature-strokes.json");
    Visit after = flow.get(visit.id());
    assertThat(after.draft()).isNull();
    assertThat(after.done()).extracting(Visit.DoneCase::caseId).containsExactly(caseId);
    assertThat(after.card()).isNotNull();
  }

  @Test
  void howTheIdentityWasEstablishedTravelsWithTheCaseButThePhotoNever() throws Exception {
    byte[] photo = "JPEG-PHOTO-OF-ERIKA".getBytes(StandardCharsets.US_ASCII);
    DocumentData specimen = SimulatedCard.specimen().data();
    DocumentData fromChip =
        new DocumentData(
            specimen.documentType(),
            specimen.issuingState(),
            specimen.documentNumber(),
            specimen.surname(),
            specimen.givenNames(),
            specimen.birthDate(),
            specimen.nationality(),
            specimen.expiryDate(),
            Optional.of(new FaceImage("image/jpeg", photo)),
            de.buergerkoffer.hardware.idcard.DataSource.CHIP,
            Authenticity.issuerVerified("CSCA Utopia").withChipAndTerminalAuthenticated());
    Visit visit = flow.start(planned());
    flow.takeCard(visit.id(), fromChip);

    UUID caseId = completeLebensbescheinigung(visit.id());

    IdentityCheck expected =
        new IdentityCheck(
            IdentityCheck.Source.CHIP,
            IdentityCheck.Outcome.ISSUER_VERIFIED,
            IdentityCheck.ChipCheck.CHIP_AND_TERMINAL_AUTHENTICATED);
    assertThat(flow.get(visit.id()).card().check()).isEqualTo(expected);
    assertThat(flow.get(visit.id()).card().severity()).isEqualTo("ok");
    CaseContent outgoing = OutboxFixture.jdbc(db).unsealed(10).get(0);
    assertThat(outgoing.data().caseId()).isEqualTo(caseId);
    assertThat(outgoing.data().identityCheck()).isEqualTo(expected);
    String base64 = Base64.getEncoder().encodeToString(photo);
    assertThat(WireJson.mapper().writeValueAsString(flow.get(visit.id()))).doesNotContain(base64);
    assertThat(outgoing.attachments())
        .allSatisfy(
            a ->
                assertThat(new String(a.data(), StandardCharsets.ISO_8859_1))
                    .doesNotContain("JPEG-PHOTO-OF-ERIKA"));
  }

  @Test
  void dataTypedAfterARefusedChipSaySoAndWarnTheClerk() {
    Visit visit = flow.startOnTheSpot("Erika Mustermann");
    DocumentData specimen = SimulatedCard.specimen().data();
    DocumentData typed =
        new DocumentData(
            "ID",
            "D",
            specimen.documentNumber(),
            specimen.surname(),
            specimen.givenNames(),
            specimen.birthDate(),
            "D",
            specimen.expiryDate(),
            Optional.empty(),
            de.buergerkoffer.hardware.idcard.DataSource.MANUAL);

    Visit after = flow.takeCard(visit.id(), typed, true);

    assertThat(after.card().check().outcome())
        .isEqualTo(IdentityCheck.Outcome.VISUAL_CHECK_CHIP_REFUSED);
    assertThat(after.card().severity()).isEqualTo("alert");
    assertThat(flow.takeCard(visit.id(), typed, false).card().check().describeDe())
        .isEqualTo("Von Hand eingegeben nach Sichtprüfung des Ausweises");
  }

  @Test
  void aScannedLetterNamingAKnownCaseIsOfferedAndAcceptedAsASupplementOfItsOwn() {
    Visit first = flow.start(planned());
    flow.takeCard(first.id(), SimulatedCard.specimen().data());
    UUID earlier = completeLebensbescheinigung(first.id());
    String earlierNumber = cases.find(earlier).orElseThrow().caseNumber();
    Visit visit = flow.start(planned());
    flow.takeCard(visit.id(), SimulatedCard.specimen().data());
    flow.startForm(visit.id(), "lebensbescheinigung");
    flow.scan(visit.id(), "fundForm");
    scanner.placeOnGlass(SimulatedSheet.letterFor(earlierNumber));
    flow.scan(visit.id(), "fundForm");

    List<VisitFlow.SupplementOffer> offers = flow.supplementOffers(visit.id(), 1);

    assertThat(offers).containsExactly(new VisitFlow.SupplementOffer(earlierNumber, List.of(1)));
    assertThat(offers.get(0).pageNumbers()).isEqualTo("2");
    CaptureResult sent =
        flow.sendAsSupplement(
            visit.id(), earlierNumber, List.of(1), new Clerk("schmidt", "Frau Schmidt"));
    assertThat(sent).isInstanceOf(CaptureResult.Captured.class);
    CapturedCase supplement = ((CaptureResult.Captured) sent).captured();
    assertThat(supplement.formId()).isEqualTo("nachreichung");
    assertThat(supplement.fields()).containsEntry("referencedCaseNumber", earlierNumber);
    assertThat(cases.attachmentNames(supplement.caseId())).contains("unterlagen-1.png");
    Visit after = flow.get(visit.id());
    assertThat(after.draft().pages()).hasSize(1);
    assertThat(after.done()).extracting(Visit.DoneCase::formId).containsExactly("nachreichung");
  }

  @Test
  void theSealedQrCodeOfAReceiptIsRecognisedAsItsCaseNumber() {
    Visit first = flow.start(planned());
    flow.takeCard(first.id(), SimulatedCard.specimen().data());
    UUID earlier = completeLebensbescheinigung(first.id());
    String number = cases.find(earlier).orElseThrow().caseNumber();
    String seal = CaseSeal.unsigned(number, LocalDate.of(2026, 11, 20), new byte[32]).encode();
    assertThat(seal).doesNotContain(number);
    Visit visit = flow.start(planned());
    flow.startForm(visit.id(), "lebensbescheinigung");
    scanner.placeOnGlass(new SimulatedSheet(List.of("Beleg"), Optional.of(seal)));
    flow.scan(visit.id(), "fundForm");

    assertThat(flow.supplementOffers(visit.id(), 0))
        .extracting(VisitFlow.SupplementOffer::caseNumber)
        .containsExactly(number);
  }

  @Test
  void aCaseNumberTheKitDoesNotKnowIsNotOffered() {
    Visit visit = flow.start(planned());
    flow.startForm(visit.id(), "lebensbescheinigung");
    scanner.placeOnGlass(SimulatedSheet.letterFor("XY99-000001-8"));
    flow.scan(visit.id(), "fundForm");

    assertThat(flow.supplementOffers(visit.id(), 0)).isEmpty();
    assertThatThrownBy(
            () ->
                flow.sendAsSupplement(
                    visit.id(), "XY99-000001-8", List.of(0), new Clerk("s", "Frau Schmidt")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Fills, scans, signs and submits a life certificate; returns the case id. */
  private UUID completeLebensbescheinigung(UUID visitId) {
    flow.startForm(visitId, "lebensbescheinigung");
    flow.saveStep(
        visitId,
        1,
        Map.of(
            "identityDocument", "idCard", "documentNumber", "T22000129", "presentInPerson", "yes"));
    flow.saveStep(
        visitId,
        2,
        Map.of(
            "pensionFund",
            "DRV Bund",
            "pensionNumber",
            "12 120864 M 004",
            "hasFundForm",
            "no",
            "delivery",
            "resident"));
    flow.sign(visitId, zigzag());
    CaptureResult result = flow.submit(visitId, new Clerk("schmidt", "Frau Schmidt"));
    assertThat(result).isInstanceOf(CaptureResult.Captured.class);
    return ((CaptureResult.Captured) result).captured().caseId();
  }

  @Test
  void closingAVisitDeletesItsDraftAndIdData() throws IOException {
    Visit visit = flow.startOnTheSpot("Hedwig Weißenböck");
    flow.startForm(visit.id(), "meldebescheinigung");

    flow.close(visit.id());

    assertThat(flow.open()).isEmpty();
    assertThat(newFlow().open()).isEmpty();
  }

  @Test
  void aVisitNobodyEndedIsEndedOnceOlderThanTheRetentionTime() {
    Visit old = flow.startOnTheSpot("Hedwig Weißenböck");
    flow.startForm(old.id(), "meldebescheinigung");

    assertThat(flow.endVisitsOlderThan(Duration.ofDays(7))).isZero();
    VisitFlow eightDaysLater = newFlow(Clock.offset(clock, Duration.ofDays(8)));
    assertThat(eightDaysLater.endVisitsOlderThan(Duration.ofDays(7))).isEqualTo(1);

    assertThat(eightDaysLater.open()).isEmpty();
  }

  private VisitPlan.PlannedVisit planned() {
    return new VisitPlan.PlannedVisit(
        UUID.randomUUID(),
        LocalDate.of(2026, 11, 20),
        "10:30",
        "Erika Mustermann",
        "Heidestraße 17, 51147 Köln",
        List.of("lebensbescheinigung"),
        "");
  }

  static Signature zigzag() {
    List<SignaturePoint> points = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      points.add(new SignaturePoint(50 + i * 20, i % 2 == 0 ? 80 : 200, 0.5f, i * 10L));
    }
    return new Signature(900, 300, 3.78, PointerKind.MOUSE, List.of(new SignatureStroke(points)));
  }

  static boolean filesContain(Path folder, String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] content = Files.readAllBytes(file);
        if (indexOf(content, needle) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
