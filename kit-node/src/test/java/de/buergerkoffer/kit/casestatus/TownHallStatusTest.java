package de.buergerkoffer.kit.casestatus;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.CaseStatusBoard;
import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.kit.downlink.TestHub;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The town hall's case states on the kit: sealed, for this kit, newer than what is held. */
class TownHallStatusTest {

  private static final UUID CASE = UUID.fromString("6f1c1f0e-7d6f-4a7e-9a51-8f3f7f1b2c3d");
  // the CMS signing time is the real one, so the test PKI lives in real time too
  private final Clock clock = Clock.systemUTC();
  @TempDir Path dataDir;
  private TestHub hub;
  private TownHallStatus status;

  @BeforeEach
  void setUp() {
    hub = new TestHub(dataDir, clock);
    status = new TownHallStatus(hub.downlink(), hub.store);
  }

  @Test
  void listensOnTheKitsCaseStatusTopic() {
    assertThat(status.listener().topic().apply("kit-07")).isEqualTo(Topics.caseStatus("kit-07"));
  }

  @Test
  void aBoardFromTheHubGivesEachCaseItsStateWithTheNote() {
    status
        .listener()
        .onMessage()
        .accept(hub.sealed(board("kit-07", 3, WorkStatus.QUERY, "Meldebescheinigung fehlt")));

    assertThat(status.byCase()).containsOnlyKeys(CASE);
    assertThat(TownHallStatus.describeDe(status.byCase().get(CASE)))
        .isEqualTo("Rückfrage: Meldebescheinigung fehlt");
  }

  @Test
  void anOlderBoardDoesNotTurnTheStateBack() {
    status.accept(hub.sealed(board("kit-07", 3, WorkStatus.DONE, "")));

    assertThat(status.accept(hub.sealed(board("kit-07", 2, WorkStatus.QUERY, "alt")))).isFalse();
    assertThat(TownHallStatus.describeDe(status.byCase().get(CASE))).isEqualTo("Erledigt");
  }

  @Test
  void aBoardForAnotherKitOrFromAStrangerIsIgnored() {
    assertThat(status.accept(hub.sealed(board("kit-99", 3, WorkStatus.DONE, "")))).isFalse();
    assertThat(status.accept(hub.sealedByStranger(board("kit-07", 3, WorkStatus.DONE, ""))))
        .isFalse();
    assertThat(status.byCase()).isEmpty();
  }

  private static CaseStatusBoard board(String kitId, long version, WorkStatus state, String note) {
    return new CaseStatusBoard(
        kitId,
        version,
        Instant.parse("2026-11-19T16:00:00Z"),
        List.of(
            new CaseStatusBoard.Entry(
                CASE, "TK07-000001-3", state, note, Instant.parse("2026-11-19T15:00:00Z"))));
  }
}
