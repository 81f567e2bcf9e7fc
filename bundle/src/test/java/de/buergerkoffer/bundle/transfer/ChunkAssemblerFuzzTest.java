package de.buergerkoffer.bundle.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.buergerkoffer.bundle.FuzzFixture;
import de.buergerkoffer.bundle.crypto.Pki;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hub's chunk reassembler sees every chunk anyone publishes on a kit's topic: in any order,
 * repeated, damaged, forged, or not chunks at all. {@link ChunkAssembler#accept} must answer each
 * with a result – never an exception – and may only ever report a bundle {@code Complete} whose
 * bytes have exactly the size and SHA-256 the chunk header announced.
 *
 * <p>The fuzzer's bytes are a small program (see {@link #OPS}) that sends, to one assembler with an
 * {@link InMemoryChunkStore}: valid chunks of a real sealed bundle ({@link
 * FuzzFixture#sampleBundle()}), the same from another kit's topic, valid chunks with a flipped
 * byte, chunks whose header fields were changed (with a correct chunk hash, so they pass {@link
 * ChunkCodec#decode}), chunks of a second small bundle made of fuzz bytes, and raw fuzz.
 */
class ChunkAssemblerFuzzTest {

  /** Number of operations; the op code is one byte modulo this. */
  private static final int OPS = 6;

  private static final byte[] SAMPLE = FuzzFixture.sampleBundle();
  private static final UUID SAMPLE_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final UUID OTHER_ID = UUID.fromString("00000000-0000-4000-8000-000000000002");

  /** Seeds: all chunks in order, in reverse order with repeats, and one chunk for everything. */
  static Stream<Arguments> chunkPrograms() {
    return Stream.of(
        program(1_000, 0, 0, 0, 1, 0, 2),
        program(700, 0, 3, 0, 2, 0, 2, 0, 1, 0, 0, 0, 3),
        program(64 * 1024, 0, 0),
        program(500, 2, 0, 3, 1, 0, 0, 1, 1, 0, 2, 0, 3, 0, 4),
        program(300, 5, 40, 3, 0, 5, 40, 3, 1));
  }

  @MethodSource("chunkPrograms")
  @FuzzTest(maxDuration = "2m")
  void anySequenceOfChunksIsAnsweredAndOnlyWholeBundlesComplete(byte[] program) {
    Reader in = new Reader(program);
    ChunkAssembler assembler = new ChunkAssembler(new InMemoryChunkStore(), FuzzFixture.LIMITS);
    int chunkBytes = 1 + in.u16() % SAMPLE.length;
    List<Chunk> valid = ChunkCodec.split(SAMPLE_ID, SAMPLE, chunkBytes);
    while (in.hasMore()) {
      String kitId = "kit-07";
      byte[] payload;
      switch (in.u8() % OPS) {
        case 0 -> payload = ChunkCodec.encode(valid.get(in.u16() % valid.size()));
        case 1 -> {
          kitId = "kit-08";
          payload = ChunkCodec.encode(valid.get(in.u16() % valid.size()));
        }
        case 2 -> {
          payload = ChunkCodec.encode(valid.get(in.u16() % valid.size()));
          payload[in.u16() % payload.length] ^= (byte) (in.u8() | 1);
        }
        case 3 -> payload = forged(valid.get(in.u16() % valid.size()), in);
        case 4 -> payload = in.bytes(in.u8());
        default -> {
          byte[] other = in.bytes(in.u8());
          List<Chunk> chunks = ChunkCodec.split(OTHER_ID, other, 1 + in.u8() % 16);
          payload = ChunkCodec.encode(chunks.get(in.u8() % chunks.size()));
        }
      }
      check(payload, assembler.accept(kitId, payload));
    }
  }

  /** What every answer must satisfy, judged against the header of the chunk that caused it. */
  private static void check(byte[] payload, AssemblyResult result) {
    assertThat(result).isNotNull();
    if (result instanceof AssemblyResult.Complete complete) {
      ByteBuffer header = ByteBuffer.wrap(payload);
      UUID announcedId = new UUID(header.getLong(4), header.getLong(12));
      long announcedSize = header.getLong(28);
      byte[] announcedSha = Arrays.copyOfRange(payload, 36, 68);
      assertThat(complete.bundleId()).isEqualTo(announcedId);
      assertThat((long) complete.sealed().length).isEqualTo(announcedSize);
      assertThat(Pki.sha256(complete.sealed())).isEqualTo(announcedSha);
      if (announcedId.equals(SAMPLE_ID)) {
        assertThat(complete.sealed()).isEqualTo(SAMPLE);
      }
    } else if (result instanceof AssemblyResult.Incomplete incomplete) {
      assertThat(incomplete.held()).isBetween(1, incomplete.count() - 1);
    } else if (result instanceof AssemblyResult.Rejected rejected) {
      assertThat(rejected.reason()).isNotNull();
    }
  }

  /** A chunk with one header field replaced and a correct chunk hash over its (new) data. */
  private static byte[] forged(Chunk chunk, Reader in) {
    UUID id = chunk.bundleId();
    long index = chunk.index();
    long count = chunk.count();
    long size = chunk.bundleSize();
    byte[] sha = chunk.bundleSha256().clone();
    byte[] data = chunk.data();
    switch (in.u8() % 7) {
      case 0 -> index = in.u32();
      case 1 -> count = in.u32();
      case 2 -> size = in.u64();
      case 3 -> sha[in.u8() % 32] ^= 1;
      case 4 -> id = OTHER_ID;
      case 5 -> data = Arrays.copyOf(data, in.u16());
      default -> {
        index = in.u8();
        count = in.u8();
        size = in.u16();
        data = in.bytes(in.u8());
      }
    }
    ByteBuffer out = ByteBuffer.allocate(ChunkCodec.HEADER_BYTES + data.length);
    out.put(new byte[] {'B', 'K', 'C', '1'});
    out.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    out.putInt((int) index).putInt((int) count).putLong(size);
    out.put(sha).put(Pki.sha256(data)).put(data);
    return out.array();
  }

  /**
   * A seed program: the chunk size, then op/argument bytes as given (each one byte, u16 as two).
   */
  private static Arguments program(int chunkBytes, int... opsAndIndexes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write((chunkBytes - 1) >>> 8);
    out.write(chunkBytes - 1);
    for (int i = 0; i < opsAndIndexes.length; i += 2) {
      int op = opsAndIndexes[i];
      int arg = opsAndIndexes[i + 1];
      out.write(op);
      if (op <= 3) {
        out.write(arg >>> 8);
        out.write(arg);
        if (op == 2) {
          out.write(17);
          out.write(1);
          out.write(0x40);
        }
        if (op == 3) {
          out.write(6);
          out.write(0);
          out.write(1);
          out.write(0);
          out.write(20);
          out.write(3);
          out.writeBytes("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
      } else {
        out.write(arg);
        out.writeBytes(new byte[arg]);
        if (op == 5) {
          out.write(15);
          out.write(0);
        }
      }
    }
    return arguments((Object) out.toByteArray());
  }

  /** Reads the fuzzer's bytes front to back; past the end every number is 0. */
  private static final class Reader {
    private final byte[] bytes;
    private int pos;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    boolean hasMore() {
      return pos < bytes.length;
    }

    int u8() {
      return pos < bytes.length ? bytes[pos++] & 0xff : 0;
    }

    int u16() {
      return u8() << 8 | u8();
    }

    long u32() {
      return (long) u16() << 16 | u16();
    }

    long u64() {
      return u32() << 32 | u32();
    }

    byte[] bytes(int n) {
      int from = Math.min(pos, bytes.length);
      int to = Math.min(bytes.length, from + n);
      pos = to;
      return Arrays.copyOfRange(bytes, from, to);
    }
  }
}
