package de.buergerkoffer.kit.clerks;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.ClerkRoster;
import de.buergerkoffer.kit.audit.RecordingAuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClerkLoginTest {

  private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");

  private final InMemoryClerks clerks = new InMemoryClerks();
  private final RecordingAuditLog audit = new RecordingAuditLog();
  private final SettableClock clock = new SettableClock(NINE);
  private final ClerkLogin login = new ClerkLogin(clerks, clerks, audit, clock);

  @BeforeEach
  void rosterWithAnActiveAndAnInactiveClerk() {
    clerks.replaceIfNewer(
        new ClerkRoster(
            "kit-07",
            1,
            NINE,
            List.of(
                new ClerkRoster.Clerk("mueller", "Frau Müller", TestClerks.hash("135790"), true),
                new ClerkRoster.Clerk("alt", "Herr Alt", TestClerks.hash("135790"), false))),
        NINE);
  }

  @Test
  void theRightPinLogsTheClerkInWithHerDisplayName() {
    ClerkLogin.Result result = login.attempt("Mueller ", "135790".toCharArray(), true);

    assertThat(result)
        .isEqualTo(new ClerkLogin.Result.Success(new LoggedInClerk("mueller", "Frau Müller")));
    assertThat(audit.withAction("LOGIN")).hasSize(1);
  }

  @Test
  void aWrongPinAnUnknownNameAndAnInactiveClerkGetTheSameRefusal() {
    assertThat(login.attempt("mueller", "135791".toCharArray(), true))
        .isInstanceOf(ClerkLogin.Result.Refused.class);
    assertThat(login.attempt("niemand", "135790".toCharArray(), true))
        .isInstanceOf(ClerkLogin.Result.Refused.class);
    assertThat(login.attempt("alt", "135790".toCharArray(), true))
        .isInstanceOf(ClerkLogin.Result.Refused.class);
    assertThat(audit.withAction("LOGIN_FAILED")).hasSize(3);
    assertThat(audit.entries().toString()).doesNotContain("135790", "135791");
  }

  @Test
  void fiveWrongPinsLockTheNameForFiveMinutesEvenAgainstTheRightPin() {
    for (int i = 0; i < 4; i++) {
      assertThat(login.attempt("mueller", "000111".toCharArray(), true))
          .isInstanceOf(ClerkLogin.Result.Refused.class);
    }
    assertThat(login.attempt("mueller", "000111".toCharArray(), true))
        .isEqualTo(new ClerkLogin.Result.Locked(NINE.plus(Duration.ofMinutes(5))));

    clock.set(NINE.plus(Duration.ofMinutes(4)));
    assertThat(login.attempt("mueller", "135790".toCharArray(), true))
        .isInstanceOf(ClerkLogin.Result.Locked.class);
    assertThat(audit.withAction("LOGIN_LOCKED")).hasSize(1);

    clock.set(NINE.plus(Duration.ofMinutes(5)).plusSeconds(1));
    assertThat(login.attempt("mueller", "135790".toCharArray(), true))
        .isInstanceOf(ClerkLogin.Result.Success.class);
  }

  @Test
  void aSuccessfulLoginStartsTheCountAgain() {
    for (int i = 0; i < 4; i++) {
      login.attempt("mueller", "000111".toCharArray(), true);
    }
    login.attempt("mueller", "135790".toCharArray(), true);

    for (int i = 0; i < 4; i++) {
      assertThat(login.attempt("mueller", "000111".toCharArray(), true))
          .isInstanceOf(ClerkLogin.Result.Refused.class);
    }
  }

  @Test
  void unknownNamesAreLockedToo() {
    for (int i = 0; i < 4; i++) {
      login.attempt("gibtsnicht", "000111".toCharArray(), true);
    }

    assertThat(login.attempt("gibtsnicht", "000111".toCharArray(), true))
        .isInstanceOf(ClerkLogin.Result.Locked.class);
  }

  @Test
  void aRememberedPinStopsWorkingOnceTheHubSetsANewOne() {
    assertThat(login.attempt("mueller", "135790".toCharArray(), false))
        .isInstanceOf(ClerkLogin.Result.Success.class);

    clerks.replaceIfNewer(
        new ClerkRoster(
            "kit-07",
            2,
            NINE,
            List.of(
                new ClerkRoster.Clerk("mueller", "Frau Müller", TestClerks.hash("246813"), true))),
        NINE);

    assertThat(login.attempt("mueller", "135790".toCharArray(), false))
        .isInstanceOf(ClerkLogin.Result.Refused.class);
    assertThat(login.attempt("mueller", "246813".toCharArray(), false))
        .isInstanceOf(ClerkLogin.Result.Success.class);
  }

  @Test
  void aRememberedPinStopsWorkingOnceTheClerkIsDeactivated() {
    login.attempt("mueller", "135790".toCharArray(), false);
    String hash = clerks.find("mueller").orElseThrow().pinHash();

    clerks.replaceIfNewer(
        new ClerkRoster(
            "kit-07",
            2,
            NINE,
            List.of(new ClerkRoster.Clerk("mueller", "Frau Müller", hash, false))),
        NINE);

    assertThat(login.attempt("mueller", "135790".toCharArray(), false))
        .isInstanceOf(ClerkLogin.Result.Refused.class);
  }

  @Test
  void apiSuccessesAreNotAuditedButApiFailuresAre() {
    login.attempt("mueller", "135790".toCharArray(), false);
    login.attempt("mueller", "000000".toCharArray(), false);

    assertThat(audit.withAction("LOGIN")).isEmpty();
    assertThat(audit.withAction("LOGIN_FAILED")).hasSize(1);
  }

  /** A clock the test moves. */
  static final class SettableClock extends Clock {
    private Instant now;

    SettableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
