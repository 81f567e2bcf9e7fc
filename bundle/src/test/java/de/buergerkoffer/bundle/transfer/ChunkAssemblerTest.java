package de.buergerkoffer.bundle.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.BundleLimits;
import de.buergerkoffer.bundle.RejectReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChunkAssemblerTest {

  private final InMemoryChunkStore store = new InMemoryChunkStore();
  private final ChunkAssembler assembler = new ChunkAssembler(store, BundleLimits.defaults());
  private final UUID bundleId = UUID.randomUUID();

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private List<byte[]> encoded(byte[] sealed, int chunkBytes) {
    return ChunkCodec.split(bundleId, sealed, chunkBytes).stream().map(ChunkCodec::encode).toList();
  }

  @Test
  void reassemblesABundleFromChunksArrivingInAnyOrderWithDuplicates() {
    byte[] sealed = randomBytes(10_000);
    List<byte[]> chunks = new ArrayList<>(encoded(sealed, 1_000));
    chunks.add(chunks.get(3));
    chunks.add(chunks.get(7));
    Collections.shuffle(chunks, new Random(42));

    List<AssemblyResult> results = new ArrayList<>();
    for (byte[] chunk : chunks) {
      results.add(assembler.accept("kit-07", chunk));
    }

    List<AssemblyResult.Complete> complete =
        results.stream()
            .filter(AssemblyResult.Complete.class::isInstance)
            .map(AssemblyResult.Complete.class::cast)
            .toList();
    assertThat(complete).hasSize(1);
    assertThat(complete.get(0).sealed()).isEqualTo(sealed);
  }

  @Test
  void reportsHowManyChunksItHoldsWhileIncomplete() {
    List<byte[]> chunks = encoded(randomBytes(3_000), 1_000);

    assembler.accept("kit-07", chunks.get(2));
    AssemblyResult second = assembler.accept("kit-07", chunks.get(0));

    assertThat(second).isEqualTo(new AssemblyResult.Incomplete(bundleId, 2, 3));
    assertThat(store.held(bundleId).stream().boxed().toList()).containsExactly(0, 2);
  }

  @Test
  void aSingleChunkCarriesASmallBundle() {
    byte[] sealed = randomBytes(500);

    AssemblyResult result = assembler.accept("kit-07", encoded(sealed, 256 * 1024).get(0));

    assertThat(result)
        .isInstanceOfSatisfying(
            AssemblyResult.Complete.class, c -> assertThat(c.sealed()).isEqualTo(sealed));
  }

  @Test
  void refusesADamagedChunk() {
    byte[] chunk = encoded(randomBytes(2_000), 1_000).get(0);
    chunk[chunk.length - 1] ^= 1;

    AssemblyResult result = assembler.accept("kit-07", chunk);

    assertThat(result)
        .isInstanceOfSatisfying(
            AssemblyResult.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED));
  }

  @Test
  void refusesAChunkThatDisagreesWithEarlierChunksOfTheSameBundle() {
    assembler.accept("kit-07", encoded(randomBytes(2_000), 1_000).get(0));
    byte[] other = encoded(randomBytes(3_000), 1_000).get(1);

    AssemblyResult result = assembler.accept("kit-07", other);

    assertThat(result).isInstanceOf(AssemblyResult.Rejected.class);
  }

  @Test
  void refusesAChunkOfTheSameBundleFromAnotherKitsTopic() {
    List<byte[]> chunks = encoded(randomBytes(2_000), 1_000);
    assembler.accept("kit-07", chunks.get(0));

    assertThat(assembler.accept("kit-08", chunks.get(1)))
        .isInstanceOf(AssemblyResult.Rejected.class);
  }

  @Test
  void refusesABundleAnnouncedLargerThanTheLimitAtItsFirstChunk() {
    var small = new ChunkAssembler(store, new BundleLimits(5_000, 10_000, 10));

    AssemblyResult result = small.accept("kit-07", encoded(randomBytes(6_000), 1_000).get(0));

    assertThat(result)
        .isInstanceOfSatisfying(
            AssemblyResult.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(RejectReason.OVERSIZED));
    assertThat(store.transfer(bundleId)).isEmpty();
  }

  @Test
  void refusesAWholeThatDoesNotMatchItsAnnouncedHash() {
    byte[] sealed = randomBytes(2_000);
    List<Chunk> chunks = ChunkCodec.split(bundleId, sealed, 1_000);
    Chunk forgedSecond =
        new Chunk(bundleId, 1, 2, 2_000, chunks.get(0).bundleSha256(), randomBytes(1_000));
    assembler.accept("kit-07", ChunkCodec.encode(chunks.get(0)));

    AssemblyResult result = assembler.accept("kit-07", ChunkCodec.encode(forgedSecond));

    assertThat(result)
        .isInstanceOfSatisfying(
            AssemblyResult.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(RejectReason.HASH_MISMATCH));
    assertThat(store.transfer(bundleId)).isEmpty();
  }

  @Test
  void refusesBytesThatAreNoChunkAtAll() {
    assertThat(assembler.accept("kit-07", "hello".getBytes()))
        .isInstanceOfSatisfying(
            AssemblyResult.Rejected.class, r -> assertThat(r.bundleId()).isNull());
  }

  @Test
  void refusesChunksThatTogetherHoldMoreThanTheAnnouncedSize() {
    byte[] sealed = randomBytes(2_000);
    List<Chunk> honest = ChunkCodec.split(bundleId, sealed, 1_000);
    Chunk bloated =
        new Chunk(bundleId, 1, 2, 2_000, honest.get(0).bundleSha256(), randomBytes(1_500));
    assembler.accept("kit-07", ChunkCodec.encode(honest.get(0)));

    AssemblyResult result = assembler.accept("kit-07", ChunkCodec.encode(bloated));

    assertThat(result)
        .isInstanceOfSatisfying(
            AssemblyResult.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(RejectReason.OVERSIZED));
    assertThat(store.transfer(bundleId)).isEmpty();
  }
}
