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

  /** One thing wrong with the entered visit. */
  public record Problem(String field, String message) {}

  public List<Problem> problems() {
    return problems;
  }

  /** The first message per field, for showing next to the inputs. */
  public Map<String, String> byField() {
    return problems.stream()
        .collect(Collectors.toMap(Problem::field, Problem::message, (a, b) -> a));
  }
}
