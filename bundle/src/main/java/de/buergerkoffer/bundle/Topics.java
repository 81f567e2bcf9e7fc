package de.buergerkoffer.bundle;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MQTT topic scheme shared by kit and hub (see {@code docs/bundle-format.md}). Every topic of a
 * kit carries its kit id, so the broker's ACL can pin a kit to its own topics and the hub can check
 * the topic against the bundle's signer.
 */
public final class Topics {

  private static final String ROOT = "bk/v1/kit/";
  private static final Pattern BUNDLE =
      Pattern.compile("bk/v1/kit/([a-z0-9-]+)/up/bundle/([0-9a-f-]{36})");

  /** What the hub subscribes to: every kit's bundles. */
  public static final String ALL_BUNDLES = ROOT + "+/up/bundle/+";

  private Topics() {}

  /** Kit to hub: one sealed bundle. */
  public static String bundle(String kitId, UUID bundleId) {
    return ROOT + kitId + "/up/bundle/" + bundleId;
  }

  /** Hub to kit: signed acknowledgements. */
  public static String acks(String kitId) {
    return ROOT + kitId + "/down/ack";
  }

  /** Kit id and bundle id of a bundle topic. */
  public record BundleAddress(String kitId, UUID bundleId) {}

  /** Parses a bundle topic; empty for any other topic. */
  public static Optional<BundleAddress> parseBundle(String topic) {
    Matcher m = BUNDLE.matcher(topic);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BundleAddress(m.group(1), UUID.fromString(m.group(2))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
