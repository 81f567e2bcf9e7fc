package de.buergerkoffer.hub.export;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Export to the back office ({@code bk.hub.export.*}).
 *
 * @param dropFolder where {@code <caseNumber>.pdf} and {@code <caseNumber>.json} are written
 * @param webhookUrl where a JSON notification is POSTed; empty: no webhook
 * @param webhookSecret signs the notification (header {@code X-BK-Signature: sha256=<hex HMAC>});
 *     empty: unsigned
 * @param publicUrl the hub's address as the back office reaches it, for links; may be empty
 * @param onDone export automatically when a case is set to "erledigt"
 * @param retryInitial wait after the first failed attempt, doubled after each further one
 * @param retryMax the longest wait between attempts
 * @param maxAttempts after this many failed attempts a job is given up (shown on the case page)
 * @param pollInterval how often due jobs are looked for
 */
@ConfigurationProperties("bk.hub.export")
public record ExportSettings(
    Path dropFolder,
    String webhookUrl,
    String webhookSecret,
    String publicUrl,
    boolean onDone,
    Duration retryInitial,
    Duration retryMax,
    int maxAttempts,
    Duration pollInterval) {

  boolean webhook() {
    return webhookUrl != null && !webhookUrl.isBlank();
  }

  /** The wait after {@code attempts} failed attempts. */
  Duration backoff(int attempts) {
    Duration wait = retryInitial;
    for (int i = 1; i < attempts && wait.compareTo(retryMax) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(retryMax) > 0 ? retryMax : wait;
  }
}
