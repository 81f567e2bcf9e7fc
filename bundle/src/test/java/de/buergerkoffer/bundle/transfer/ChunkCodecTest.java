package de.buergerkoffer.bundle.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChunkCodecTest {

  private final UUID bundleId = UUID.randomUUID();

  @Test
  void splitsIntoChunksOfTheGivenSizeWithARemainder() {
    List<Chunk> chunks = ChunkCodec.split(bundleId, new byte[2_500], 1_000);

    assertThat(chunks).extracting(c -> c.data().length).containsExactly(1_000, 1_000, 500);
    assertThat(chunks).allSatisfy(c -> assertThat(c.count()).isEqualTo(3));
    assertThat(chunks).extracting(Chunk::index).containsExactly(0, 1, 2);
  }

  @Test
  void anEmptyBundleIsOneEmptyChunk() {
    assertThat(ChunkCodec.split(bundleId, new byte[0], 1_000)).hasSize(1);
  }

  @Test
  void decodesWhatItEncoded() throws Exception {
    byte[] data = new byte[777];
    new Random(1).nextBytes(data);
    Chunk chunk = ChunkCodec.split(bundleId, data, 500).get(1);

    byte[] wire = ChunkCodec.encode(chunk);

    assertThat(wire).hasSize(ChunkCodec.HEADER_BYTES + 277);
    assertThat(ChunkCodec.decode(wire)).isEqualTo(chunk);
  }

  @Test
  void refusesAChunkWhoseDataWasChanged() {
    byte[] wire = ChunkCodec.encode(ChunkCodec.split(bundleId, new byte[100], 100).get(0));
    wire[ChunkCodec.HEADER_BYTES + 5] ^= 0x10;

    assertThatThrownBy(() -> ChunkCodec.decode(wire))
        .isInstanceOf(ChunkException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void refusesAnIndexOutsideTheCount() {
    byte[] wire = ChunkCodec.encode(ChunkCodec.split(bundleId, new byte[100], 100).get(0));
    wire[23] = 5; // index 5 of 1

    assertThatThrownBy(() -> ChunkCodec.decode(wire)).isInstanceOf(ChunkException.class);
  }

  @Test
  void refusesShortOrForeignBytes() {
    assertThatThrownBy(() -> ChunkCodec.decode(new byte[10])).isInstanceOf(ChunkException.class);
    assertThatThrownBy(() -> ChunkCodec.decode(new byte[200]))
        .isInstanceOf(ChunkException.class)
        .hasMessageContaining("magic");
  }
}
