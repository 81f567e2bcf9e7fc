package de.buergerkoffer.hardware.idcard.ausweisapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.ReadResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AusweisAppReader} against the real AusweisApp (Debian package {@code ausweisapp2}),
 * started headless as the SDK documentation describes for integrated use: {@code --ui websocket
 * --port 0}, the chosen port read from {@code $TMPDIR/AusweisApp2.<pid>.port}. Without an eID
 * server no authentication can finish, so this checks the parts that need none: the WebSocket
 * handshake, the JSON conversation up to the final {@code AUTH}, and the mapping of an unreachable
 * eID service. Skipped without AusweisApp2, failing under {@code CI=true}.
 */
class AusweisAppReaderWithRealAusweisAppTest {

  private static final Path BINARY = Path.of("/usr/bin/AusweisApp2");
  @TempDir static Path tmp;
  private static Process ausweisApp;
  private static URI webSocket;

  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");
  private final List<URI> refreshUrls = new ArrayList<>();
  private final List<EidProgress> progress = new ArrayList<>();

  @BeforeAll
  static void startAusweisApp() throws Exception {
    boolean installed = Files.isExecutable(BINARY);
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("AusweisApp2 is missing: install the Debian package ausweisapp2 (CI=true)");
    }
    assumeTrue(installed, "AusweisApp2 not installed (apt-get install ausweisapp2); skipping");
    ProcessBuilder builder =
        new ProcessBuilder(BINARY.toString(), "--ui", "websocket", "--port", "0", "--no-logfile")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("QT_QPA_PLATFORM", "offscreen");
    builder.environment().put("TMPDIR", tmp.toString());
    ausweisApp = builder.start();
    Path portFile = tmp.resolve("AusweisApp2." + ausweisApp.pid() + ".port");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!(Files.exists(portFile) && !Files.readString(portFile).isBlank())
        && ausweisApp.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(portFile).as("AusweisApp2 port file").exists();
    webSocket = URI.create("ws://127.0.0.1:" + Files.readString(portFile).trim() + "/eID-Kernel");
  }

  @AfterAll
  static void stopAusweisApp() throws Exception {
    if (ausweisApp != null) {
      ausweisApp.destroy();
      ausweisApp.waitFor();
    }
  }

  private AusweisAppReader reader(URI tcToken) {
    return new AusweisAppReader(
        new AusweisAppSettings(webSocket, tcToken, Duration.ofSeconds(30)),
        url -> {
          refreshUrls.add(url);
          return Optional.empty();
        },
        EidInteraction.progressOnly(progress::add),
        clock);
  }

  @Test
  void probeFindsTheRunningAusweisApp() {
    assertThat(reader(URI.create("https://eid.musterstadt.de/tcToken")).probe().state())
        .isEqualTo(DeviceState.CONNECTED);
  }

  @Test
  void anUnreachableEidServiceEndsTheRealWorkflowAsOffline() throws IOException {
    int closedPort;
    try (ServerSocket free = new ServerSocket(0)) {
      closedPort = free.getLocalPort();
    }
    AusweisAppReader reader = reader(URI.create("http://127.0.0.1:" + closedPort + "/tcToken"));

    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.NoReader.class);
    assertThat(((ReadResult.Failure) result).messageDe())
        .contains("eID-Dienst der Gemeinde ist nicht erreichbar");
    assertThat(progress).extracting(EidProgress::step).contains(EidProgress.Step.STARTED);
    assertThat(refreshUrls).isEmpty();
    assertThat(reader.status().state()).isEqualTo(DeviceState.CONNECTED);
  }
}
