package de.buergerkoffer.hardware.idcard.icao;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * The real PC/SC stack for the tests: pcscd with vsmartcard's vpcd driver (Debian packages {@code
 * pcscd} and {@code vsmartcard-vpcd}), which offers the reader "Virtual PCD 00 00" and waits for a
 * card on localhost:35963. Starts {@code pcscd -f -a} when no pcscd runs (as root, or where the
 * user may create {@code /run/pcscd}) and stops it again at the end.
 *
 * <p>Skips the tests where pcscd or vpcd are missing, except under {@code CI=true}: there they
 * fail, so CI cannot pass without having talked to a real pcscd.
 */
final class PcscTestBed {

  static final String READER = "Virtual PCD 00 00";
  private static final Path PCSCD = Path.of("/usr/sbin/pcscd");
  private static final Path VPCD_CONFIG = Path.of("/etc/reader.conf.d/vpcd");
  private static final Path SOCKET = Path.of("/run/pcscd/pcscd.comm");

  private static Process started;

  private PcscTestBed() {}

  /** The virtual reader, with pcscd running; skips (or fails under CI) when impossible. */
  static synchronized CardTerminal virtualReader() throws Exception {
    boolean installed = Files.isExecutable(PCSCD) && Files.exists(VPCD_CONFIG);
    requireOrSkip(
        installed,
        "pcscd or vsmartcard-vpcd not installed (apt-get install pcscd vsmartcard-vpcd)");
    if (!pcscdRunning()) {
      started =
          new ProcessBuilder(PCSCD.toString(), "--foreground", "--auto-exit")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!Files.exists(SOCKET) && started.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(PcscTestBed::stop));
    }
    Optional<CardTerminal> reader = find();
    requireOrSkip(reader.isPresent(), "pcscd does not offer the reader " + READER);
    return reader.get();
  }

  private static Optional<CardTerminal> find() {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        return Optional.of(TerminalFactory.getDefault().terminals().getTerminal(READER))
            .filter(t -> exists(t));
      } catch (RuntimeException e) {
        sleep();
      }
    }
    return Optional.empty();
  }

  private static boolean exists(CardTerminal terminal) {
    try {
      terminal.isCardPresent();
      return true;
    } catch (CardException | RuntimeException e) {
      return false;
    }
  }

  private static boolean pcscdRunning() {
    // a running pcscd, or systemd's socket that starts one on demand
    return Files.exists(SOCKET);
  }

  static synchronized void stop() {
    if (started != null) {
      started.destroy();
      started = null;
    }
  }

  private static void requireOrSkip(boolean condition, String why) {
    if (!condition && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(why + " (CI=true)");
    }
    assumeTrue(condition, why + "; skipping");
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
