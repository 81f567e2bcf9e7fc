package de.buergerkoffer.kit.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.PlainSignature;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.document.Municipality;
import de.buergerkoffer.forms.seal.CaseSeal;
import de.buergerkoffer.forms.seal.ReceiptVerifier;
import de.buergerkoffer.forms.seal.SealCheck;
import de.buergerkoffer.hardware.printer.ReceiptLayout;
import de.buergerkoffer.kit.capture.CapturedCase;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.capture.CaseStoreFixture;
import de.buergerkoffer.kit.documents.CaseDocuments;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class ReceiptServiceTest {

  static final Instant CAPTURED = Instant.parse("2025-06-14T08:32:00Z");
  static final Map<String, String> WEISS =
      Map.of(
          "familyName", "Weiß",
          "givenNames", "Jürgen Ödön",
          "birthDate", "1941-02-28",
          "street", "Straße des Friedens 12",
          "postalCode", "04821",
          "city", "Brandis",
          "purpose", "Rentenversicherung",
          "delivery", "post");

  @TempDir java.nio.file.Path dir;
  private CaseStore cases;
  private KitIdentity identity;
  private ReceiptService receipts;

  @BeforeEach
  void setUp() {
    DataSource db =
        new DriverManagerDataSource("jdbc:sqlite:" + dir.resolve("kit.db") + "?foreign_keys=true");
    Flyway.configure().dataSource(db).locations("classpath:db/kit").load().migrate();
    cases = CaseStoreFixture.jdbc(db, "TK07");
    Clock clock = Clock.systemUTC();
    Credential ca = Pki.createCa("Test Hub CA", Duration.ofDays(30), clock);
    KeyPair keys = Pki.newKeyPair();
    Credential kit =
        new Credential(
            keys.getPrivate(),
            Pki.issue(ca, keys.getPublic(), "kit-07", Role.KIT, Duration.ofDays(1), clock),
            List.of(ca.certificate()));
    identity = new KitIdentity(kit, ca.certificate(), ca.certificate());
    receipts = service(Optional.of(identity));
  }

  private ReceiptService service(Optional<KitIdentity> id) {
    return new ReceiptService(
        "kit-07",
        cases,
        new CaseDocuments(
            FormCatalog.builtIn(), Municipality.of("Gemeinde Musterhausen"), "Musterhausen"),
        () -> id);
  }

  private final ReceiptVerifier townHall =
      (signer, data, signature) ->
          signer.equals("kit-07")
              && PlainSignature.verify(
                  identity.kit().certificate().getPublicKey(), data, signature);

  @Test
  void theReceiptCarriesASealSignedByTheKitThatMatchesTheCase() {
    CapturedCase c = cases.storeNew("meldebescheinigung", 1, "Frau Schmidt", CAPTURED, WEISS);

    CaseReceipt receipt = receipts.receiptFor(c.caseId()).orElseThrow();

    assertThat(receipt.caseNumber()).isEqualTo(c.caseNumber());
    SealCheck check = SealCheck.of(receipt.sealText(), townHall);
    assertThat(check).isInstanceOf(SealCheck.Genuine.class);
    CaseSeal seal = ((SealCheck.Genuine) check).seal();
    assertThat(seal.signerId()).isEqualTo("kit-07");
    assertThat(seal.caseNumber()).isEqualTo(c.caseNumber());
    assertThat(seal.date()).isEqualTo(LocalDate.of(2025, 6, 14));
    assertThat(seal.matches("meldebescheinigung", 1, WEISS)).isTrue();
  }

  @Test
  void thePrinterReceiptNamesCaseServiceClerkAndCarriesTheSeal() {
    CapturedCase c = cases.storeNew("meldebescheinigung", 1, "Frau Schmidt", CAPTURED, WEISS);

    CaseReceipt receipt = receipts.receiptFor(c.caseId()).orElseThrow();
    var printed = receipt.forPrinter();

    assertThat(printed.qrPayloads()).containsExactly(receipt.sealText());
    assertThat(String.join("\n", ReceiptLayout.plainText(printed, 48)))
        .contains(
            "Gemeinde Musterhausen",
            c.caseNumber(),
            "Meldebescheinigung beantragen",
            "14.06.2025, 10:32 Uhr",
            "Frau Schmidt");
  }

  @Test
  void theA4ReceiptIsAPdfWithCaseNumberAndService() throws Exception {
    CapturedCase c = cases.storeNew("meldebescheinigung", 1, "Frau Schmidt", CAPTURED, WEISS);

    byte[] pdf = receipts.receiptFor(c.caseId()).orElseThrow().pdf();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Empfangsbestätigung", c.caseNumber(), "Meldebescheinigung");
    }
  }

  @Test
  void anUnknownCaseHasNoReceipt() {
    assertThat(receipts.receiptFor(UUID.randomUUID())).isEmpty();
  }

  @Test
  void aKitThatIsNotEnrolledCannotSealAReceipt() {
    CapturedCase c = cases.storeNew("meldebescheinigung", 1, "Frau Schmidt", CAPTURED, WEISS);

    assertThatThrownBy(() -> service(Optional.empty()).receiptFor(c.caseId()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nicht beim Rathaus angemeldet");
  }
}
