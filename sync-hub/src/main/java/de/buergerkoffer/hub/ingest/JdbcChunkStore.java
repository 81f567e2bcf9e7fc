package de.buergerkoffer.hub.ingest;

import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.transfer.ChunkStore;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.BitSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Chunks of bundles in transfer, in the hub's SQLite database, so a restart loses none. */
@Repository
class JdbcChunkStore implements ChunkStore {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  JdbcChunkStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<Transfer> transfer(UUID bundleId) {
    return jdbc
        .query(
            "SELECT kit_id, chunk_count, size_bytes, sha256 FROM transfer WHERE bundle_id = ?",
            (rs, i) ->
                new Transfer(
                    bundleId, rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4)),
            bundleId.toString())
        .stream()
        .findFirst();
  }

  @Override
  public void begin(Transfer t) {
    jdbc.update(
        "INSERT INTO transfer (bundle_id, kit_id, chunk_count, size_bytes, sha256,"
            + " started_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        t.bundleId().toString(),
        t.kitId(),
        t.count(),
        t.size(),
        t.sha256(),
        StoredTime.format(clock.instant()));
  }

  @Override
  public void put(UUID bundleId, int index, byte[] data) {
    jdbc.update(
        "INSERT INTO transfer_chunk (bundle_id, idx, data) VALUES (?, ?, ?)"
            + " ON CONFLICT DO NOTHING",
        bundleId.toString(),
        index,
        data);
  }

  @Override
  public long heldBytes(UUID bundleId) {
    Long bytes =
        jdbc.queryForObject(
            "SELECT COALESCE(SUM(LENGTH(data)), 0) FROM transfer_chunk WHERE bundle_id = ?",
            Long.class,
            bundleId.toString());
    return bytes == null ? 0 : bytes;
  }

  @Override
  public BitSet held(UUID bundleId) {
    BitSet held = new BitSet();
    jdbc.query(
        "SELECT idx FROM transfer_chunk WHERE bundle_id = ?",
        rs -> {
          held.set(rs.getInt(1));
        },
        bundleId.toString());
    return held;
  }

  @Override
  public byte[] assemble(UUID bundleId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    jdbc.query(
        "SELECT data FROM transfer_chunk WHERE bundle_id = ? ORDER BY idx",
        rs -> {
          out.writeBytes(rs.getBytes(1));
        },
        bundleId.toString());
    return out.toByteArray();
  }

  /**
   * Drops transfers begun before the given time and never completed, with their chunks; a kit that
   * still has such a bundle sends it again from the start.
   *
   * @return how many transfers were dropped
   */
  @Transactional
  int discardStartedBefore(Instant cutoff) {
    String before = StoredTime.format(cutoff);
    jdbc.update(
        "DELETE FROM transfer_chunk WHERE bundle_id IN"
            + " (SELECT bundle_id FROM transfer WHERE started_at < ?)",
        before);
    return jdbc.update("DELETE FROM transfer WHERE started_at < ?", before);
  }

  @Override
  @Transactional
  public void discard(UUID bundleId) {
    jdbc.update("DELETE FROM transfer_chunk WHERE bundle_id = ?", bundleId.toString());
    jdbc.update("DELETE FROM transfer WHERE bundle_id = ?", bundleId.toString());
  }
}
