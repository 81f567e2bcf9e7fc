package de.buergerkoffer.bundle.transfer;

import de.buergerkoffer.bundle.crypto.Pki;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The binary form of a {@link Chunk}: a fixed 100-byte header, then the data.
 *
 * <pre>
 * offset size field
 *  0      4   magic "BKC1" (format of this header, version 1)
 *  4     16   bundle id (UUID, most then least significant 64 bits, big-endian)
 * 20      4   index (unsigned 32-bit big-endian, &lt; count)
 * 24      4   count (unsigned 32-bit big-endian, &ge; 1)
 * 28      8   bundle size in bytes (big-endian)
 * 36     32   SHA-256 of the whole sealed bundle
 * 68     32   SHA-256 of this chunk's data
 * 100     n   data
 * </pre>
 *
 * The header makes every chunk self-describing and checkable on its own, independent of the
 * transport's metadata.
 */
public final class ChunkCodec {

  /** Size of the header in bytes. */
  public static final int HEADER_BYTES = 100;

  /** Default chunk data size: 256 KiB. */
  public static final int DEFAULT_CHUNK_BYTES = 256 * 1024;

  private static final byte[] MAGIC = {'B', 'K', 'C', '1'};

  private ChunkCodec() {}

  /** Splits sealed bytes into chunks of at most {@code chunkBytes} data each. */
  public static List<Chunk> split(UUID bundleId, byte[] sealed, int chunkBytes) {
    if (chunkBytes < 1) {
      throw new IllegalArgumentException("chunk size must be positive");
    }
    byte[] sha = Pki.sha256(sealed);
    int count = Math.max(1, (sealed.length + chunkBytes - 1) / chunkBytes);
    List<Chunk> chunks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int from = i * chunkBytes;
      int to = Math.min(sealed.length, from + chunkBytes);
      chunks.add(
          new Chunk(bundleId, i, count, sealed.length, sha, Arrays.copyOfRange(sealed, from, to)));
    }
    return chunks;
  }

  /** The chunk as bytes on the wire. */
  public static byte[] encode(Chunk chunk) {
    ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + chunk.data().length);
    out.put(MAGIC);
    out.putLong(chunk.bundleId().getMostSignificantBits());
    out.putLong(chunk.bundleId().getLeastSignificantBits());
    out.putInt(chunk.index());
    out.putInt(chunk.count());
    out.putLong(chunk.bundleSize());
    out.put(chunk.bundleSha256());
    out.put(Pki.sha256(chunk.data()));
    out.put(chunk.data());
    return out.array();
  }

  /**
   * Reads a chunk and checks its own hash.
   *
   * @throws ChunkException when the bytes are not a chunk, or the data does not match its hash
   */
  public static Chunk decode(byte[] bytes) throws ChunkException {
    if (bytes.length < HEADER_BYTES) {
      throw new ChunkException("chunk has " + bytes.length + " bytes, less than its header");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte[] magic = new byte[4];
    in.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new ChunkException("not a Buergerkoffer chunk (magic " + Arrays.toString(magic) + ")");
    }
    UUID bundleId = new UUID(in.getLong(), in.getLong());
    long index = Integer.toUnsignedLong(in.getInt());
    long count = Integer.toUnsignedLong(in.getInt());
    long size = in.getLong();
    byte[] bundleSha = new byte[32];
    in.get(bundleSha);
    byte[] chunkSha = new byte[32];
    in.get(chunkSha);
    byte[] data = Arrays.copyOfRange(bytes, HEADER_BYTES, bytes.length);
    if (count < 1 || count > Integer.MAX_VALUE || index >= count || size < 0) {
      throw new ChunkException("chunk header out of range: " + index + "/" + count + ", " + size);
    }
    if (!MessageDigest.isEqual(chunkSha, Pki.sha256(data))) {
      throw new ChunkException("chunk " + index + " of bundle " + bundleId + " is damaged");
    }
    return new Chunk(bundleId, (int) index, (int) count, size, bundleSha, data);
  }
}
