package de.buergerkoffer.hub.visits;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A visit that cannot be planned as entered; each problem names its field, in German. */
public final class VisitRejected extends RuntimeException {

  private final transient List<Problem> problems;

  public VisitRejected(List<Problem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.message())
            .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /**
   * One thing wrong with the entered visit.
   *
   * @param field the input it concerns
   * @param code a stable code for translations ({@code visit.problem.<code>} in the page texts)
   * @param argument the value the message names (a form id, a length), or empty
   * @param message the German text
   */
  public record Problem(String field, String code, String argument, String message) {}

  public List<Problem> problems() {
    return problems;
  }

  /** The first message per field, for showing next to the inputs. */
  public Map<String, String> byField() {
    return problems.stream()
        .collect(Collectors.toMap(Problem::field, Problem::message, (a, b) -> a));
  }
}
