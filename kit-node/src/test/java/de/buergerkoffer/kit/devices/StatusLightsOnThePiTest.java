package de.buergerkoffer.kit.devices;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.idcard.ReadResult;
import de.buergerkoffer.hardware.statuspanel.PanelState.Light;
import de.buergerkoffer.hardware.statuspanel.StatusPanel;
import de.buergerkoffer.hardware.statuspanel.pi4j.Pi4jMockContextTest;
import de.buergerkoffer.hardware.statuspanel.pi4j.Pi4jStatusPanel;
import de.buergerkoffer.kit.sync.BundleTransport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kit's status lights on a Raspberry Pi ({@code bk.devices.status-panel=pi4j}), on Pi4J's mock
 * platform: the kit's wiring ({@link DevicesConfig} and {@link StatusLights}) sets the LEDs on the
 * configured pins from the link, the outbox and the devices, and the button "Jetzt synchronisieren"
 * makes the waiting bundles due.
 */
class StatusLightsOnThePiTest extends Pi4jMockContextTest {

  private static final Instant NOW = Instant.parse("2025-11-21T10:00:00Z");

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final SwitchableTransport transport = new SwitchableTransport();
  private final RecordingOutbox outbox = new RecordingOutbox();
  private final FaultyReader reader = new FaultyReader();
  private final DevicesConfig config = new DevicesConfig();
  private StatusPanel panel;
  private StatusLights lights;

  @BeforeEach
  void wireTheKit() {
    DeviceSettings settings =
        new DeviceSettings(
            null,
            null,
            null,
            null,
            "pi4j",
            null,
            null,
            null,
            new DeviceSettings.StatusPins(5, 6, 13, 19, 26, null, null),
            null,
            null);
    panel = config.statusPanel(settings, clock, () -> pi4j);
    DeviceBoard board =
        new DeviceBoard(
            reader,
            config.scanner(settings, clock),
            config.receiptPrinter(settings, clock),
            config.signaturePad(settings, clock),
            panel);
    lights = new StatusLights(panel, transport, outbox, board, clock);
  }

  @Test
  void theLedsSitOnTheConfiguredPinsAndShowOfflineAtStart() {
    lights.refresh();

    assertThat(pi4j.getIO(Pi4jStatusPanel.ledId(Light.ONLINE), DigitalOutput.class).address())
        .isEqualTo(5);
    assertThat(pi4j.getIO(Pi4jStatusPanel.ledId(Light.ERROR), DigitalOutput.class).address())
        .isEqualTo(19);
    assertThat(pi4j.getIO(Pi4jStatusPanel.BUTTON_ID, MockDigitalInput.class).address())
        .isEqualTo(26);
    assertThat(ledsOn()).containsExactly(Light.OFFLINE.name());
    assertThat(panel.status().isConnected()).isTrue();
  }

  @Test
  void goingOnlineSyncingWithAFaultAndOfflineAgainSwitchesTheLeds() {
    transport.online = true;
    lights.refresh();
    assertThat(ledsOn()).containsExactly(Light.ONLINE.name());

    outbox.pending = 2;
    lights.refresh();
    assertThat(ledsOn()).containsExactlyInAnyOrder(Light.ONLINE.name(), Light.SYNCING.name());

    reader.state = DeviceState.ERROR;
    lights.refresh();
    assertThat(ledsOn())
        .containsExactlyInAnyOrder(Light.ONLINE.name(), Light.SYNCING.name(), Light.ERROR.name());

    transport.online = false;
    outbox.pending = 0;
    reader.state = DeviceState.CONNECTED;
    lights.refresh();
    assertThat(ledsOn()).containsExactly(Light.OFFLINE.name());
  }

  @Test
  void pressingTheButtonMakesTheWaitingBundlesDueNow() {
    MockDigitalInput button = pi4j.getIO(Pi4jStatusPanel.BUTTON_ID, MockDigitalInput.class);
    button.mockState(DigitalState.HIGH); // released: the pull-up holds the pin high
    assertThat(outbox.resendRequests).isZero();

    button.mockState(DigitalState.LOW); // pressed

    assertThat(outbox.resendRequests).isEqualTo(1);
    assertThat(outbox.resendAt).isEqualTo(NOW);
  }

  @Test
  void closingThePanelTurnsTheLedsOffAndReleasesThePins() {
    transport.online = true;
    lights.refresh();

    panel.close();

    assertThat(pi4j.registry().exists(Pi4jStatusPanel.ledId(Light.ONLINE))).isFalse();
    assertThat(panel.status().isConnected()).isFalse();
  }

  private java.util.Set<String> ledsOn() {
    Map<String, DigitalState> states =
        Arrays.stream(Light.values())
            .collect(
                Collectors.toMap(
                    Light::name,
                    l -> pi4j.getIO(Pi4jStatusPanel.ledId(l), MockDigitalOutput.class).state()));
    return states.entrySet().stream()
        .filter(e -> e.getValue() == DigitalState.HIGH)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** The link, switched by the test. */
  private static final class SwitchableTransport implements BundleTransport {
    volatile boolean online;

    @Override
    public boolean connected() {
      return online;
    }

    @Override
    public boolean send(String kitId, UUID bundleId, byte[] sealed) {
      return false;
    }
  }

  /** An ID-card reader whose state the test sets. */
  private final class FaultyReader implements IdCardReader {
    volatile DeviceState state = DeviceState.CONNECTED;

    @Override
    public ReadResult read(AccessKey accessKey) {
      return new ReadResult.NoReader();
    }

    @Override
    public DeviceStatus status() {
      return new DeviceStatus(
          DeviceKind.ID_CARD_READER, "test", state, "Testleser", Optional.<Instant>empty());
    }
  }
}
