package de.buergerkoffer.hub.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.BundleLimits;
import de.buergerkoffer.bundle.BundleOpener;
import de.buergerkoffer.bundle.BundleSealer;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.OpenedBundle;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.transfer.ChunkStore;
import de.buergerkoffer.hub.AtOnce;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.inbox.ReceivedCases.StoreResult;
import de.buergerkoffer.hub.ingest.IngestService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same bundle delivered several times at the same moment (the broker redelivers while the kit
 * resends, two hub threads, a stick read twice) is stored exactly once, on SQLite and on PostgreSQL
 * alike: the database's unique keys decide, not a look before the insert.
 */
class ConcurrentDeliveryTest {

  private static final int THREADS = 8;

  @TempDir static Path dataDir;
  static TestHub hub;
  static HubKeys keys;
  static TestKit kit07;

  @BeforeAll
  static void startHub() {
    hub = TestHub.start(dataDir, Map.of());
    keys = hub.bean(HubKeys.class);
    kit07 = TestKit.certifiedBy(keys, "kit-07");
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void aBundleStoredFromEightThreadsAtOnceIsStoredOnceWithItsDocumentsByteForByte()
      throws Exception {
    byte[] scan = everyByteValue();
    CaseData first = TestKit.meldebescheinigung();
    CaseData second = TestKit.meldebescheinigung();
    SealedBundle sealed =
        new BundleSealer(
                kit07.credential(), List.of(keys.encryption().certificate()), TestKit.CLOCK)
            .sealContents(
                List.of(
                    new CaseContent(first, List.of(new Attachment("scan-1.png", scan))),
                    CaseContent.of(second)));
    OpenedBundle bundle =
        new BundleOpener(
                keys.encryption(), keys.ca().certificate(), BundleLimits.defaults(), TestKit.CLOCK)
            .open(sealed.bytes());
    ReceivedCases cases = hub.bean(ReceivedCases.class);

    List<StoreResult> results = AtOnce.run(THREADS, () -> cases.storeOnce(bundle, Instant.now()));

    assertThat(results).filteredOn(r -> !r.duplicateBundle()).hasSize(1);
    assertThat(results).extracting(StoreResult::storedSha256).containsOnly(sealed.sha256());
    assertThat(results)
        .allSatisfy(r -> assertThat(r.caseIds()).containsExactly(first.caseId(), second.caseId()));
    assertThat(results.stream().mapToInt(StoreResult::newCases).sum()).isEqualTo(2);
    assertThat(rows("received_bundle", "bundle_id", sealed.bundleId())).isEqualTo(1);
    assertThat(rows("received_case", "bundle_id", sealed.bundleId())).isEqualTo(2);
    assertThat(rows("received_attachment", "case_id", first.caseId())).isEqualTo(1);
    assertThat(cases.attachmentData(first.caseId(), "scan-1.png")).contains(scan);
  }

  @Test
  void aBundleIngestedFromEightThreadsAtOnceIsAcceptedEachTimeAndStoredOnce() throws Exception {
    CaseData sent = TestKit.meldebescheinigung();
    SealedBundle bundle = kit07.seal(sent);
    IngestService ingest = hub.bean(IngestService.class);

    List<Ack> acks =
        AtOnce.run(THREADS, () -> ingest.ingest("kit-07", bundle.bundleId(), bundle.bytes()).ack());

    assertThat(acks)
        .allSatisfy(
            ack -> {
              assertThat(ack.outcome()).isEqualTo(Ack.Outcome.ACCEPTED);
              assertThat(ack.sha256()).isEqualTo(bundle.sha256());
              assertThat(ack.caseIds()).containsExactly(sent.caseId());
            });
    assertThat(rows("received_bundle", "bundle_id", bundle.bundleId())).isEqualTo(1);
    assertThat(rows("received_case", "case_id", sent.caseId())).isEqualTo(1);
    assertThat(rows("quarantined_bundle", "bundle_id", bundle.bundleId())).isZero();
  }

  @Test
  void aChunkArrivingFromEightThreadsAtOnceIsHeldOnce() throws Exception {
    ChunkStore chunks = hub.bean(ChunkStore.class);
    UUID bundleId = UUID.randomUUID();
    byte[] data = everyByteValue();

    AtOnce.run(
        THREADS,
        () -> {
          chunks.begin(new ChunkStore.Transfer(bundleId, "kit-07", 2, 600, "aa"));
          chunks.put(bundleId, 1, data);
          return null;
        });

    assertThat(rows("transfer", "bundle_id", bundleId)).isEqualTo(1);
    assertThat(rows("transfer_chunk", "bundle_id", bundleId)).isEqualTo(1);
    assertThat(chunks.held(bundleId).stream().boxed().toList()).containsExactly(1);
    assertThat(chunks.heldBytes(bundleId)).isEqualTo(data.length);
    assertThat(chunks.assemble(bundleId)).isEqualTo(data);
  }

  private static byte[] everyByteValue() {
    byte[] bytes = new byte[512];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  private static int rows(String table, String column, UUID id) {
    return hub.jdbc()
        .queryForObject(
            "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?",
            Integer.class,
            id.toString());
  }
}
