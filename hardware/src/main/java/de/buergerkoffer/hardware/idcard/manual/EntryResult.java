package de.buergerkoffer.hardware.idcard.manual;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking pasted or typed document data: accepted (maybe with warnings the clerk
 * should read, e.g. "expired") or rejected with one problem per wrong field.
 *
 * @param <T> what an accepted entry yields
 */
public sealed interface EntryResult<T> permits EntryResult.Accepted, EntryResult.Rejected {

  /**
   * The data passed every check.
   *
   * @param value the checked data
   * @param warningsDe hints for the clerk that do not block (expired document, names without
   *     umlauts)
   */
  record Accepted<T>(T value, List<String> warningsDe) implements EntryResult<T> {
    public Accepted {
      Objects.requireNonNull(value, "value");
      warningsDe = List.copyOf(warningsDe);
    }
  }

  /**
   * The data failed at least one check; nothing is accepted.
   *
   * @param problems at least one
   */
  record Rejected<T>(List<EntryProblem> problems) implements EntryResult<T> {
    public Rejected {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs a problem");
      }
    }
  }
}
