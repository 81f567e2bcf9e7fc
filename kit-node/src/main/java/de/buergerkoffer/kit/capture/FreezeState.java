package de.buergerkoffer.kit.capture;

import java.util.List;

/** Whether the kit takes new cases, with the reasons in plain German for the clerk. */
public sealed interface FreezeState {

  /** Reasons, empty when all is well. */
  List<String> reasonsDe();

  /** Nothing near a limit. */
  record Ok() implements FreezeState {
    @Override
    public List<String> reasonsDe() {
      return List.of();
    }
  }

  /** Near a limit: capture goes on, the clerk should sync or export soon. */
  record Warning(List<String> reasonsDe) implements FreezeState {}

  /** At a limit: no new cases until the kit has synced or exported. */
  record Frozen(List<String> reasonsDe) implements FreezeState {}
}
