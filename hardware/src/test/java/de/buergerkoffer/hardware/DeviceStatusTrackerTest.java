package de.buergerkoffer.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceStatusTrackerTest {

  private final MutableClock clock = MutableClock.at("2025-11-21T09:00:00Z");
  private final DeviceStatusTracker tracker =
      new DeviceStatusTracker(DeviceKind.SCANNER, "test", clock, "noch nicht geprüft");

  @Test
  void aNewDeviceIsNotConnectedAndWasNeverUsed() {
    DeviceStatus status = tracker.current();

    assertThat(status.state()).isEqualTo(DeviceState.NOT_CONNECTED);
    assertThat(status.messageDe()).isEqualTo("noch nicht geprüft");
    assertThat(status.lastUsed()).isEmpty();
    assertThat(status.device().displayNameDe()).isEqualTo("Scanner");
  }

  @Test
  void aUseStampsLastUsedFromTheClock() {
    clock.advance(Duration.ofMinutes(5));

    DeviceStatus status = tracker.used("bereit");

    assertThat(status.isConnected()).isTrue();
    assertThat(status.lastUsed()).contains(Instant.parse("2025-11-21T09:05:00Z"));
  }

  @Test
  void anErrorKeepsTheTimeOfTheLastUse() {
    tracker.used("bereit");
    clock.advance(Duration.ofHours(1));

    DeviceStatus status = tracker.failed("Papierstau");

    assertThat(status.state()).isEqualTo(DeviceState.ERROR);
    assertThat(status.messageDe()).isEqualTo("Papierstau");
    assertThat(status.lastUsed()).contains(Instant.parse("2025-11-21T09:00:00Z"));
  }

  @Test
  void aConnectionCheckDoesNotCountAsUse() {
    assertThat(tracker.connected("bereit").lastUsed()).isEmpty();
  }

  @Test
  void aStatusWithoutMessageIsRefused() {
    assertThatThrownBy(
            () ->
                new DeviceStatus(DeviceKind.SCANNER, "x", DeviceState.ERROR, " ", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
