package de.buergerkoffer.hub.inbox;

import de.buergerkoffer.bundle.OpenedBundle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The hub's store of accepted cases. Storing is idempotent: bundle id and case id are keys, so a
 * bundle delivered twice, or a case that arrives in a second bundle, is stored once.
 */
public interface ReceivedCases {

  /**
   * Stores the bundle's cases in one transaction unless the bundle is already stored.
   *
   * @return what was stored, or what had been stored before for a known bundle
   */
  StoreResult storeOnce(OpenedBundle bundle, Instant receivedAt);

  /** What the hub stored for a bundle id, if it stored that bundle. */
  Optional<StoreResult> storedBundle(UUID bundleId);

  /** The documents stored with a case, without their bytes. */
  List<StoredAttachment> attachments(UUID caseId);

  /** The bytes of one document of a case. */
  Optional<byte[]> attachmentData(UUID caseId, String name);

  /** A document of a received case. */
  record StoredAttachment(String name, String mediaType, long sizeBytes, String sha256) {}

  /** The newest cases first. */
  List<ReceivedCase> recent(int limit);

  Optional<ReceivedCase> find(UUID caseId);

  /** The case with this case number (unique per town: each kit has its own prefix). */
  Optional<ReceivedCase> findByNumber(String caseNumber);

  /**
   * The supplements ("Nachreichungen") that name this case number, oldest first – also those that
   * arrived before the case itself.
   */
  List<ReceivedCase> supplementsTo(String caseNumber);

  /** The cases matching the filter, newest arrival first, one page of them. */
  Found search(InboxFilter filter, int page, int pageSize);

  /** Every kit and every clerk that has brought in a case, for the inbox's filter lists. */
  Choices choices();

  /**
   * One page of search results.
   *
   * @param total how many cases match in all
   */
  record Found(List<ReceivedCase> cases, int total, int page, int pageSize) {
    public int pages() {
      return Math.max(1, (total + pageSize - 1) / pageSize);
    }
  }

  /** The values the inbox can filter by. */
  record Choices(List<String> kits, List<String> clerks) {}

  /**
   * Outcome of {@link #storeOnce}.
   *
   * @param duplicateBundle the bundle id was known: nothing new was stored
   * @param storedSha256 SHA-256 of the sealed bytes the hub holds for this bundle id
   * @param caseIds the bundle's cases, all of which the hub now holds
   * @param newCases how many cases this call stored
   */
  record StoreResult(
      boolean duplicateBundle, String storedSha256, List<UUID> caseIds, int newCases) {}
}
