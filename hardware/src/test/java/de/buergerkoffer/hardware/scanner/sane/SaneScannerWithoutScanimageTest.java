package de.buergerkoffer.hardware.scanner.sane;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.scanner.ScanRequest;
import de.buergerkoffer.hardware.scanner.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Situations the real scanimage cannot stage, with a fake {@link CommandRunner}. */
class SaneScannerWithoutScanimageTest {

  @TempDir Path work;

  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");

  /** Records the command and answers as told. */
  private static final class FakeRunner implements CommandRunner {
    final List<List<String>> commands = new ArrayList<>();
    final CommandOutput answer;
    final boolean missing;

    FakeRunner(CommandOutput answer, boolean missing) {
      this.answer = answer;
      this.missing = missing;
    }

    @Override
    public CommandOutput run(List<String> command, Duration timeout) throws IOException {
      commands.add(command);
      if (missing) {
        throw new IOException("Cannot run program \"scanimage\": error=2");
      }
      return answer;
    }
  }

  private SaneScanner scanner(FakeRunner runner) {
    return new SaneScanner(
        SaneSettings.defaults()
            .withDevice("epson2:libusb:001:004")
            .withSources("Flatbed", "ADF")
            .withWorkDirectory(work),
        runner,
        clock);
  }

  @Test
  void aMissingScanimageSaysWhichPackageToInstall() {
    SaneScanner scanner = scanner(new FakeRunner(null, true));

    ScanResult result = scanner.scan(ScanRequest.singlePage());

    assertThat(result).isInstanceOf(ScanResult.ScannerUnavailable.class);
    assertThat(((ScanResult.Failure) result).messageDe()).contains("sane-utils");
    assertThat(scanner.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
    assertThat(scanner.probe().messageDe()).contains("sane-utils");
  }

  @Test
  void aHangingScannerIsCancelledWithAGermanMessage() {
    SaneScanner scanner =
        scanner(new FakeRunner(new CommandRunner.CommandOutput(-1, "", "", true), false));

    ScanResult result = scanner.scan(ScanRequest.singlePage());

    assertThat(result).isInstanceOf(ScanResult.ScanFailed.class);
    assertThat(((ScanResult.Failure) result).messageDe()).contains("nicht rechtzeitig");
  }

  @Test
  void asksScanimageForPngPagesFromTheChosenSource() {
    FakeRunner runner =
        new FakeRunner(
            new CommandRunner.CommandOutput(
                7, "", "scanimage: sane_start: Document feeder out of documents", false),
            false);

    ScanResult result = scanner(runner).scan(ScanRequest.feeder(5));

    assertThat(result).isInstanceOf(ScanResult.NoPaper.class);
    assertThat(runner.commands.get(0))
        .startsWith("scanimage", "--device-name=epson2:libusb:001:004", "--format=png")
        .contains("--batch-count=5", "--resolution=200", "--mode=Gray", "--source=ADF");
    assertThat(runner.commands.get(0))
        .anySatisfy(arg -> assertThat(arg).startsWith("--batch=").endsWith("page-%d.png"));
  }

  @Test
  void mapsSaneStatusCodesToMessagesForTheClerk() {
    assertThat(SaneProblem.classify(8, "")).isEqualTo(SaneProblem.COVER_OPEN);
    assertThat(SaneProblem.classify(3, "")).isEqualTo(SaneProblem.BUSY);
    assertThat(SaneProblem.classify(11, "")).isEqualTo(SaneProblem.ACCESS_DENIED);
    assertThat(SaneProblem.classify(9, "")).isEqualTo(SaneProblem.IO_ERROR);
    assertThat(SaneProblem.classify(1, "scanimage: no SANE devices found"))
        .isEqualTo(SaneProblem.NOT_FOUND);
    assertThat(SaneProblem.classify(1, "scanimage: setting of option --source failed"))
        .isEqualTo(SaneProblem.OTHER);
    assertThat(SaneProblem.COVER_OPEN.messageDe()).contains("Deckel");
  }
}
