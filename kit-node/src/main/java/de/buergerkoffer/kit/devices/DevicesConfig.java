package de.buergerkoffer.kit.devices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.DeviceStatusTracker;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.idcard.ReadResult;
import de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppReader;
import de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppSettings;
import de.buergerkoffer.hardware.idcard.icao.CscaCertificates;
import de.buergerkoffer.hardware.idcard.icao.IcaoPcscReader;
import de.buergerkoffer.hardware.idcard.icao.TerminalCredentials;
import de.buergerkoffer.hardware.idcard.icao.TerminalSource;
import de.buergerkoffer.hardware.idcard.manual.ManualEntryValidator;
import de.buergerkoffer.hardware.idcard.manual.MrzParser;
import de.buergerkoffer.hardware.idcard.simulated.SimulatedIdCardReader;
import de.buergerkoffer.hardware.printer.ReceiptPrinter;
import de.buergerkoffer.hardware.printer.a4.A4ReceiptPrinter;
import de.buergerkoffer.hardware.printer.a4.PrintServiceFinder;
import de.buergerkoffer.hardware.printer.escpos.EscPosReceiptPrinter;
import de.buergerkoffer.hardware.printer.escpos.EscPosSettings;
import de.buergerkoffer.hardware.printer.escpos.PrinterConnection;
import de.buergerkoffer.hardware.printer.simulated.SimulatedReceiptPrinter;
import de.buergerkoffer.hardware.scanner.PageCodeReader;
import de.buergerkoffer.hardware.scanner.Scanner;
import de.buergerkoffer.hardware.scanner.sane.ProcessCommandRunner;
import de.buergerkoffer.hardware.scanner.sane.SaneScanner;
import de.buergerkoffer.hardware.scanner.sane.SaneSettings;
import de.buergerkoffer.hardware.scanner.simulated.SimulatedScanner;
import de.buergerkoffer.hardware.scanner.zxing.ZxingPageCodeReader;
import de.buergerkoffer.hardware.signature.SignaturePad;
import de.buergerkoffer.hardware.signature.SignatureProcessor;
import de.buergerkoffer.hardware.signature.browser.PointerEventSignaturePad;
import de.buergerkoffer.hardware.signature.simulated.SimulatedSignaturePad;
import de.buergerkoffer.hardware.statuspanel.PanelResult;
import de.buergerkoffer.hardware.statuspanel.PanelState;
import de.buergerkoffer.hardware.statuspanel.StatusPanel;
import de.buergerkoffer.hardware.statuspanel.simulated.SimulatedStatusPanel;
import de.buergerkoffer.kit.sync.BundleTransport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.smartcardio.TerminalFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One bean per device port, the adapter chosen by {@link DeviceSettings}. An unknown setting fails
 * the start with a message that lists the choices, rather than silently simulating a device.
 */
@Configuration
class DevicesConfig {

  /** Runs eID readings in the background and asks the resident for the PIN on the screen. */
  @Bean(destroyMethod = "close")
  EidDesk eidDesk(DeviceSettings settings) {
    return new EidDesk("ausweisapp".equals(settings.idcard()), settings.eid().stepTimeout());
  }

  @Bean
  IdCardReader idCardReader(
      DeviceSettings settings,
      Clock clock,
      EidDesk eidDesk,
      BundleTransport transport,
      ObjectMapper json) {
    return idCardReader(settings, clock, eidDesk, transport::connected, json);
  }

  IdCardReader idCardReader(
      DeviceSettings settings,
      Clock clock,
      EidDesk eidDesk,
      BooleanSupplier online,
      ObjectMapper json) {
    return switch (settings.idcard()) {
      case "simulated" -> new SimulatedIdCardReader(clock);
      case "manual" -> new NoReader(clock);
      // first PC/SC reader, looked up per read (a reader plugged in later is found)
      case "pcsc" ->
          new IcaoPcscReader(
              () -> TerminalSource.matching(TerminalFactory.getDefault().terminals(), "").find(),
              cscaCertificates(settings.cscaFolder()),
              terminalCredentials(settings.terminalCredentials()),
              clock);
      case "ausweisapp" -> {
        DeviceSettings.Eid eid = settings.eid();
        HttpEidService service =
            new HttpEidService(eid.serviceUrl(), eid.timeout(), eid.token(), json);
        yield new OnlineEidReader(
            new AusweisAppReader(
                new AusweisAppSettings(eid.webSocket(), service.tcTokenUrl(), eid.stepTimeout()),
                service,
                eidDesk,
                clock),
            online);
      }
      default -> throw unknown("idcard", settings.idcard(), "simulated, manual, pcsc, ausweisapp");
    };
  }

  /**
   * The CSCA certificates for passive authentication: none when no folder is set (signature and
   * hashes are still checked); a folder that is set but missing, unreadable or without a
   * certificate stops the start, since genuine documents would otherwise look unverified.
   */
  static List<X509Certificate> cscaCertificates(String folder) {
    if (folder.isEmpty()) {
      return List.of();
    }
    Path path = Path.of(folder);
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException(
          "bk.devices.csca-folder=" + folder + " is not a folder; create it or unset the key");
    }
    List<X509Certificate> certificates;
    try {
      certificates = CscaCertificates.fromFolder(path);
    } catch (IOException e) {
      throw new IllegalStateException(
          "bk.devices.csca-folder=" + folder + ": " + e.getMessage(), e);
    }
    if (certificates.isEmpty()) {
      throw new IllegalStateException(
          "bk.devices.csca-folder="
              + folder
              + " holds no certificate (.pem, .crt, .cer, .der); unset the key to check"
              + " signatures and hashes only");
    }
    return certificates;
  }

  @Bean
  Scanner scanner(DeviceSettings settings, Clock clock) {
    return switch (settings.scanner()) {
      case "simulated" -> new SimulatedScanner(clock);
      case "sane" -> {
        SaneSettings sane = SaneSettings.defaults();
        yield new SaneScanner(
            settings.saneDevice().isEmpty() ? sane : sane.withDevice(settings.saneDevice()),
            new ProcessCommandRunner(),
            clock);
      }
      default -> throw unknown("scanner", settings.scanner(), "simulated, sane");
    };
  }

  /** Reads the codes on scanned pages (ZXing), to offer attaching a scan to the case it names. */
  @Bean
  PageCodeReader pageCodeReader() {
    return new ZxingPageCodeReader();
  }

  @Bean
  ReceiptPrinter receiptPrinter(DeviceSettings settings, Clock clock) {
    return switch (settings.printer()) {
      case "simulated" -> new SimulatedReceiptPrinter(clock);
      case "escpos" ->
          new EscPosReceiptPrinter(
              PrinterConnection.Tcp.of(settings.escposHost()), EscPosSettings.defaults(), clock);
      case "a4" -> new A4ReceiptPrinter(PrintServiceFinder.systemDefault(), clock);
      default -> throw unknown("printer", settings.printer(), "simulated, escpos, a4");
    };
  }

  @Bean
  SignaturePad signaturePad(DeviceSettings settings, Clock clock) {
    return switch (settings.signature()) {
      case "screen" -> new PointerEventSignaturePad(new SignatureProcessor(), clock);
      case "simulated" -> new SimulatedSignaturePad(new SignatureProcessor(), clock);
      default -> throw unknown("signature", settings.signature(), "screen, simulated");
    };
  }

  /** The status lights; for {@code none} a panel that shows nothing. */
  @Bean(destroyMethod = "close")
  StatusPanel statusPanel(DeviceSettings settings, Clock clock) {
    return statusPanel(settings, clock, Pi4J::newAutoContext);
  }

  /**
   * @param pi4j builds the Pi4J context; called only for {@code status-panel=pi4j}, so a laptop
   *     never starts Pi4J
   */
  StatusPanel statusPanel(DeviceSettings settings, Clock clock, Supplier<Context> pi4j) {
    return switch (settings.statusPanel()) {
      case "none" -> new NoPanel(clock);
      case "simulated" -> new SimulatedStatusPanel(clock);
      case "pi4j" -> new Pi4jPanel(pi4j.get(), settings.statusPins().toPanelPins(), clock);
      default -> throw unknown("status-panel", settings.statusPanel(), "none, simulated, pi4j");
    };
  }

  @Bean
  ManualEntryValidator manualEntryValidator(Clock clock) {
    return new ManualEntryValidator(clock);
  }

  @Bean
  MrzParser mrzParser(Clock clock) {
    return new MrzParser(clock);
  }

  /** EAC credentials from the configured folder; a broken folder stops the start. */
  private static Optional<TerminalCredentials> terminalCredentials(String folder) {
    try {
      return folder.isEmpty()
          ? Optional.empty()
          : Optional.of(TerminalCredentials.fromFolder(Path.of(folder)));
    } catch (IOException e) {
      throw new IllegalStateException(
          "bk.devices.terminal-credentials=" + folder + ": " + e.getMessage(), e);
    }
  }

  private static IllegalStateException unknown(String device, String value, String choices) {
    return new IllegalStateException(
        "bk.devices." + device + "=" + value + " is not known; choose one of: " + choices);
  }

  /** The kit has no reader: every read says so, and the clerk types the data or the MRZ. */
  static final class NoReader implements IdCardReader {
    private final DeviceStatusTracker status;

    NoReader(Clock clock) {
      status =
          new DeviceStatusTracker(
              DeviceKind.ID_CARD_READER,
              "manual",
              clock,
              "Kein Ausweisleser eingerichtet: Daten von Hand oder aus der Zone eingeben.");
    }

    @Override
    public ReadResult read(de.buergerkoffer.hardware.idcard.AccessKey accessKey) {
      return new ReadResult.NoReader();
    }

    @Override
    public DeviceStatus status() {
      return status.current();
    }
  }

  /** No status lights: shows nothing, never has a button press. */
  static final class NoPanel implements StatusPanel {
    static final String ADAPTER = "none";
    private final DeviceStatusTracker status;

    NoPanel(Clock clock) {
      status =
          new DeviceStatusTracker(
              DeviceKind.STATUS_PANEL, ADAPTER, clock, "Keine Statusleuchten eingerichtet.");
    }

    @Override
    public PanelResult show(PanelState state) {
      return new PanelResult.Shown(state);
    }

    @Override
    public PanelState shown() {
      return PanelState.initial();
    }

    @Override
    public void onSyncRequested(Runnable listener) {
      // no button
    }

    @Override
    public DeviceStatus status() {
      return status.current();
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
