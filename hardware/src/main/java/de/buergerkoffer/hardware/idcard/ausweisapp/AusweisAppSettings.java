package de.buergerkoffer.hardware.idcard.ausweisapp;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the AusweisApp and the town's eID service are.
 *
 * @param webSocket the AusweisApp SDK endpoint, normally {@code ws://localhost:24727/eID-Kernel}
 * @param tcTokenUrl the town's eID service URL that starts an authentication (TR-03124 TC token)
 * @param stepTimeout how long to wait for the next message (card laid on, PIN typed) before the
 *     workflow is cancelled
 */
public record AusweisAppSettings(URI webSocket, URI tcTokenUrl, Duration stepTimeout) {

  /** The SDK's default endpoint on the kit itself. */
  public static final URI DEFAULT_WEB_SOCKET = URI.create("ws://localhost:24727/eID-Kernel");

  public AusweisAppSettings {
    Objects.requireNonNull(webSocket, "webSocket");
    Objects.requireNonNull(tcTokenUrl, "tcTokenUrl");
    Objects.requireNonNull(stepTimeout, "stepTimeout");
    if (stepTimeout.isNegative() || stepTimeout.isZero()) {
      throw new IllegalArgumentException("stepTimeout must be positive");
    }
  }

  /** The default endpoint, two minutes per step. */
  public static AusweisAppSettings forTown(URI tcTokenUrl) {
    return new AusweisAppSettings(DEFAULT_WEB_SOCKET, tcTokenUrl, Duration.ofMinutes(2));
  }
}
