package de.buergerkoffer.hardware.idcard.ausweisapp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the AusweisApp's SDK WebSocket: a minimal RFC 6455 server (handshake, masked text
 * frames from the client, unmasked text frames back, close) on a free loopback port that plays a
 * scripted conversation from the SDK documentation's workflows. Each step names the command it
 * expects and the messages it answers with; an unexpected command is answered with {@code
 * BAD_STATE}, like the AusweisApp does.
 *
 * <p>Public (in the hardware test-jar) so that the kit's tests can run the whole eID flow against
 * it; {@link AusweisAppMessages} has the SDK messages the scripts use.
 */
public final class FakeAusweisApp implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One step: when this command arrives, send these messages. */
  public record Step(String command, List<String> replies) {}

  private final ServerSocket server;
  private final Deque<Step> script;
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private volatile String userAgent = "";
  private volatile String path = "";
  private final Thread thread;

  public FakeAusweisApp(List<Step> steps) throws IOException {
    this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    this.script = new ArrayDeque<>(steps);
    this.thread = new Thread(this::serve, "fake-ausweisapp");
    thread.setDaemon(true);
    thread.start();
  }

  public static Step on(String command, String... replies) {
    return new Step(command, List.of(replies));
  }

  public URI uri() {
    return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/eID-Kernel");
  }

  /** The commands the client sent, in order. */
  public List<JsonNode> received() {
    return List.copyOf(received);
  }

  public List<String> commandNames() {
    return received.stream().map(n -> n.path("cmd").asText()).toList();
  }

  public String userAgent() {
    return userAgent;
  }

  public String path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        handshake(socket);
        converse(socket);
      } catch (IOException e) {
        // client went away or server closed
      }
    }
  }

  private void handshake(Socket socket) throws IOException {
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(headerStream(socket), StandardCharsets.ISO_8859_1));
    String requestLine = in.readLine();
    path = requestLine == null ? "" : requestLine.split(" ")[1];
    String key = "";
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Sec-WebSocket-Key")) {
        key = value;
      } else if (name.equalsIgnoreCase("User-Agent")) {
        userAgent = value;
      }
    }
    String response =
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: "
            + accept(key)
            + "\r\n\r\n";
    socket.getOutputStream().write(response.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  /** Reads the HTTP header byte by byte, so no frame bytes are swallowed by a buffer. */
  private static InputStream headerStream(Socket socket) throws IOException {
    InputStream raw = socket.getInputStream();
    StringBuilder header = new StringBuilder();
    while (!header.toString().endsWith("\r\n\r\n")) {
      int b = raw.read();
      if (b < 0) {
        throw new IOException("handshake cut short");
      }
      header.append((char) b);
    }
    return new java.io.ByteArrayInputStream(
        header.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  private void converse(Socket socket) throws IOException {
    DataInputStream in = new DataInputStream(socket.getInputStream());
    OutputStream out = socket.getOutputStream();
    while (true) {
      int first = in.readUnsignedByte();
      int second = in.readUnsignedByte();
      int opcode = first & 0x0F;
      long length = second & 0x7F;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = in.readLong();
      }
      byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : new byte[4];
      byte[] payload = in.readNBytes((int) length);
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= mask[i % 4];
      }
      if (opcode == 0x8) {
        out.write(new byte[] {(byte) 0x88, 0});
        out.flush();
        return;
      }
      if (opcode == 0x1) {
        JsonNode command = JSON.readTree(new String(payload, StandardCharsets.UTF_8));
        received.add(command);
        for (String reply : answer(command.path("cmd").asText())) {
          sendText(out, reply);
        }
      }
    }
  }

  private synchronized List<String> answer(String command) {
    Step next = script.peekFirst();
    if (next == null || !next.command().equals(command)) {
      return List.of("{\"msg\":\"BAD_STATE\",\"error\":\"" + command + "\"}");
    }
    script.removeFirst();
    return next.replies();
  }

  private static void sendText(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(0x81);
    if (bytes.length < 126) {
      out.write(bytes.length);
    } else {
      out.write(126);
      out.write(bytes.length >> 8);
      out.write(bytes.length);
    }
    out.write(bytes);
    out.flush();
  }

  private static String accept(String key) {
    try {
      byte[] sha1 =
          MessageDigest.getInstance("SHA-1")
              .digest(
                  (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
                      .getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
