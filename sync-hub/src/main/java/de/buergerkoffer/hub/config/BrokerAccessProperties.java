package de.buergerkoffer.hub.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the hub manages access to a production Mosquitto broker ({@code bk.hub.broker.*}). All
 * optional: without them the hub manages no broker files (demo with the embedded broker).
 *
 * @param tlsDir where the hub writes the broker's TLS files (ca.pem, broker.pem, broker-key.pem)
 * @param hostnames names and addresses clients use for the broker, for its certificate
 * @param aclFile the Mosquitto ACL file the hub regenerates on every enrollment and revocation
 * @param reloadCommand run after the ACL file changed, e.g. {@code systemctl reload mosquitto}
 */
@ConfigurationProperties("bk.hub.broker")
public record BrokerAccessProperties(
    Path tlsDir, List<String> hostnames, Path aclFile, String reloadCommand) {

  public BrokerAccessProperties {
    hostnames =
        hostnames == null || hostnames.isEmpty()
            ? List.of("localhost", "127.0.0.1")
            : List.copyOf(hostnames);
  }
}
