package de.buergerkoffer.system;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for browser tests, from Debian's {@code chromium} and {@code chromium-driver}
 * packages (never downloaded by Selenium Manager), in a 1280×800 touch-sized window with touch
 * emulation. Without the packages the test is skipped, under {@code CI=true} it fails ({@code
 * .ci/run} installs them).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path screenshots;

  private Browser(ChromeDriver driver, Path screenshots) {
    this.driver = driver;
    this.screenshots = screenshots;
  }

  /** Starts Chromium with a fresh profile in {@code profile}; skips or fails when it is missing. */
  static Browser start(Path profile) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why =
          "chromium and chromium-driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + "; .ci/run installs them");
      }
      Assumptions.abort(why);
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
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
        "--disable-dev-shm-usage",
        "--lang=de-DE",
        "--window-size=1280,800",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    try {
      // the page area itself is 1280×800, like the kit's 10-13 inch touch screen
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
      driver.executeCdpCommand(
          "Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    } catch (RuntimeException e) {
      // touch emulation is a nicety; the pointer actions work without it
    }
    return new Browser(driver, Screenshots.folder());
  }

  /** Saves what the window shows as {@code <name>.png} in {@link Screenshots#folder()}. */
  void screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scrolls the element to the middle of the window, then saves a screenshot. */
  void screenshot(String name, org.openqa.selenium.By showing) {
    driver.executeScript(
        "arguments[0].scrollIntoView({block: 'center'})", driver.findElement(showing));
    screenshot(name);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
