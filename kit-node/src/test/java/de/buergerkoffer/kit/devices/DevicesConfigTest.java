package de.buergerkoffer.kit.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.ReadResult;
import de.buergerkoffer.hardware.idcard.simulated.SimulatedIdCardReader;
import de.buergerkoffer.hardware.printer.a4.A4ReceiptPrinter;
import de.buergerkoffer.hardware.printer.escpos.EscPosReceiptPrinter;
import de.buergerkoffer.hardware.printer.simulated.SimulatedReceiptPrinter;
import de.buergerkoffer.hardware.scanner.sane.SaneScanner;
import de.buergerkoffer.hardware.scanner.simulated.SimulatedScanner;
import de.buergerkoffer.hardware.signature.browser.PointerEventSignaturePad;
import de.buergerkoffer.hardware.signature.simulated.SimulatedSignaturePad;
import de.buergerkoffer.hardware.statuspanel.simulated.SimulatedStatusPanel;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The adapters chosen by {@code bk.devices.*}, and the board that lists them. */
class DevicesConfigTest {

  private final Clock clock = Clock.systemUTC();
  private final DevicesConfig config = new DevicesConfig();

  @Test
  void withoutSettingsEveryDeviceIsSimulatedAndTheSignatureIsOnTheScreen() {
    DeviceSettings defaults = new DeviceSettings(null, null, null, null, null, null, null);

    assertThat(config.idCardReader(defaults, clock)).isInstanceOf(SimulatedIdCardReader.class);
    assertThat(config.scanner(defaults, clock)).isInstanceOf(SimulatedScanner.class);
    assertThat(config.receiptPrinter(defaults, clock)).isInstanceOf(SimulatedReceiptPrinter.class);
    assertThat(config.signaturePad(defaults, clock)).isInstanceOf(PointerEventSignaturePad.class);
    assertThat(config.statusPanel(defaults, clock)).isInstanceOf(SimulatedStatusPanel.class);
  }

  @Test
  void realAdaptersAreChosenByName() {
    DeviceSettings real =
        new DeviceSettings("manual", "sane", "escpos", "simulated", "none", "192.0.2.10", "");

    assertThat(config.scanner(real, clock)).isInstanceOf(SaneScanner.class);
    assertThat(config.receiptPrinter(real, clock)).isInstanceOf(EscPosReceiptPrinter.class);
    assertThat(config.signaturePad(real, clock)).isInstanceOf(SimulatedSignaturePad.class);
    assertThat(config.receiptPrinter(withPrinter("a4"), clock))
        .isInstanceOf(A4ReceiptPrinter.class);
  }

  @Test
  void withoutAReaderEveryReadAsksForTypingTheData() {
    var reader =
        config.idCardReader(
            new DeviceSettings("manual", null, null, null, null, null, null), clock);

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
  }

  @Test
  void theBoardListsEveryDeviceButALampThatIsNotThere() {
    DeviceSettings none = new DeviceSettings(null, null, null, null, "none", null, null);
    DeviceBoard board =
        new DeviceBoard(
            config.idCardReader(none, clock),
            config.scanner(none, clock),
            config.receiptPrinter(none, clock),
            config.signaturePad(none, clock),
            config.statusPanel(none, clock));

    assertThat(board.statuses())
        .extracting(DeviceStatus::device)
        .containsExactly(
            DeviceKind.ID_CARD_READER,
            DeviceKind.SCANNER,
            DeviceKind.RECEIPT_PRINTER,
            DeviceKind.SIGNATURE_PAD);
    assertThat(board.statuses()).allMatch(DeviceStatus::isConnected);
  }

  private static DeviceSettings withPrinter(String printer) {
    return new DeviceSettings(null, null, printer, null, null, null, null);
  }

  @Test
  void pcscChoosesTheIcaoReaderForPassportsAndForeignIdCards() {
    var reader =
        new DevicesConfig()
            .idCardReader(new DeviceSettings("pcsc", null, null, null, null, null, null), clock);

    assertThat(reader).isInstanceOf(de.buergerkoffer.hardware.idcard.icao.IcaoPcscReader.class);
    assertThat(reader.status().device()).isEqualTo(DeviceKind.ID_CARD_READER);
  }

  @Test
  void aTerminalCredentialsFolderThatIsMissingStopsTheStartInsteadOfReadingWithoutEac() {
    DeviceSettings settings =
        new DeviceSettings("pcsc", null, null, null, null, null, null, "/nicht/vorhanden");

    assertThatThrownBy(() -> new DevicesConfig().idCardReader(settings, clock))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bk.devices.terminal-credentials=/nicht/vorhanden");
  }
}
