package de.buergerkoffer.hub.enrollment;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.hub.audit.AuditLog;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * One-time enrollment tokens an admin creates in the hub UI: 160 random bits as base32 in groups of
 * four ({@code ABCD-EFGH-...}), readable aloud and safe in a URL. A token expires and works once
 * ({@link EnrollmentService#enroll} claims it).
 */
@Service
public class EnrollmentTokens {

  /** Validity when the admin does not say. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);

  /** The longest validity an admin may choose. */
  public static final Duration MAX_VALIDITY = Duration.ofDays(7);

  private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final int RANDOM_BYTES = 20;

  private final SecureRandom random = new SecureRandom();
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AuditLog audit;

  EnrollmentTokens(JdbcTemplate jdbc, Clock clock, AuditLog audit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
  }

  /** Open until expiry; used once a kit enrolled with it; expired when unused past expiry. */
  public enum State {
    OPEN,
    USED,
    EXPIRED
  }

  /**
   * A token as the admin sees it.
   *
   * @param token the full value while it is open, null once used or expired
   * @param prefix its first four characters, to tell tokens apart
   * @param state open, used or expired
   * @param createdAt when it was created
   * @param expiresAt when it stops working
   * @param usedAt when a kit enrolled with it, or null
   * @param usedBy the kit that enrolled with it, or null
   */
  public record TokenView(
      String token,
      String prefix,
      State state,
      Instant createdAt,
      Instant expiresAt,
      Instant usedAt,
      String usedBy) {}

  /**
   * Creates a token.
   *
   * @param validFor how long it works, null for {@link #DEFAULT_VALIDITY}
   * @throws IllegalArgumentException when the validity is not positive or longer than seven days
   */
  public TokenView create(Duration validFor) {
    Duration validity = validFor == null ? DEFAULT_VALIDITY : validFor;
    if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException(
          "validFor must be positive and at most P7D (7 days), was " + validity);
    }
    String token = newToken();
    Instant now = clock.instant();
    Instant expires = now.plus(validity);
    jdbc.update(
        "INSERT INTO enrollment_token (token, created_at, expires_at) VALUES (?, ?, ?)",
        token,
        StoredTime.format(now),
        StoredTime.format(expires));
    // never the token itself: the log outlives the token and is readable by more people
    audit.record(
        "admin",
        AuditAction.ENROLL,
        "token",
        "created token " + prefix(token) + "…; expires " + StoredTime.format(expires));
    return new TokenView(token, prefix(token), State.OPEN, now, expires, null, null);
  }

  /** All tokens, newest first. */
  public List<TokenView> all() {
    Instant now = clock.instant();
    return jdbc.query(
        "SELECT * FROM enrollment_token ORDER BY created_at DESC",
        (rs, n) -> {
          String token = rs.getString("token");
          Instant expires = Instant.parse(rs.getString("expires_at"));
          String usedAt = rs.getString("used_at");
          State state =
              usedAt != null ? State.USED : expires.isAfter(now) ? State.OPEN : State.EXPIRED;
          return new TokenView(
              state == State.OPEN ? token : null,
              prefix(token),
              state,
              Instant.parse(rs.getString("created_at")),
              expires,
              usedAt == null ? null : Instant.parse(usedAt),
              rs.getString("used_by"));
        });
  }

  /** The token if it exists and is still open. */
  public Optional<TokenView> open(String token) {
    return all().stream()
        .filter(t -> t.state() == State.OPEN && t.token().equals(token))
        .findFirst();
  }

  private String newToken() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    StringBuilder text = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        if (!text.isEmpty() && text.length() % 5 == 4) {
          text.append('-');
        }
        text.append(BASE32[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    return text.toString();
  }

  private static String prefix(String token) {
    return token.length() <= 4 ? token : token.substring(0, 4);
  }
}
