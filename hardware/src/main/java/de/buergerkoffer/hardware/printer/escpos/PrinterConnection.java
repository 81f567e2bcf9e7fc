package de.buergerkoffer.hardware.printer.escpos;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the ESC/POS bytes go: a network printer's raw port, or a device file.
 *
 * <p>Each print opens the connection, writes the whole receipt and closes it, so a printer that was
 * switched off between two receipts just works again.
 */
public sealed interface PrinterConnection
    permits PrinterConnection.Tcp, PrinterConnection.DeviceFile {

  /** Opens the connection for one job; the caller closes the stream. */
  OutputStream open() throws IOException;

  /** Checks quickly whether the printer is there, without printing. */
  boolean isReachable();

  /** For messages and the device page, e.g. {@code TCP 192.168.1.50:9100}. */
  String describe();

  /** The adapter's short name for the status, e.g. {@code escpos-tcp}. */
  String adapterName();

  /**
   * A network receipt printer on its raw port (JetDirect / "AppSocket").
   *
   * @param host name or address
   * @param port usually 9100
   * @param timeout for connecting and for each write
   */
  record Tcp(String host, int port, Duration timeout) implements PrinterConnection {
    public Tcp {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(timeout, "timeout");
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }

    /** Port 9100, 5 s timeout. */
    public static Tcp of(String host) {
      return new Tcp(host, 9100, Duration.ofSeconds(5));
    }

    @Override
    public OutputStream open() throws IOException {
      Socket socket = new Socket();
      try {
        socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
        return new SocketOutputStream(socket);
      } catch (IOException e) {
        socket.close();
        throw e;
      }
    }

    @Override
    public boolean isReachable() {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    @Override
    public String describe() {
      return "TCP " + host + ":" + port;
    }

    @Override
    public String adapterName() {
      return "escpos-tcp";
    }
  }

  /**
   * A printer device file: USB printer class ({@code /dev/usb/lp0}) or a serial port ({@code
   * /dev/ttyUSB0}; set speed and raw mode once with {@code stty}, see docs/hardware.md).
   *
   * @param path the device file
   */
  record DeviceFile(Path path) implements PrinterConnection {
    public DeviceFile {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public OutputStream open() throws IOException {
      return Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    @Override
    public boolean isReachable() {
      return Files.isWritable(path);
    }

    @Override
    public String describe() {
      return path.toString();
    }

    @Override
    public String adapterName() {
      return "escpos-device";
    }
  }
}
