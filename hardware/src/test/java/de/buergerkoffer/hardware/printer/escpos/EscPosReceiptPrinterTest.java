package de.buergerkoffer.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.printer.PrintResult;
import de.buergerkoffer.hardware.printer.Receipt;
import de.buergerkoffer.hardware.printer.escpos.EscPosDecoder.Bold;
import de.buergerkoffer.hardware.printer.escpos.EscPosDecoder.Command;
import de.buergerkoffer.hardware.printer.escpos.EscPosDecoder.Cut;
import de.buergerkoffer.hardware.printer.escpos.EscPosDecoder.Initialize;
import de.buergerkoffer.hardware.printer.escpos.EscPosDecoder.Line;
import de.buergerkoffer.hardware.printer.escpos.EscPosDecoder.QrFunction;
import de.buergerkoffer.hardware.printer.escpos.EscPosDecoder.SelectCodeTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints to a real TCP listener standing in for a printer's port 9100 and decodes what arrived: the
 * commands, the text in PC858 with umlauts, the QR payload and the cut.
 */
class EscPosReceiptPrinterTest {

  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");
  private ServerSocket listener;

  @AfterEach
  void closeListener() throws IOException {
    if (listener != null) {
      listener.close();
    }
  }

  /** Accepts one connection on a free loopback port and collects everything until EOF. */
  private CompletableFuture<byte[]> fakePrinter() throws IOException {
    listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    return CompletableFuture.supplyAsync(
        () -> {
          try (Socket socket = listener.accept();
              InputStream in = socket.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private EscPosReceiptPrinter printerOnListener() {
    return new EscPosReceiptPrinter(
        new PrinterConnection.Tcp("127.0.0.1", listener.getLocalPort(), Duration.ofSeconds(5)),
        EscPosSettings.defaults(),
        clock);
  }

  static Receipt receipt() {
    return Receipt.builder()
        .title("Eingangsbestätigung")
        .text("Gemeinde Musterhausen – Bürgerbüro")
        .separator()
        .field("Antragsteller", "Jürgen Müller-Lüdenscheidt")
        .field("Anschrift", "Große Straße 5, 12345 Öhringen")
        .text("Gebühr: 12,00 €")
        .qr("BK01-000001-8")
        .text("Bitte bewahren Sie diesen Beleg auf.")
        .build();
  }

  @Test
  void sendsTheReceiptAsEscPosWithUmlautsInPc858TheQrCodeAndACut() throws Exception {
    CompletableFuture<byte[]> received = fakePrinter();

    PrintResult result = printerOnListener().print(receipt());

    assertThat(result).isEqualTo(new PrintResult.Printed(Instant.parse("2025-11-21T10:00:00Z")));
    List<Command> commands = EscPosDecoder.decode(received.get(10, TimeUnit.SECONDS));

    assertThat(commands.get(0)).isEqualTo(new Initialize());
    assertThat(commands.get(1)).isEqualTo(new SelectCodeTable(19));
    assertThat(commands.get(commands.size() - 1)).isEqualTo(new Cut(49));

    List<Line> lines =
        commands.stream().filter(Line.class::isInstance).map(Line.class::cast).toList();
    assertThat(lines)
        .extracting(Line::text)
        .containsSubsequence(
            "Eingangsbestätigung",
            "Gemeinde Musterhausen – Bürgerbüro".replace('–', '?'),
            "-".repeat(48),
            "Antragsteller:",
            "Jürgen Müller-Lüdenscheidt",
            "Anschrift:",
            "Große Straße 5, 12345 Öhringen",
            "Gebühr: 12,00 €",
            "Bitte bewahren Sie diesen Beleg auf.");

    Line title = lines.get(0);
    assertThat(title.bold()).isTrue();
    assertThat(title.width()).isEqualTo(2);
    assertThat(lines.get(1).bold()).isFalse();
    assertThat(lines.get(1).width()).isEqualTo(1);
    // ä is 0x84 in PC858, not the two UTF-8 bytes
    assertThat(title.raw()).contains((byte) 0x84).doesNotContain((byte) 0xc3);
    assertThat(lines)
        .filteredOn(l -> l.text().startsWith("Jürgen"))
        .singleElement()
        .extracting(Line::bold)
        .isEqualTo(true);

    List<QrFunction> qr =
        commands.stream().filter(QrFunction.class::isInstance).map(QrFunction.class::cast).toList();
    assertThat(qr).extracting(QrFunction::function).containsExactly(65, 67, 69, 80, 81);
    assertThat(qr.get(0).parameters()[0]).isEqualTo((byte) 50); // model 2
    assertThat(qr.get(1).parameters()[0]).isEqualTo((byte) 6); // module size in dots
    assertThat(qr.get(2).parameters()[0]).isEqualTo((byte) 49); // error correction M
    assertThat(qr.get(3).storedText()).isEqualTo("BK01-000001-8");

    assertThat(commands.indexOf(new Bold(true))).isLessThan(commands.indexOf(title));
  }

  @Test
  void wrapsLongLinesToThePaperWidth() throws Exception {
    CompletableFuture<byte[]> received = fakePrinter();
    String text =
        "Ihr Antrag auf eine Meldebescheinigung ist im Bürgerkoffer gespeichert und"
            + " wird an das Rathaus übertragen, sobald eine Verbindung besteht.";

    printerOnListener().print(Receipt.builder().text(text).build());

    List<Line> lines =
        EscPosDecoder.decode(received.get(10, TimeUnit.SECONDS)).stream()
            .filter(Line.class::isInstance)
            .map(Line.class::cast)
            .toList();
    assertThat(lines)
        .hasSizeGreaterThan(2)
        .allSatisfy(l -> assertThat(l.text()).hasSizeLessThanOrEqualTo(48));
    assertThat(String.join(" ", lines.stream().map(Line::text).toList())).isEqualTo(text);
  }

  @Test
  void aPrinterThatIsSwitchedOffLeavesTheReceiptForLater() throws IOException {
    int freePort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      freePort = probe.getLocalPort();
    }
    EscPosReceiptPrinter printer =
        new EscPosReceiptPrinter(
            new PrinterConnection.Tcp("127.0.0.1", freePort, Duration.ofSeconds(2)),
            EscPosSettings.defaults(),
            clock);

    PrintResult result = printer.print(receipt());

    assertThat(result).isInstanceOf(PrintResult.PrinterUnavailable.class);
    assertThat(((PrintResult.Failure) result).messageDe())
        .contains("nicht erreichbar", "später gedruckt");
    assertThat(printer.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
    assertThat(printer.probe().isConnected()).isFalse();
  }

  @Test
  void aProbeConnectsWithoutPrinting() throws Exception {
    fakePrinter();

    assertThat(printerOnListener().probe().isConnected()).isTrue();
  }

  @Test
  void writesTheSameBytesToAPrinterDeviceFile(@TempDir Path dir) throws IOException {
    Path device = Files.createFile(dir.resolve("lp0"));
    EscPosReceiptPrinter printer =
        new EscPosReceiptPrinter(
            new PrinterConnection.DeviceFile(device), EscPosSettings.defaults(), clock);

    assertThat(printer.print(receipt())).isInstanceOf(PrintResult.Printed.class);
    assertThat(Files.readAllBytes(device))
        .isEqualTo(new EscPosReceiptRenderer(EscPosSettings.defaults()).render(receipt()));
    assertThat(printer.status().adapter()).isEqualTo("escpos-device");
    assertThat(printer.status().lastUsed()).isPresent();
  }

  @Test
  void aMissingDeviceFileMeansNoPrinter(@TempDir Path dir) {
    EscPosReceiptPrinter printer =
        new EscPosReceiptPrinter(
            new PrinterConnection.DeviceFile(dir.resolve("usb/lp0")),
            EscPosSettings.defaults(),
            clock);

    assertThat(printer.print(receipt())).isInstanceOf(PrintResult.PrinterUnavailable.class);
  }
}
