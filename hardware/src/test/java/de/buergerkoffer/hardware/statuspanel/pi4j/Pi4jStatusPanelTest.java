package de.buergerkoffer.hardware.statuspanel.pi4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.statuspanel.PanelResult;
import de.buergerkoffer.hardware.statuspanel.PanelState;
import de.buergerkoffer.hardware.statuspanel.PanelState.Light;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Pi4jStatusPanelTest extends Pi4jMockContextTest {

  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");
  private Pi4jStatusPanel panel;

  @BeforeEach
  void createPanel() {
    panel = new Pi4jStatusPanel(pi4j, PanelPins.defaults(), clock);
  }

  private DigitalState led(Light light) {
    return pi4j.getIO(Pi4jStatusPanel.ledId(light), MockDigitalOutput.class).state();
  }

  private MockDigitalInput button() {
    return pi4j.getIO(Pi4jStatusPanel.BUTTON_ID, MockDigitalInput.class);
  }

  @Test
  void claimsTheDefaultPinsAndStartsOffline() {
    assertThat(panel.status().isConnected()).isTrue();
    assertThat(pi4j.getIO(Pi4jStatusPanel.ledId(Light.ONLINE), DigitalOutput.class).address())
        .isEqualTo(17);
    assertThat(button().address()).isEqualTo(24);
    assertThat(led(Light.OFFLINE)).isEqualTo(DigitalState.HIGH);
    assertThat(led(Light.ONLINE)).isEqualTo(DigitalState.LOW);
  }

  @Test
  void lightsTheLedsForOnlineAndSyncing() {
    PanelResult result = panel.show(new PanelState(true, true, false));

    assertThat(result).isEqualTo(new PanelResult.Shown(new PanelState(true, true, false)));
    assertThat(led(Light.ONLINE)).isEqualTo(DigitalState.HIGH);
    assertThat(led(Light.OFFLINE)).isEqualTo(DigitalState.LOW);
    assertThat(led(Light.SYNCING)).isEqualTo(DigitalState.HIGH);
    assertThat(led(Light.ERROR)).isEqualTo(DigitalState.LOW);
    assertThat(panel.shown()).isEqualTo(new PanelState(true, true, false));
    assertThat(panel.status().lastUsed()).isPresent();
  }

  @Test
  void lightsTheErrorLedWhileOffline() {
    panel.show(new PanelState(true, true, false));

    panel.show(new PanelState(false, false, true));

    assertThat(led(Light.OFFLINE)).isEqualTo(DigitalState.HIGH);
    assertThat(led(Light.ERROR)).isEqualTo(DigitalState.HIGH);
    assertThat(led(Light.ONLINE)).isEqualTo(DigitalState.LOW);
    assertThat(led(Light.SYNCING)).isEqualTo(DigitalState.LOW);
  }

  @Test
  void pressingTheButtonAsksForSyncOncePerPress() {
    AtomicInteger requests = new AtomicInteger();
    panel.onSyncRequested(requests::incrementAndGet);
    MockDigitalInput button = button();
    button.mockState(DigitalState.HIGH); // released: the pull-up holds the pin high

    button.mockState(DigitalState.LOW); // pressed: the button pulls the pin to ground
    assertThat(requests).hasValue(1);

    button.mockState(DigitalState.HIGH); // released again
    assertThat(requests).hasValue(1);

    button.mockState(DigitalState.LOW);
    assertThat(requests).hasValue(2);
  }

  @Test
  void aButtonWiredToThreeVoltsCountsHighAsPressed() {
    panel.close();
    Pi4jStatusPanel toVcc =
        new Pi4jStatusPanel(pi4j, new PanelPins(17, 27, 22, 23, 24, false, 10_000), clock);
    AtomicInteger requests = new AtomicInteger();
    toVcc.onSyncRequested(requests::incrementAndGet);

    button().mockState(DigitalState.HIGH);

    assertThat(requests).hasValue(1);
  }

  @Test
  void aFailingListenerDoesNotStopTheOthers() {
    AtomicInteger requests = new AtomicInteger();
    panel.onSyncRequested(
        () -> {
          throw new IllegalStateException("broken");
        });
    panel.onSyncRequested(requests::incrementAndGet);
    button().mockState(DigitalState.HIGH);

    button().mockState(DigitalState.LOW);

    assertThat(requests).hasValue(1);
  }

  @Test
  void closingTurnsTheLedsOffAndReleasesThePins() {
    panel.show(new PanelState(true, true, true));

    panel.close();

    assertThat(pi4j.registry().exists(Pi4jStatusPanel.ledId(Light.ONLINE))).isFalse();
    assertThat(pi4j.registry().exists(Pi4jStatusPanel.BUTTON_ID)).isFalse();
    assertThat(panel.show(PanelState.initial())).isInstanceOf(PanelResult.PanelUnavailable.class);
    // the pins are free again for a new panel
    assertThat(new Pi4jStatusPanel(pi4j, PanelPins.defaults(), clock).status().isConnected())
        .isTrue();
  }

  @Test
  void aPinThatIsAlreadyTakenLeavesThePanelOfflineWithAGermanMessage() {
    panel.close();
    pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id("someone-else").address(23));

    Pi4jStatusPanel second = new Pi4jStatusPanel(pi4j, PanelPins.defaults(), clock);

    assertThat(second.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
    assertThat(second.status().messageDe()).contains("Statusleuchten", "auf der Seite");
    assertThat(second.show(new PanelState(true, false, false)))
        .isInstanceOf(PanelResult.PanelUnavailable.class);
    assertThat(pi4j.registry().exists(Pi4jStatusPanel.ledId(Light.ONLINE))).isFalse();
  }
}
