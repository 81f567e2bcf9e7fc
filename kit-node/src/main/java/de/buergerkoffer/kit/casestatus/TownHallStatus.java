package de.buergerkoffer.kit.casestatus;

import de.buergerkoffer.bundle.CaseStatusBoard;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.kit.downlink.DownlinkStore;
import de.buergerkoffer.kit.downlink.SealedDownlink;
import de.buergerkoffer.kit.sync.DownlinkListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the town hall stands with this kit's cases ({@link CaseStatusBoard} from {@link
 * Topics#caseStatus(String)}), so the clerk can tell the resident at the next visit: "Rückfrage:
 * Meldebescheinigung fehlt". Kept encrypted; replaced only by a board with a higher version.
 */
public final class TownHallStatus {

  static final String NAME = "case-status";
  private static final Logger log = LoggerFactory.getLogger(TownHallStatus.class);

  private final SealedDownlink downlink;
  private final DownlinkStore store;

  public TownHallStatus(SealedDownlink downlink, DownlinkStore store) {
    this.downlink = downlink;
    this.store = store;
  }

  /** The listener the MQTT link subscribes for the case-status topic. */
  public DownlinkListener listener() {
    return new DownlinkListener(Topics::caseStatus, this::accept);
  }

  /**
   * Takes a sealed board from the hub.
   *
   * @return true when it was stored
   */
  public boolean accept(byte[] payload) {
    Optional<CaseStatusBoard> board =
        downlink.open(payload, CaseStatusBoard.class, CaseStatusBoard::kitId);
    if (board.isEmpty()) {
      return false;
    }
    try {
      boolean stored =
          store.saveIfNewer(
              NAME, board.get().version(), WireJson.mapper().writeValueAsBytes(board.get()));
      log.info(
          "Case status board version {} with {} cases {}",
          board.get().version(),
          board.get().entries().size(),
          stored ? "stored" : "ignored: not newer than the one held");
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The town hall's state of each case, by case id; empty before the first board. */
  public Map<UUID, CaseStatusBoard.Entry> byCase() {
    return store
        .load(NAME)
        .map(
            s -> {
              try {
                return WireJson.mapper().readValue(s.json(), CaseStatusBoard.class);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .map(
            b ->
                b.entries().stream()
                    .collect(
                        Collectors.toMap(
                            CaseStatusBoard.Entry::caseId, Function.identity(), (a, c) -> c)))
        .orElse(Map.of());
  }

  /** "Rückfrage: Meldebescheinigung fehlt" – the German label of a state with the note. */
  public static String describeDe(CaseStatusBoard.Entry entry) {
    String label =
        switch (entry.status()) {
          case RECEIVED -> "Im Rathaus eingegangen";
          case IN_PROGRESS -> "In Bearbeitung";
          case QUERY -> "Rückfrage";
          case DONE -> "Erledigt";
          case REJECTED -> "Abgelehnt";
        };
    return entry.note().isBlank() ? label : label + ": " + entry.note();
  }
}
