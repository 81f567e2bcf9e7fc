package de.buergerkoffer.hub.visits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Visit planning settings ({@code bk.hub.visits.*}).
 *
 * @param retention how long after its day a visit (with the resident's name and address) is kept
 *     before it is deleted; it leaves the kit's plan at once when its day is over
 */
@ConfigurationProperties("bk.hub.visits")
public record VisitProperties(Duration retention) {

  public VisitProperties {
    retention = retention == null ? Duration.ofDays(14) : retention;
  }
}
