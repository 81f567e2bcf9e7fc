package de.buergerkoffer.bundle.transfer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder layout on a USB stick that carries bundles when there is no network for days:
 *
 * <pre>
 * buergerkoffer/
 *   &lt;kitId&gt;/outbox/&lt;bundleId&gt;.bkb   sealed bundles, written by the kit
 *   &lt;kitId&gt;/acks/&lt;bundleId&gt;.ack     signed acknowledgements, written by the hub
 * </pre>
 *
 * Bundles are sealed (signed and encrypted for the hub), so a lost stick reveals nothing. Files are
 * written to a temporary name, flushed to the device and then renamed, so a stick pulled out too
 * early holds whole files or none.
 */
public final class ExportLayout {

  /** Top folder on the stick. */
  public static final String ROOT = "buergerkoffer";

  private static final Pattern BUNDLE_FILE =
      Pattern.compile(".*/" + ROOT + "/([a-z0-9-]+)/outbox/([0-9a-f-]{36})\\.bkb");

  private ExportLayout() {}

  public static Path bundleFile(Path stick, String kitId, UUID bundleId) {
    return stick.resolve(ROOT).resolve(kitId).resolve("outbox").resolve(bundleId + ".bkb");
  }

  public static Path ackFile(Path stick, String kitId, UUID bundleId) {
    return stick.resolve(ROOT).resolve(kitId).resolve("acks").resolve(bundleId + ".ack");
  }

  /** The folder of a kit's acknowledgements on the stick. */
  public static Path ackFolder(Path stick, String kitId) {
    return stick.resolve(ROOT).resolve(kitId).resolve("acks");
  }

  /** Kit id and bundle id of a bundle file. */
  public record BundleFile(String kitId, UUID bundleId) {}

  /** Reads kit id and bundle id from a bundle file's path; empty for any other file. */
  public static Optional<BundleFile> parseBundleFile(Path file) {
    Matcher m = BUNDLE_FILE.matcher(file.toAbsolutePath().toString().replace('\\', '/'));
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BundleFile(m.group(1), UUID.fromString(m.group(2))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Writes the file whole or not at all, flushed to the device. */
  public static void writeDurably(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try (FileChannel channel =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(bytes));
      channel.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
