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
  private static final Pattern CHUNK =
      Pattern.compile("bk/v1/kit/([a-z0-9-]+)/up/bundle/([0-9a-f-]{36})/([0-9]{1,9})");
  private static final Pattern HELLO = Pattern.compile("bk/v1/kit/([a-z0-9-]+)/up/hello");
  private static final Pattern KIT = Pattern.compile("bk/v1/kit/([^/]+)/.*");

  /** What the hub subscribes to: every chunk of every kit's bundles. */
  public static final String ALL_CHUNKS = ROOT + "+/up/bundle/+/+";

  /** What the hub subscribes to: every kit's transfer questions. */
  public static final String ALL_HELLOS = ROOT + "+/up/hello";

  private Topics() {}

  /** Kit to hub: one chunk of a sealed bundle. */
  public static String chunk(String kitId, UUID bundleId, int index) {
    return ROOT + kitId + "/up/bundle/" + bundleId + "/" + index;
  }

  /** Kit to hub: "which chunks of this bundle do you hold?" */
  public static String hello(String kitId) {
    return ROOT + kitId + "/up/hello";
  }

  /** Hub to kit: signed orders such as a wipe, retained. */
  public static String commands(String kitId) {
    return ROOT + kitId + "/down/command";
  }

  /** Hub to kit: the answer to a hello. */
  public static String transferStatus(String kitId) {
    return ROOT + kitId + "/down/status";
  }

  /** Hub to kit: the sealed {@link ClerkRoster}, retained. */
  public static String clerks(String kitId) {
    return ROOT + kitId + "/down/clerks";
  }

  /** Hub to kit: the sealed {@link VisitPlan}, retained. */
  public static String visitPlan(String kitId) {
    return ROOT + kitId + "/down/plan";
  }

  /** Hub to kit: the sealed {@link CaseStatusBoard}, retained. */
  public static String caseStatus(String kitId) {
    return ROOT + kitId + "/down/case-status";
  }

  /** Hub to kit: the signed form catalog in force, retained. */
  public static String catalog(String kitId) {
    return ROOT + kitId + "/down/catalog";
  }

  /** Hub to kit: signed acknowledgements. */
  public static String acks(String kitId) {
    return ROOT + kitId + "/down/ack";
  }

  /** Kit id, bundle id and chunk index of a chunk topic. */
  public record ChunkAddress(String kitId, UUID bundleId, int index) {}

  /** Parses a chunk topic; empty for any other topic. */
  public static Optional<ChunkAddress> parseChunk(String topic) {
    Matcher m = CHUNK.matcher(topic);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new ChunkAddress(m.group(1), UUID.fromString(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The kit id of a hello topic; empty for any other topic. */
  public static Optional<String> parseHello(String topic) {
    Matcher m = HELLO.matcher(topic);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The kit id segment of any kit topic, however malformed the rest; "?" if there is none. */
  public static String kitSegment(String topic) {
    Matcher m = KIT.matcher(topic);
    return m.matches() ? m.group(1) : "?";
  }
}
