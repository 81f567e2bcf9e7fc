package de.buergerkoffer.hardware.statuspanel;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.statuspanel.PanelState.Light;
import org.junit.jupiter.api.Test;

class PanelStateTest {

  @Test
  void exactlyOneOfOnlineAndOfflineIsLit() {
    assertThat(PanelState.initial().lightsOn()).containsExactly(Light.OFFLINE);
    assertThat(new PanelState(true, true, false).lightsOn())
        .containsExactlyInAnyOrder(Light.ONLINE, Light.SYNCING);
    assertThat(new PanelState(false, false, true).lightsOn())
        .containsExactlyInAnyOrder(Light.OFFLINE, Light.ERROR);
  }

  @Test
  void describesItselfInGermanForTheWebPage() {
    assertThat(new PanelState(true, true, false).describeDe())
        .isEqualTo("Online – wird synchronisiert");
    assertThat(new PanelState(false, false, true).describeDe())
        .isEqualTo("Offline – Fehler, bitte Hinweise prüfen");
  }
}
