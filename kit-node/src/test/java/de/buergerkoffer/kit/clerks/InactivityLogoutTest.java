package de.buergerkoffer.kit.clerks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InactivityLogoutTest {

  private static final Instant LAST = Instant.parse("2026-11-23T09:00:00Z");
  private static final Duration FIFTEEN = Duration.ofMinutes(15);

  @Test
  void aSessionUsedWithinTheTimeoutGoesOn() {
    assertThat(InactivityLogout.expired(LAST, LAST.plus(FIFTEEN), FIFTEEN)).isFalse();
  }

  @Test
  void aSessionIdleLongerThanTheTimeoutHasRunOut() {
    assertThat(InactivityLogout.expired(LAST, LAST.plus(FIFTEEN).plusSeconds(1), FIFTEEN)).isTrue();
  }
}
