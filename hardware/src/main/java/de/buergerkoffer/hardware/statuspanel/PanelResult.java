package de.buergerkoffer.hardware.statuspanel;

import java.util.Objects;

/**
 * The outcome of {@link StatusPanel#show(PanelState)}: shown, or the panel is not there (the web
 * page still shows the state, so nothing is lost).
 */
public sealed interface PanelResult permits PanelResult.Shown, PanelResult.PanelUnavailable {

  /** The lights show this state. */
  record Shown(PanelState state) implements PanelResult {
    public Shown {
      Objects.requireNonNull(state, "state");
    }
  }

  /** The lights could not be set. */
  record PanelUnavailable(String messageDe) implements PanelResult {}
}
