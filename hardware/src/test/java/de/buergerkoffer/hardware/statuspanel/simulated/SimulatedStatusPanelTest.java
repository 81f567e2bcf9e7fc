package de.buergerkoffer.hardware.statuspanel.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.statuspanel.PanelResult;
import de.buergerkoffer.hardware.statuspanel.PanelState;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SimulatedStatusPanelTest {

  private final SimulatedStatusPanel panel =
      new SimulatedStatusPanel(MutableClock.at("2025-11-21T10:00:00Z"));

  @Test
  void remembersTheStateForTheWebPage() {
    assertThat(panel.show(new PanelState(true, false, false)))
        .isInstanceOf(PanelResult.Shown.class);

    assertThat(panel.shown().describeDe()).isEqualTo("Online");
  }

  @Test
  void theWebPagesButtonAsksForSync() {
    AtomicInteger requests = new AtomicInteger();
    panel.onSyncRequested(requests::incrementAndGet);

    panel.pressSyncButton();

    assertThat(requests).hasValue(1);
  }
}
