package de.buergerkoffer.hub.broker;

import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An embedded HiveMQ Community Edition broker for the demo and for tests, so a newcomer needs no
 * broker installed. It listens on plain TCP and keeps sessions in memory: for local trials only; a
 * town hall runs Mosquitto with TLS and per-kit ACLs.
 *
 * <p>Nothing is lost when it stops: kits keep every case in their outbox until the hub's signed
 * acknowledgement arrives, and resend.
 */
public final class EmbeddedBroker implements AutoCloseable {

  private final EmbeddedHiveMQ hivemq;
  private final String bindAddress;
  private final int port;

  private EmbeddedBroker(EmbeddedHiveMQ hivemq, String bindAddress, int port) {
    this.hivemq = hivemq;
    this.bindAddress = bindAddress;
    this.port = port;
  }

  /**
   * Starts a broker and waits until it accepts connections.
   *
   * @param workDir a folder for the broker's configuration and data
   * @throws IllegalStateException when it does not start, for example because the port is taken
   */
  public static EmbeddedBroker start(Path workDir, String bindAddress, int port) {
    try {
      Path conf = Files.createDirectories(workDir.resolve("conf"));
      Path data = Files.createDirectories(workDir.resolve("data"));
      Path extensions = Files.createDirectories(workDir.resolve("extensions"));
      Files.writeString(conf.resolve("config.xml"), config(bindAddress, port));
      EmbeddedHiveMQ hivemq =
          EmbeddedHiveMQ.builder()
              .withConfigurationFolder(conf)
              .withDataFolder(data)
              .withExtensionsFolder(extensions)
              .withoutLoggingBootstrap()
              .build();
      hivemq.start().get(60, TimeUnit.SECONDS);
      return new EmbeddedBroker(hivemq, bindAddress, port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare broker folder " + workDir, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "embedded MQTT broker did not start on " + bindAddress + ":" + port, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the broker", e);
    }
  }

  /** The URL clients connect to. */
  public String url() {
    return "tcp://" + bindAddress + ":" + port;
  }

  @Override
  public void close() {
    try {
      hivemq.stop().get(30, TimeUnit.SECONDS);
      hivemq.close();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("embedded broker did not stop cleanly", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String config(String bindAddress, int port) {
    return """
        <?xml version="1.0"?>
        <hivemq>
          <listeners>
            <tcp-listener>
              <port>%d</port>
              <bind-address>%s</bind-address>
            </tcp-listener>
          </listeners>
          <persistence>
            <mode>in-memory</mode>
          </persistence>
          <anonymous-usage-statistics>
            <enabled>false</enabled>
          </anonymous-usage-statistics>
        </hivemq>
        """
        .formatted(port, bindAddress);
  }
}
