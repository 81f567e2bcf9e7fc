package de.buergerkoffer.system;

import de.buergerkoffer.hub.broker.EmbeddedBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real MQTT broker on a free loopback port that a test can start and stop: the embedded HiveMQ CE
 * by default, or a Mosquitto process with the project's own configuration when the system property
 * {@code bk.test.broker} is {@code mosquitto}. Under {@code CI=true} a missing Mosquitto fails the
 * test instead of skipping it.
 */
abstract class TestBroker implements AutoCloseable {

  final int port;
  final Path workDir;

  TestBroker(int port, Path workDir) {
    this.port = port;
    this.workDir = workDir;
  }

  static TestBroker create(Path workDir) {
    int port = freePort();
    String kind = System.getProperty("bk.test.broker", "hivemq");
    return switch (kind) {
      case "hivemq" -> new HiveMq(port, workDir);
      case "mosquitto" -> new Mosquitto(port, workDir);
      default -> throw new IllegalArgumentException("unknown bk.test.broker " + kind);
    };
  }

  String url() {
    return "tcp://127.0.0.1:" + port;
  }

  abstract void start();

  abstract void stop();

  @Override
  public void close() {
    stop();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The embedded HiveMQ CE broker the hub also uses for the demo. */
  static final class HiveMq extends TestBroker {

    private EmbeddedBroker broker;

    HiveMq(int port, Path workDir) {
      super(port, workDir);
    }

    @Override
    void start() {
      broker = EmbeddedBroker.start(workDir.resolve("hivemq"), "127.0.0.1", port);
    }

    @Override
    void stop() {
      if (broker != null) {
        broker.close();
        broker = null;
      }
    }
  }

  /** A Mosquitto process with {@code scripts/broker/mosquitto-dev.conf}, on a free port. */
  static final class Mosquitto extends TestBroker {

    private Process process;

    Mosquitto(int port, Path workDir) {
      super(port, workDir);
    }

    @Override
    void start() {
      Path binary = findMosquitto();
      try {
        Path root = Path.of(System.getProperty("bk.project.root", "..")).toAbsolutePath();
        String config =
            Files.readString(root.resolve("scripts/broker/mosquitto-dev.conf"))
                .replace("listener 1883 127.0.0.1", "listener " + port + " 127.0.0.1");
        Files.createDirectories(workDir);
        Path configFile = workDir.resolve("mosquitto.conf");
        Files.writeString(configFile, config);
        process =
            new ProcessBuilder(binary.toString(), "-c", configFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("mosquitto.log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!listening(port)) {
          if (!process.isAlive() || Instant.now().isAfter(deadline)) {
            throw new IllegalStateException(
                "mosquitto did not start: " + Files.readString(workDir.resolve("mosquitto.log")));
          }
          Thread.onSpinWait();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start mosquitto", e);
      }
    }

    @Override
    void stop() {
      if (process != null) {
        process.destroy();
        try {
          if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        process = null;
      }
    }

    static Path findMosquitto() {
      for (String candidate : new String[] {"/usr/sbin/mosquitto", "/usr/bin/mosquitto"}) {
        if (Files.isExecutable(Path.of(candidate))) {
          return Path.of(candidate);
        }
      }
      String message = "mosquitto is not installed (apt-get install mosquitto)";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(message + "; under CI=true this is a failure");
      }
      Assumptions.abort(message);
      throw new IllegalStateException(message);
    }
  }
}
