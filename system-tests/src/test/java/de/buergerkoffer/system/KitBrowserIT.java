package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.buergerkoffer.bundle.CaseStatusBoard;
import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.hardware.printer.ReceiptLayout;
import de.buergerkoffer.hardware.printer.simulated.SimulatedReceiptPrinter;
import de.buergerkoffer.hub.broker.Downlink;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.kit.enrollment.KitEnrollment;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The kit's UI in a real browser (headless Chromium at 1280×800): the offline badge turning online
 * when the broker comes up, then one full visit from the town hall's plan to the printed receipt,
 * with a reload in the middle of the form. Saves a screenshot of each step under {@code
 * docs/screenshots/kit-*.png} (shown in the README).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KitBrowserIT {

  static final String CAN = "123456";
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

  @TempDir static Path dir;
  private TestBroker broker;
  private Town town;
  private Browser browser;
  private WebDriverWait wait;

  @BeforeAll
  void startTownWithBrokerDownAndBrowser() {
    broker = TestBroker.create(dir.resolve("broker"));
    town = new Town(dir, broker);
    town.startHub();
    town.startKit();
    town.awaitKitEnrolled();
    browser = Browser.start(dir.resolve("chromium-profile"));
    wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
  }

  @AfterAll
  void stopAll() {
    if (browser != null) {
      browser.close();
    }
    if (town != null) {
      town.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @Order(1)
  void theOfflineBadgeTurnsOnlineWhenTheBrokerComesUp() {
    // a case captured while the broker is down waits, sealed, in the outbox
    Town.Reply offline =
        town.kitPost("/api/cases", Map.of("formId", "meldebescheinigung", "fields", WEISS));
    assertThat(offline.status()).isEqualTo(201);
    open("/");
    assertThat(text("online-state")).isEqualTo("Offline");
    assertThat(text("pending")).isEqualTo("1 wartend");
    browser.screenshot("kit-02-offline");
    await("bundle sealed")
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              open("/uebertragung");
              return text("sync-page").contains("versiegelt, wartet auf Netz");
            });
    browser.screenshot("kit-03-uebertragung-offline");

    broker.start();
    publishVisitPlan();

    // no reload: the status bar polls by itself
    new WebDriverWait(browser.driver, Duration.ofSeconds(90))
        .until(ExpectedConditions.textToBe(By.id("online-state"), "Online"));
    assertThat(browser.driver.findElement(By.id("online-state")).getAttribute("class"))
        .contains("online");
  }

  @Test
  @Order(2)
  void aFullVisitFromThePlanToThePrintedReceipt() {
    await("visit plan on the kit")
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              open("/");
              return !browser.driver.findElements(By.cssSelector(".planned-visit")).isEmpty();
            });
    assertThat(text("plan")).contains("Erika Mustermann", "Lebensbescheinigung", "Klingel");
    browser.screenshot("kit-04-besuchsplan");

    // the visit: start it from the plan, read the ID card
    click(By.cssSelector(".planned-visit button[type=submit]"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit")));
    browser.screenshot("kit-05-besuch");
    click(By.id("read-card"));
    type(By.id("can"), CAN);
    browser.screenshot("kit-06-ausweis-lesen");
    click(By.id("read-button"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-data")));
    assertThat(text("card-name")).isEqualTo("Erika Mustermann");

    // the requested service; the form is prefilled from the card and the plan's address
    click(By.cssSelector("button[data-form=lebensbescheinigung]"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("familyName")));
    assertThat(value("familyName")).isEqualTo("Mustermann");
    assertThat(value("givenNames")).isEqualTo("Erika");
    assertThat(value("birthDate")).isEqualTo("1964-08-12");
    assertThat(value("address.postalCode")).isEqualTo("51147");
    browser.screenshot("kit-07-formular-vorbelegt");
    click(By.id("next"));

    // a validation error in plain German, then corrected
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("identityDocument-idCard")));
    assertThat(value("documentNumber")).isEqualTo("T22000129");
    click(By.id("identityDocument-idCard"));
    click(By.id("next"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("presentInPerson-error")));
    assertThat(text("presentInPerson-error")).containsIgnoringCase("bitte");
    browser.screenshot("kit-08-pruefmeldung", By.id("presentInPerson-error"));
    click(By.id("presentInPerson-yes"));
    click(By.id("next"));

    // a reload in the middle of the form loses nothing
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pensionFund")));
    type(By.id("pensionFund"), "Deutsche Rentenversicherung Bund");
    click(By.id("hasFundForm-yes"));
    wait.until(ExpectedConditions.attributeToBe(By.id("draft-state"), "data-state", "saved"));
    browser.driver.navigate().refresh();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pensionFund")));
    assertThat(value("pensionFund")).isEqualTo("Deutsche Rentenversicherung Bund");
    assertThat(browser.driver.findElement(By.id("hasFundForm-yes")).isSelected()).isTrue();
    browser.screenshot("kit-09-nach-neuladen", By.id("pensionFund"));
    type(By.id("pensionNumber"), "12 120864 M 004");
    click(By.id("delivery-resident"));
    click(By.id("next"));

    // a scanned page with its preview
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.scan")));
    click(By.cssSelector("button.scan"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.page-preview")));
    browser.screenshot("kit-10-scan", By.cssSelector("img.page-preview"));
    click(By.id("next"));

    // the signature, drawn with pointer actions
    WebElement pad =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signature-pad")));
    drawSignature(pad);
    browser.screenshot("kit-11-unterschrift");
    click(By.id("signature-accept"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signature-image")));
    click(By.id("next"));

    // the summary in large print, then submit
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
    assertThat(text("summary"))
        .contains("Mustermann", "Deutsche Rentenversicherung Bund", "1 Seite(n) gescannt");
    browser.screenshot("kit-12-zusammenfassung");
    click(By.id("submit"));

    // the case number, and the receipt on the (simulated) printer
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-number")));
    String caseNumber = text("case-number");
    assertThat(caseNumber).matches("BRA7-\\d{6}-\\d");
    assertThat(text("receipt-printed")).isEqualTo("Beleg gedruckt.");
    SimulatedReceiptPrinter printer = town.kitContext().getBean(SimulatedReceiptPrinter.class);
    assertThat(printer.printed()).hasSize(1);
    assertThat(String.join("\n", ReceiptLayout.plainText(printer.printed().get(0), 48)))
        .contains(caseNumber);
    assertThat(browser.driver.findElement(By.id("receipt-pdf")).getDomAttribute("href"))
        .endsWith("/beleg.pdf");
    browser.screenshot("kit-13-vorgangsnummer");

    // the sync page while the case travels, then confirmed by the town hall
    open("/uebertragung");
    assertThat(text("sync-page")).contains(caseNumber);
    browser.screenshot("kit-14-uebertragung");
    await("case confirmed")
        .atMost(Duration.ofSeconds(60))
        .until(() -> town.kitGet("/api/status").get("pendingCases").asInt() == 0);

    // the town hall's status of the case appears in the kit's case list
    UUID caseId = UUID.fromString(town.kitGet("/api/cases").get(0).get("caseId").asText());
    publishCaseStatus(caseId, caseNumber);

    // next service for the same person: no second card read, prefilled again
    open("/");
    click(By.cssSelector(".open-visits a.button"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-data")));
    click(By.cssSelector("button[data-form=meldebescheinigung]"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("familyName")));
    assertThat(value("familyName")).isEqualTo("Mustermann");
    browser.screenshot("kit-15-naechster-antrag");

    await("town hall status shown")
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              open("/");
              return text("cases").contains("Rückfrage: Vordruck ohne Stempel der Kasse");
            });
    browser.screenshot("kit-16-vorgaenge-rathausstatus", By.id("cases"));

    open("/geraete");
    assertThat(text("device-page")).contains("Simulierter Belegdrucker bereit.");
    browser.screenshot("kit-17-geraete");

    open("/?lang=en");
    assertThat(text("plan")).contains("Visit plan for today");
    browser.screenshot("kit-18-english");
    open("/?lang=de");
  }

  private void drawSignature(WebElement pad) {
    browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
    Actions pen = new Actions(browser.driver).moveToElement(pad, -300, 20).clickAndHold();
    for (int i = 0; i < 24; i++) {
      pen.moveByOffset(22, i % 2 == 0 ? -45 : 45);
    }
    pen.release();
    pen.moveToElement(pad, -200, 60).clickAndHold();
    for (int i = 0; i < 10; i++) {
      pen.moveByOffset(30, i % 2 == 0 ? -8 : 8);
    }
    pen.release().perform();
  }

  private void publishVisitPlan() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    VisitPlan plan =
        new VisitPlan(
            "kit-07",
            System.currentTimeMillis(),
            Instant.now(),
            List.of(
                new VisitPlan.PlannedVisit(
                    UUID.randomUUID(),
                    today,
                    "10:30",
                    "Erika Mustermann",
                    "Heidestraße 17, 51147 Köln",
                    List.of("lebensbescheinigung", "meldebescheinigung"),
                    "Klingel defekt, bitte klopfen"),
                new VisitPlan.PlannedVisit(
                    UUID.randomUUID(),
                    today,
                    "14:00",
                    "Jürgen Weiß",
                    "Straße des Friedens 12, 04821 Brandis",
                    List.of("briefwahl"),
                    "")));
    publishSealed(Topics.visitPlan("kit-07"), plan);
  }

  private void publishCaseStatus(UUID caseId, String caseNumber) {
    CaseStatusBoard board =
        new CaseStatusBoard(
            "kit-07",
            System.currentTimeMillis(),
            Instant.now(),
            List.of(
                new CaseStatusBoard.Entry(
                    caseId,
                    caseNumber,
                    CaseStatusBoard.WorkStatus.QUERY,
                    "Vordruck ohne Stempel der Kasse",
                    Instant.now())));
    publishSealed(Topics.caseStatus("kit-07"), board);
  }

  private void publishSealed(String topic, Object message) {
    HubKeys keys = town.hubContext().getBean(HubKeys.class);
    var kitCertificate =
        town.kitContext().getBean(KitEnrollment.class).identity().orElseThrow().kit().certificate();
    byte[] sealed = HubSigned.sealFor(message, keys.signing(), kitCertificate);
    Downlink downlink = town.hubContext().getBean(Downlink.class);
    await("hub connected to the broker")
        .atMost(Duration.ofSeconds(60))
        .until(() -> downlink.publishRetained(topic, sealed));
  }

  private void open(String path) {
    browser.driver.get(town.kitUrl() + path);
    loginIfAsked();
  }

  /** Logs in with the test clerk when the kit asks for it (clerk login). */
  private void loginIfAsked() {
    if (!browser.driver.getCurrentUrl().contains("/anmelden")) {
      return;
    }
    browser.driver.findElement(By.name("username")).sendKeys(Town.CLERK_USERNAME);
    browser.driver.findElement(By.name("pin")).sendKeys(Town.CLERK_PIN);
    browser.screenshot("kit-01-anmelden");
    browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/anmelden"));
  }

  private void click(By by) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
    element.click();
  }

  private void type(By by, String text) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
    element.clear();
    element.sendKeys(text);
  }

  private String text(String id) {
    return browser.driver.findElement(By.id(id)).getText();
  }

  private String value(String id) {
    return browser.driver.findElement(By.id(id)).getDomProperty("value");
  }
}
