package de.buergerkoffer.hub.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExportSettingsTest {

  private final ExportSettings settings =
      new ExportSettings(
          Path.of("x"),
          "",
          "",
          "",
          false,
          Duration.ofSeconds(10),
          Duration.ofMinutes(1),
          12,
          Duration.ofSeconds(2));

  @Test
  void theWaitDoublesAfterEachFailureUpToTheMaximum() {
    assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(settings.backoff(4)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.backoff(30)).isEqualTo(Duration.ofMinutes(1));
  }
}
