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

  @Test
  void theStatusBarsOwnPollDoesNotKeepTheSessionAlive() throws Exception {
    var clock = new java.util.concurrent.atomic.AtomicReference<>(LAST);
    java.time.Clock ticking =
        new java.time.Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
          }

          @Override
          public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return clock.get();
          }
        };
    InactivityLogout filter =
        new InactivityLogout(
            FIFTEEN, ticking, new de.buergerkoffer.kit.audit.RecordingAuditLog(), "/anmelden");
    var session = new org.springframework.mock.web.MockHttpSession();
    org.springframework.security.core.context.SecurityContextHolder.getContext()
        .setAuthentication(
            new org.springframework.security.authentication.TestingAuthenticationToken(
                new LoggedInClerk("schmidt", "Frau Schmidt"), null));
    try {
      request(filter, session, "/");
      clock.set(LAST.plus(Duration.ofMinutes(10)));
      request(filter, session, "/status.json");
      assertThat(session.getAttribute(InactivityLogout.LAST_ACTIVITY)).isEqualTo(LAST);

      clock.set(LAST.plus(Duration.ofMinutes(16)));
      var answer = request(filter, session, "/status.json");
      assertThat(answer.getRedirectedUrl()).isEqualTo("/anmelden?abgelaufen");
    } finally {
      org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
  }

  private static org.springframework.mock.web.MockHttpServletResponse request(
      InactivityLogout filter, org.springframework.mock.web.MockHttpSession session, String path)
      throws Exception {
    var request = new org.springframework.mock.web.MockHttpServletRequest("GET", path);
    request.setServletPath(path);
    request.setSession(session);
    var response = new org.springframework.mock.web.MockHttpServletResponse();
    filter.doFilter(request, response, new org.springframework.mock.web.MockFilterChain());
    return response;
  }
}
