package de.buergerkoffer.kit.visit;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.idcard.simulated.SimulatedCard;
import de.buergerkoffer.hardware.idcard.simulated.SimulatedIdCardReader;
import de.buergerkoffer.hardware.scanner.Scanner;
import de.buergerkoffer.hardware.scanner.simulated.SimulatedScanner;
import de.buergerkoffer.hardware.scanner.simulated.SimulatedSheet;
import de.buergerkoffer.kit.FreePort;
import de.buergerkoffer.kit.KitApplication;
import de.buergerkoffer.kit.capture.CaptureResult;
import de.buergerkoffer.kit.capture.CaptureService;
import de.buergerkoffer.kit.capture.Clerk;
import de.buergerkoffer.kit.clerks.TestClerks;
import de.buergerkoffer.kit.outbox.Outbox;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real (offline) kit over HTTP: the ID-card step says how the identity was established (and warns
 * about a refused chip), and a scan that names a known case is offered, and sent, as a supplement.
 */
class IdentityAndSupplementWebTest {

  @TempDir Path dataDir;
  private ConfigurableApplicationContext kit;
  private final KitWebClient web = new KitWebClient(() -> kit);

  @BeforeEach
  void startKit() throws Exception {
    int nothingListens = FreePort.find();
    kit =
        KitApplication.builder()
            .run(
                "--bk.kit.data-dir=" + dataDir,
                "--bk.kit.id=kit-07",
                "--bk.kit.case-prefix=TK07",
                "--bk.kit.hub-url=http://127.0.0.1:" + nothingListens,
                "--bk.kit.broker-url=tcp://127.0.0.1:" + nothingListens,
                "--bk.kit.argon2.memory-kib=256",
                "--server.port=0",
                "--server.address=127.0.0.1");
    TestClerks.seed(kit);
    web.logIn();
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void aChipReadSaysThatItsAuthenticityWasNotCheckedOnTheSimulatedReader() throws Exception {
    String visitPath = newVisit("Erika Mustermann");

    String read = KitWebClient.location(web.post(visitPath + "/ausweis", Map.of("can", "123456")));

    assertThat(read).endsWith(visitPath);
    assertThat(web.get(visitPath).body())
        .contains("Identität festgestellt", "Chip gelesen – Echtheit nicht geprüft")
        .contains("identity-warn");
  }

  @Test
  void aForgedChipIsRefusedAndTheTypedDataRecordTheVisualCheckAndTheRefusal() throws Exception {
    ((SimulatedIdCardReader) kit.getBean(IdCardReader.class)).insert(SimulatedCard.forged());
    String visitPath = newVisit("Erika Mustermann");

    HttpResponse<String> refused = web.post(visitPath + "/ausweis", Map.of("can", "123456"));

    assertThat(refused.body())
        .contains("id=\"chip-refused\"", "Chip gelesen – ACHTUNG")
        .contains("id=\"manual\" open")
        .contains("name=\"chipRefused\"");
    Map<String, String> typed = ManualIdEntry.specimen();
    typed.put("chipRefused", "true");
    HttpResponse<String> unconfirmed = web.post(visitPath + "/ausweis/hand", typed);
    assertThat(unconfirmed.statusCode()).isEqualTo(200);
    assertThat(unconfirmed.body()).contains("Bitte bestätigen, dass Sie den Ausweis angesehen");

    typed.put("visualCheck", "on");
    assertThat(KitWebClient.location(web.post(visitPath + "/ausweis/hand", typed)))
        .endsWith(visitPath);
    assertThat(web.get(visitPath).body())
        .contains("Von Hand eingegeben nach Sichtprüfung – der Chip wurde abgelehnt")
        .contains("identity-alert");
    assertThat(web.get(visitPath + "?lang=en").body()).contains("the chip was refused");
  }

  @Test
  void aScanNamingACaseOfThisKitIsOfferedAndAcceptedItTravelsAsASupplement() throws Exception {
    CaptureResult earlier =
        kit.getBean(CaptureService.class)
            .capture(
                "meldebescheinigung",
                new Clerk("schmidt", "Frau Schmidt"),
                Map.of(
                    "familyName", "Weiß",
                    "givenNames", "Jürgen",
                    "birthDate", "1941-02-28",
                    "street", "Hauptstraße 5",
                    "postalCode", "01900",
                    "city", "Großröhrsdorf",
                    "purpose", "Rente",
                    "delivery", "post"));
    String earlierNumber = ((CaptureResult.Captured) earlier).captured().caseNumber();
    String visitPath = newVisit("Erika Mustermann");
    web.post(visitPath + "/antrag", Map.of("formId", "lebensbescheinigung"));
    web.post(visitPath + "/schritt/2", Map.of("hasFundForm", "yes", "go", "back"));
    ((SimulatedScanner) kit.getBean(Scanner.class))
        .placeOnGlass(SimulatedSheet.letterFor(earlierNumber));

    String back =
        KitWebClient.location(
            web.post(visitPath + "/scannen", Map.of("attachmentId", "fundForm", "step", "3")));
    String page = web.get(URI.create(back).getPath()).body();

    assertThat(page)
        .contains(
            "Auf Seite 1 erkannt: Vorgang "
                + earlierNumber
                + " – Scan als Nachreichung zu diesem Vorgang senden?");
    String sent =
        KitWebClient.location(
            web.post(
                visitPath + "/nachreichung",
                Map.of("caseNumber", earlierNumber, "pages", "0", "step", "3")));
    String confirmation = web.get(URI.create(sent).getPath()).body();
    assertThat(confirmation).contains("zu Vorgang " + earlierNumber + " aufgenommen");
    List<CaseContent> outgoing = kit.getBean(Outbox.class).unsealed(10);
    CaseContent supplement =
        outgoing.stream()
            .filter(c -> c.data().formId().equals("nachreichung"))
            .findFirst()
            .orElseThrow();
    // a receipt was tried, as for any application: this kit is not enrolled, so it has no key to
    // seal one; the clerk is told, the supplement waits on the list of receipts to print later
    assertThat(confirmation)
        .contains("ohne seinen Schlüssel kann er keinen Beleg siegeln", "Beleg später drucken")
        .contains("/vorgang/" + supplement.data().caseId() + "/beleg.pdf");
    assertThat(kit.getBean(ReceiptDesk.class).unprinted()).contains(supplement.data().caseId());
    assertThat(supplement.data().fields()).containsEntry("referencedCaseNumber", earlierNumber);
    assertThat(supplement.attachments()).extracting(a -> a.name()).contains("unterlagen-1.png");
    assertThat(web.get(visitPath + "/schritt/3").body()).doesNotContain("seite/0.png");
  }

  @Test
  void aScanNamingNoKnownCaseOffersNothingAndStaysInTheApplication() throws Exception {
    String visitPath = newVisit("Erika Mustermann");
    web.post(visitPath + "/antrag", Map.of("formId", "lebensbescheinigung"));
    ((SimulatedScanner) kit.getBean(Scanner.class))
        .placeOnGlass(SimulatedSheet.letterFor("ZZ99-000001-8"));

    String back =
        KitWebClient.location(
            web.post(visitPath + "/scannen", Map.of("attachmentId", "fundForm", "step", "3")));

    String page = web.get(URI.create(back).getPath()).body();
    assertThat(page).doesNotContain("als Nachreichung").contains("seite/0.png");
  }

  private String newVisit(String name) throws Exception {
    return URI.create(KitWebClient.location(web.post("/besuch", Map.of("residentName", name))))
        .getPath();
  }
}
