package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.transfer.ChunkCodec;
import de.buergerkoffer.hub.quarantine.Quarantine;
import de.buergerkoffer.hub.quarantine.QuarantineEntry;
import de.buergerkoffer.kit.enrollment.KitEnrollment;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import de.buergerkoffer.kit.visit.VisitPlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The town hall's admin, in a real (headless) Chromium: plans a visit for a kit (the sealed plan
 * reaches the broker, opens with the kit's key and the kit takes it in), looks at the dashboard,
 * revokes the kit on the kits page, finds the kit's next bundle in quarantine as "Koffer gesperrt",
 * downloads the raw bundle, fails to release it while the kit is revoked, and rejects it.
 * Screenshots of each step go to {@code docs/screenshots/hub-1x-*.png}. Skipped without Chromium,
 * except under {@code CI=true}.
 */
class HubAdminBrowserIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The hub's bootstrap staff admin, once the hub has logins (see Town). */
  static final String ADMIN = "admin";

  static final String ADMIN_PASSWORD = "town-admin-pass";

  @TempDir Path dir;
  private TestBroker broker;
  private Town town;
  private MqttClient spy;
  private WebDriver browser;
  private final List<byte[]> plans = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startTownAndBrowser() throws Exception {
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (ci) {
      assertThat(present).as("chromium and chromium-driver are installed (CI=true)").isTrue();
    }
    Assumptions.assumeTrue(present, "chromium / chromedriver not installed");

    broker = TestBroker.create(dir.resolve("broker"));
    broker.start();
    town = new Town(dir, broker);
    town.startHub();
    town.startKit();
    town.awaitKitEnrolled();

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,900",
        "--lang=de-DE",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    // the pages follow the browser's language; the town hall's browser asks for German
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    browser = new ChromeDriver(options);
  }

  @AfterEach
  void stopAll() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (spy != null && spy.isConnected()) {
      spy.disconnect();
    }
    if (spy != null) {
      spy.close();
    }
    if (town != null) {
      town.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void anAdminPlansAVisitRevokesAKitAndRejectsItsNextBundleFromQuarantine() throws Exception {
    // one case arrives, so the dashboard has something to show
    String first = capture("Weiß");
    await("first case acknowledged")
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> town.kitGet("/api/cases/" + first).get("status").asText(),
            "ACKNOWLEDGED"::equals);
    spy = new MqttClient(broker.url(), "test-plan-spy", new MemoryPersistence());
    spy.connect(new MqttConnectionOptions());
    spy.subscribe(
        new MqttSubscription[] {new MqttSubscription(Topics.visitPlan("kit-07"), 1)},
        new IMqttMessageListener[] {(topic, message) -> plans.add(message.getPayload())});

    // plan a visit for tomorrow
    LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);
    open("/planung?koffer=kit-07&tag=" + tomorrow);
    waitFor(By.id("visit-form"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Besuchsplanung");
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('day').value = arguments[0];", tomorrow.toString());
    browser.findElement(By.id("time")).sendKeys("10:30");
    browser.findElement(By.id("residentName")).sendKeys("Müller, Erika");
    browser.findElement(By.id("address")).sendKeys("Hauptstraße 7, 04821 Brandis");
    browser.findElement(By.cssSelector("input[name=formIds][value=meldebescheinigung]")).click();
    browser.findElement(By.id("note")).sendKeys("Bitte bei der Nachbarin klingeln.");
    browser.findElement(By.id("save-visit")).click();
    waitFor(By.cssSelector("table#visits"));
    assertThat(browser.findElement(By.cssSelector(".notice")).getText())
        .isEqualTo("Besuch bei Müller, Erika geplant.");
    assertThat(browser.findElement(By.cssSelector("table#visits")).getText())
        .contains("10:30", "Müller, Erika", "Hauptstraße 7, 04821 Brandis", "Meldebescheinigung");
    assertThat(browser.findElement(By.cssSelector(".plan-state")).getText())
        .contains("an den Koffer übergeben");
    screenshot("hub-10-planung");

    // the plan is retained on the kit's topic and opens with the kit's key only
    KitIdentity kit = town.kitContext().getBean(KitEnrollment.class).identity().orElseThrow();
    await("visit plan on the broker")
        .atMost(Duration.ofSeconds(30))
        .until(() -> opened(kit).filter(p -> !p.visits().isEmpty()).isPresent());
    VisitPlan plan = opened(kit).orElseThrow();
    assertThat(plan.kitId()).isEqualTo("kit-07");
    assertThat(plan.visits())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.day()).isEqualTo(tomorrow);
              assertThat(v.residentName()).isEqualTo("Müller, Erika");
              assertThat(v.formIds()).containsExactly("meldebescheinigung");
            });

    // the kit itself takes the plan in
    VisitPlans kitPlans = town.kitContext().getBean(VisitPlans.class);
    await("visit plan on the kit")
        .atMost(Duration.ofSeconds(30))
        .until(() -> !kitPlans.on(tomorrow).isEmpty());
    assertThat(kitPlans.on(tomorrow))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.residentName()).isEqualTo("Müller, Erika");
              assertThat(v.address()).isEqualTo("Hauptstraße 7, 04821 Brandis");
              assertThat(v.time()).isEqualTo("10:30");
            });

    // the dashboard
    open("/dashboard");
    waitFor(By.id("chart-day"));
    assertThat(browser.findElement(By.id("kpi-total")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("kpi-quarantine")).getText()).isEqualTo("0");
    assertThat(browser.findElements(By.cssSelector("figure.chart svg rect.bar"))).isNotEmpty();
    screenshot("hub-11-dashboard");

    // the kit goes offline with a case in its outbox
    broker.stop();
    String after = capture("Schulz");
    await("sealed while offline")
        .atMost(Duration.ofSeconds(30))
        .until(() -> query("SELECT sealed FROM outbox WHERE case_id = '" + after + "'") != null);
    byte[] sealedAfter = query("SELECT sealed FROM outbox WHERE case_id = '" + after + "'");
    UUID bundleAfter =
        UUID.fromString(
            new String(query("SELECT bundle_id FROM outbox WHERE case_id = '" + after + "'")));

    // the kits page; the kit is reported stolen and revoked
    open("/admin/koffer");
    waitFor(By.id("kits"));
    WebElement row = browser.findElement(By.id("kit-kit-07"));
    assertThat(row.getText()).contains("kit-07", "aktiv");
    screenshot("hub-12-koffer");
    browser.findElement(By.id("revoke-kit-07")).click();
    waitFor(By.id("confirm-revoke"));
    browser.findElement(By.id("reason")).sendKeys("Koffer gestohlen");
    screenshot("hub-13-koffer-sperren");
    browser.findElement(By.id("confirm-revoke")).click();
    waitFor(By.cssSelector(".notice"));
    assertThat(browser.findElement(By.id("kit-kit-07")).getText())
        .contains("gesperrt", "Koffer gestohlen");
    screenshot("hub-14-koffer-gesperrt");

    // back online: the kit wipes itself; what it sent (or a thief replays) is held
    broker.start();
    await("kit wiped itself")
        .atMost(Duration.ofSeconds(60))
        .until(() -> town.kitContext().getBean(KitEnrollment.class).wiped());
    if (heldEntry(bundleAfter).isEmpty()) {
      replay(bundleAfter, sealedAfter);
    }
    await("quarantined as revoked signer")
        .atMost(Duration.ofSeconds(30))
        .until(() -> heldEntry(bundleAfter).isPresent());
    QuarantineEntry held = heldEntry(bundleAfter).orElseThrow();
    assertThat(held.bundle().reason()).isEqualTo(RejectReason.REVOKED_SIGNER);

    open("/admin/quarantaene");
    waitFor(By.id("open-entries"));
    assertThat(browser.findElement(By.id("open-entries")).getText())
        .contains("kit-07", "Koffer gesperrt");
    screenshot("hub-15-quarantaene");

    open("/admin/quarantaene/" + held.id());
    waitFor(By.id("download"));
    assertThat(browser.findElement(By.cssSelector(".reason")).getText())
        .isEqualTo("Koffer gesperrt");
    // the raw bundle downloads as it was received
    String download =
        (String)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('download').href).then(r =>"
                        + " r.arrayBuffer().then(b => crypto.subtle.digest('SHA-256', b)).then(h =>"
                        + " done(r.headers.get('content-type') + ' ' + Array.from(new"
                        + " Uint8Array(h)).map(x => x.toString(16).padStart(2, '0')).join(''))));");
    assertThat(download).isEqualTo("application/octet-stream " + Pki.sha256Hex(sealedAfter));
    screenshot("hub-16-quarantaene-detail");

    // releasing does not help while the kit is revoked
    browser.findElement(By.id("release")).click();
    waitFor(By.cssSelector(".error"));
    assertThat(browser.findElement(By.cssSelector("p.error")).getText())
        .contains("Nicht freigegeben", "Koffer gesperrt");

    // rejected with a note: closed, kept for the audit
    browser.findElement(By.id("note")).sendKeys("Gestohlener Koffer; Bündel nicht verwenden.");
    browser.findElement(By.id("reject")).click();
    waitFor(By.cssSelector(".notice"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("abgelehnt", "Gestohlener Koffer; Bündel nicht verwenden.");
    assertThat(quarantine().find(held.id()).orElseThrow().state())
        .isEqualTo(QuarantineEntry.State.REJECTED);
    screenshot("hub-17-quarantaene-abgelehnt");
    assertThat(town.hubGet("/api/cases").size()).isEqualTo(1);
  }

  /** Opens a hub page, logging in first if the hub asks for it. */
  private void open(String path) {
    browser.get(town.hubUrl() + path);
    if (browser.getCurrentUrl().endsWith("/anmelden")) {
      browser.findElement(By.id("username")).sendKeys(ADMIN);
      browser.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
      browser.findElement(By.cssSelector("form button[type=submit]")).click();
      new WebDriverWait(browser, Duration.ofSeconds(20))
          .until(d -> !d.getCurrentUrl().endsWith("/anmelden"));
      browser.get(town.hubUrl() + path);
    }
  }

  private Optional<VisitPlan> opened(KitIdentity kit) {
    if (plans.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          HubSigned.openSealed(
              plans.get(plans.size() - 1), kit.kit(), kit.ca(), Instant.now(), VisitPlan.class));
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError("the plan does not open with the kit's key", e);
    }
  }

  private Quarantine quarantine() {
    return town.hubContext().getBean(Quarantine.class);
  }

  private Optional<QuarantineEntry> heldEntry(UUID bundleId) {
    return quarantine().entries(QuarantineEntry.State.OPEN, 100).stream()
        .filter(e -> bundleId.equals(e.bundle().bundleId()))
        .findFirst();
  }

  private String capture(String familyName) {
    var fields = new HashMap<>(VisitEndToEndIT.WEISS);
    fields.put("familyName", familyName);
    Town.Reply reply =
        town.kitPost("/api/cases", Map.of("formId", "meldebescheinigung", "fields", fields));
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().get("caseId").asText();
  }

  private void replay(UUID bundleId, byte[] sealed) throws Exception {
    MqttClient client = new MqttClient(broker.url(), "replay", new MemoryPersistence());
    client.connect(new MqttConnectionOptions());
    for (var chunk : ChunkCodec.split(bundleId, sealed, ChunkCodec.DEFAULT_CHUNK_BYTES)) {
      MqttMessage message = new MqttMessage(ChunkCodec.encode(chunk));
      message.setQos(1);
      client.publish(Topics.chunk("kit-07", bundleId, chunk.index()), message);
    }
    client.disconnect();
    client.close();
  }

  private byte[] query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + town.kitDatabase());
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.next() ? rs.getBytes(1) : null;
    }
  }

  private void waitFor(By element) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(element));
  }

  private void screenshot(String name) throws Exception {
    Path target = Screenshots.folder().resolve(name + ".png");
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
