package de.buergerkoffer.hardware.scanner.sane;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@link CommandRunner} with {@link ProcessBuilder}. Output goes to temporary files rather than
 * pipes, so a chatty program cannot block on a full pipe. The program runs with {@code LC_ALL=C},
 * so its messages are the English ones that {@link SaneScanner} recognises.
 */
public final class ProcessCommandRunner implements CommandRunner {

  @Override
  public CommandOutput run(List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("bk-cmd-", ".out");
    Path err = Files.createTempFile("bk-cmd-", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      Map<String, String> env = builder.environment();
      env.put("LC_ALL", "C");
      Process process = builder.start();
      boolean finished;
      try {
        finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        process.destroyForcibly();
        throw e;
      }
      if (!finished) {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
        }
      }
      Charset cs = Charset.defaultCharset();
      return new CommandOutput(
          finished ? process.exitValue() : -1,
          Files.readString(out, cs),
          Files.readString(err, cs),
          !finished);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
