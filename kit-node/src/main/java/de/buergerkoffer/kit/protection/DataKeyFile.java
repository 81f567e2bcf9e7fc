package de.buergerkoffer.kit.protection;

import de.buergerkoffer.bundle.crypto.DataCipherException;
import de.buergerkoffer.bundle.crypto.WrappedDataKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The key file {@code keys/data-key.json} in the data folder: the data key wrapped under the data
 * passphrase ({@link WrappedDataKey}). Written once, atomically, readable by the kit's user only;
 * never overwritten or deleted here.
 */
final class DataKeyFile {

  /** Where the key file lives, relative to the data folder. */
  static final String RELATIVE_PATH = "keys/data-key.json";

  private final Path file;

  DataKeyFile(Path dataDir) {
    this.file = dataDir.resolve(RELATIVE_PATH);
  }

  Path path() {
    return file;
  }

  boolean exists() {
    return Files.exists(file);
  }

  /** The stored key, or empty when there is no key file. */
  Optional<WrappedDataKey> read() {
    if (!exists()) {
      return Optional.empty();
    }
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DataKeyException(
          "Die Schlüsseldatei " + file + " ist nicht lesbar. / Cannot read the key file " + file,
          e);
    }
    try {
      return Optional.of(WrappedDataKey.fromJson(json));
    } catch (DataCipherException e) {
      throw new DataKeyException(
          "Die Schlüsseldatei "
              + file
              + " ist beschädigt; sie wurde nicht verändert. Bitte aus der Sicherung"
              + " zurückspielen. / The key file "
              + file
              + " is damaged ("
              + e.getMessage()
              + "); it was left unchanged. Restore it from the backup.",
          e);
    }
  }

  /** Writes a new key file; fails if one exists. Durable before it returns. */
  void create(WrappedDataKey key) {
    if (exists()) {
      throw new IllegalStateException("refusing to overwrite the key file " + file);
    }
    try {
      Path temp = writeDurably(key);
      if (exists()) {
        throw new FileAlreadyExistsException(file.toString());
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      syncFolder(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the key file " + file, e);
    }
  }

  /**
   * Replaces the key file with the same data key wrapped anew (a changed passphrase). The new file
   * is durable before it takes the old one's place in one atomic rename, so a power cut leaves
   * either the old or the new file, never none or half of one.
   */
  void replace(WrappedDataKey key) {
    if (!exists()) {
      throw new IllegalStateException("no key file to replace at " + file);
    }
    try {
      Path temp = writeDurably(key);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncFolder(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the key file " + file, e);
    }
  }

  /** Writes the key to a file of its own next to the key file, readable by the owner only. */
  private Path writeDurably(WrappedDataKey key) throws IOException {
    Path folder = file.getParent();
    Files.createDirectories(folder);
    Path temp = folder.resolve(file.getFileName() + ".new");
    Files.deleteIfExists(temp);
    Files.createFile(temp);
    ownerOnly(temp);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      channel.write(StandardCharsets.UTF_8.encode(key.toJson()));
      channel.force(true);
    }
    return temp;
  }

  /**
   * Makes the rename durable before the first case is encrypted with the new key: cases are written
   * with {@code synchronous=FULL}, and a key file lost in a power cut would make them unreadable.
   */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not possible on every platform (Windows); the rename is atomic anyway
    }
  }

  private static void ownerOnly(Path path) throws IOException {
    if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
