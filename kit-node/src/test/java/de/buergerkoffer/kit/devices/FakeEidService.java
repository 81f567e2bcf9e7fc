package de.buergerkoffer.kit.devices;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A town eID service on a free loopback port (the JDK's HTTP server) that answers {@code POST
 * /bk/results} as the test says and records what the kit sent.
 */
public final class FakeEidService implements AutoCloseable {

  /** Erika Mustermann as the eID service reports her. */
  public static final String MUSTERMANN_JSON =
      "{\"documentType\":\"ID\",\"issuingState\":\"D\",\"familyNames\":\"MUSTERMANN\","
          + "\"givenNames\":\"ERIKA\",\"dateOfBirth\":\"1964-08-12\",\"nationality\":\"D\","
          + "\"dateOfExpiry\":\"2031-10-31\",\"placeOfBirth\":\"BERLIN\"}";

  /** One request the service received. */
  public record Request(String method, String path, String authorization, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  private FakeEidService(int status, String body, CountDownLatch hangUntil) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/bk/",
        exchange -> {
          try (exchange) {
            record(exchange);
            if (hangUntil != null) {
              hangUntil.await();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.start();
  }

  /** A service that answers every call with this status and body. */
  public static FakeEidService answering(int status, String body) {
    return new FakeEidService(status, body, null);
  }

  /** A service that takes the call and answers only when the latch opens. */
  public static FakeEidService hanging(CountDownLatch until) {
    return new FakeEidService(200, "{}", until);
  }

  /** The base address, {@code bk.devices.eid.service-url}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bk");
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void record(HttpExchange exchange) throws IOException {
    requests.add(
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            exchange.getRequestHeaders().getFirst("Authorization"),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
  }
}
