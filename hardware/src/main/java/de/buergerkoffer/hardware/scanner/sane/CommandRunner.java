package de.buergerkoffer.hardware.scanner.sane;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs an external program and waits for it, so that {@link SaneScanner} can be tested with a fake
 * for situations the real {@code scanimage} cannot stage (program missing, hanging).
 */
public interface CommandRunner {

  /**
   * Runs the command to its end or until the timeout, then kills it.
   *
   * @param command program and arguments
   * @param timeout how long to wait
   * @return exit code and output
   * @throws IOException if the program cannot be started (e.g. not installed)
   * @throws InterruptedException if the waiting thread is interrupted (the program is killed)
   */
  CommandOutput run(List<String> command, Duration timeout)
      throws IOException, InterruptedException;

  /**
   * What a finished (or killed) program left.
   *
   * @param exitCode the exit code; meaningless if timed out
   * @param stdout standard output as text
   * @param stderr standard error as text
   * @param timedOut true if it was killed after the timeout
   */
  record CommandOutput(int exitCode, String stdout, String stderr, boolean timedOut) {}
}
