package de.buergerkoffer.kit.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pi4j.context.Context;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.idcard.ReadResult;
import de.buergerkoffer.hardware.idcard.icao.IcaoPcscReader;
import de.buergerkoffer.hardware.idcard.simulated.SimulatedIdCardReader;
import de.buergerkoffer.hardware.printer.a4.A4ReceiptPrinter;
import de.buergerkoffer.hardware.printer.escpos.EscPosReceiptPrinter;
import de.buergerkoffer.hardware.printer.simulated.SimulatedReceiptPrinter;
import de.buergerkoffer.hardware.scanner.sane.SaneScanner;
import de.buergerkoffer.hardware.scanner.simulated.SimulatedScanner;
import de.buergerkoffer.hardware.signature.browser.PointerEventSignaturePad;
import de.buergerkoffer.hardware.signature.simulated.SimulatedSignaturePad;
import de.buergerkoffer.hardware.statuspanel.pi4j.PanelPins;
import de.buergerkoffer.hardware.statuspanel.simulated.SimulatedStatusPanel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapters chosen by {@code bk.devices.*}, and the board that lists them. */
class DevicesConfigTest {

  private final Clock clock = Clock.systemUTC();
  private final DevicesConfig config = new DevicesConfig();

  @TempDir Path folder;

  @Test
  void withoutSettingsEveryDeviceIsSimulatedAndTheSignatureIsOnTheScreen() {
    DeviceSettings defaults = DeviceSettings.defaults();

    assertThat(reader(defaults)).isInstanceOf(SimulatedIdCardReader.class);
    assertThat(config.scanner(defaults, clock)).isInstanceOf(SimulatedScanner.class);
    assertThat(config.receiptPrinter(defaults, clock)).isInstanceOf(SimulatedReceiptPrinter.class);
    assertThat(config.signaturePad(defaults, clock)).isInstanceOf(PointerEventSignaturePad.class);
    assertThat(config.statusPanel(defaults, clock, this::noPi4j))
        .isInstanceOf(SimulatedStatusPanel.class);
  }

  @Test
  void realAdaptersAreChosenByName() {
    DeviceSettings real =
        new DeviceSettings(
            "manual",
            "sane",
            "escpos",
            "simulated",
            "none",
            "192.0.2.10",
            "",
            null,
            null,
            null,
            null);

    assertThat(config.scanner(real, clock)).isInstanceOf(SaneScanner.class);
    assertThat(config.receiptPrinter(real, clock)).isInstanceOf(EscPosReceiptPrinter.class);
    assertThat(config.signaturePad(real, clock)).isInstanceOf(SimulatedSignaturePad.class);
    assertThat(config.receiptPrinter(withPrinter("a4"), clock))
        .isInstanceOf(A4ReceiptPrinter.class);
  }

  @Test
  void withoutAReaderEveryReadAsksForTypingTheData() {
    var reader = reader(withReader("manual"));

    assertThat(reader.read(new AccessKey.CardAccessNumber("123456")))
        .isInstanceOf(ReadResult.NoReader.class);
    assertThat(reader.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
    assertThat(reader.status().messageDe()).contains("von Hand");
  }

  @Test
  void anUnknownAdapterStopsTheStartWithTheChoices() {
    assertThatThrownBy(() -> config.receiptPrinter(withPrinter("laser"), clock))
        .hasMessageContaining("bk.devices.printer=laser")
        .hasMessageContaining("simulated, escpos, a4");
    assertThatThrownBy(() -> reader(withReader("nfc")))
        .hasMessageContaining("simulated, manual, pcsc, ausweisapp");
    assertThatThrownBy(() -> config.statusPanel(withPanel("leds"), clock, this::noPi4j))
        .hasMessageContaining("none, simulated, pi4j");
  }

  @Test
  void theBoardListsEveryDeviceButALampThatIsNotThere() {
    DeviceSettings none = withPanel("none");
    DeviceBoard board =
        new DeviceBoard(
            reader(none),
            config.scanner(none, clock),
            config.receiptPrinter(none, clock),
            config.signaturePad(none, clock),
            config.statusPanel(none, clock, this::noPi4j));

    assertThat(board.statuses())
        .extracting(DeviceStatus::device)
        .containsExactly(
            DeviceKind.ID_CARD_READER,
            DeviceKind.SCANNER,
            DeviceKind.RECEIPT_PRINTER,
            DeviceKind.SIGNATURE_PAD);
    assertThat(board.statuses()).allMatch(DeviceStatus::isConnected);
  }

  @Test
  void pcscChoosesTheIcaoReaderForPassportsAndForeignIdCards() {
    var reader = reader(withReader("pcsc"));

    assertThat(reader).isInstanceOf(IcaoPcscReader.class);
    assertThat(reader.status().device()).isEqualTo(DeviceKind.ID_CARD_READER);
  }

  @Test
  void withoutACscaFolderPassiveAuthenticationChecksSignatureAndHashesOnly() {
    assertThat(DevicesConfig.cscaCertificates("")).isEmpty();
  }

  @Test
  void theCscaFolderIsLoadedForThePcscReader() throws Exception {
    X509Certificate csca = Pki.createCa("CSCA Testland", Duration.ofDays(30), clock).certificate();
    Files.write(folder.resolve("csca-testland.der"), csca.getEncoded());
    Files.writeString(folder.resolve("readme.txt"), "not a certificate, not read");

    assertThat(DevicesConfig.cscaCertificates(folder.toString())).containsExactly(csca);
    assertThat(reader(withCscaFolder(folder.toString()))).isInstanceOf(IcaoPcscReader.class);
  }

  @Test
  void aCscaFolderThatIsSetButMissingStopsTheStartAndNamesTheKey() {
    String missing = folder.resolve("csca").toString();

    assertThatThrownBy(() -> reader(withCscaFolder(missing)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bk.devices.csca-folder=" + missing)
        .hasMessageContaining("is not a folder");
  }

  @Test
  void aCscaFolderWithoutCertificatesOrWithABrokenOneStopsTheStart() throws Exception {
    assertThatThrownBy(() -> DevicesConfig.cscaCertificates(folder.toString()))
        .hasMessageContaining("holds no certificate");

    Files.writeString(folder.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
    assertThatThrownBy(() -> DevicesConfig.cscaCertificates(folder.toString()))
        .hasMessageContaining("bk.devices.csca-folder=")
        .hasMessageContaining("broken.pem");
  }

  @Test
  void theEidReaderNeedsTheTownsServiceAddressAndHttpsOutsideTheKit() {
    assertThatThrownBy(() -> reader(withEid(null)))
        .hasMessageContaining("bk.devices.eid.service-url");
    assertThatThrownBy(() -> reader(withEid(URI.create("http://eid.example.org/bk"))))
        .hasMessageContaining("must be https");

    var reader = reader(withEid(URI.create("https://eid.example.org/bk")));
    assertThat(reader).isInstanceOf(OnlineEidReader.class);
    assertThat(reader.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
  }

  @Test
  void theStatusPinsComeFromTheSettingsAndTheRestFromTheDefaultWiring() {
    var pins =
        new DeviceSettings.StatusPins(5, null, null, null, 6, false, Duration.ofMillis(20))
            .toPanelPins();

    assertThat(pins).isEqualTo(new PanelPins(5, 27, 22, 23, 6, false, 20_000));
    assertThat(DeviceSettings.defaults().statusPins().toPanelPins())
        .isEqualTo(PanelPins.defaults());
    assertThatThrownBy(
            () -> new DeviceSettings.StatusPins(17, 17, null, null, null, null, null).toPanelPins())
        .hasMessageContaining("own pin");
  }

  private IdCardReader reader(DeviceSettings settings) {
    return config.idCardReader(
        settings,
        clock,
        new EidDesk(settings.idcard().equals("ausweisapp"), Duration.ofSeconds(5)),
        () -> true,
        new ObjectMapper());
  }

  private Context noPi4j() {
    throw new AssertionError("Pi4J must only start for status-panel=pi4j");
  }

  private static DeviceSettings withPrinter(String printer) {
    return new DeviceSettings(null, null, printer, null, null, null, null, null, null, null, null);
  }

  private static DeviceSettings withPanel(String panel) {
    return new DeviceSettings(null, null, null, null, panel, null, null, null, null, null, null);
  }

  static DeviceSettings withReader(String reader) {
    return new DeviceSettings(reader, null, null, null, null, null, null, null, null, null, null);
  }

  private static DeviceSettings withCscaFolder(String folder) {
    return new DeviceSettings("pcsc", null, null, null, null, null, null, folder, null, null, null);
  }

  private static DeviceSettings withEid(URI serviceUrl) {
    return new DeviceSettings(
        "ausweisapp",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        new DeviceSettings.Eid(serviceUrl, null, null, null, null),
        null);
  }

  @Test
  void aTerminalCredentialsFolderThatIsMissingStopsTheStartInsteadOfReadingWithoutEac() {
    DeviceSettings settings =
        new DeviceSettings(
            "pcsc", null, null, null, null, null, null, null, null, null, "/nicht/vorhanden");

    assertThatThrownBy(() -> reader(settings))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bk.devices.terminal-credentials=/nicht/vorhanden");
  }
}
