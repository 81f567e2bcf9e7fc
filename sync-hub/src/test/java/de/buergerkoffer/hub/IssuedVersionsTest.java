package de.buergerkoffer.hub;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hub.clerks.ClerkStore;
import de.buergerkoffer.hub.visits.VisitStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kit keeps only a visit plan or clerk roster with a higher version than the one it has, so the
 * hub must never issue one version twice for a kit, even when two requests issue at the same moment
 * (two admins, a publish at broker connect) on SQLite or PostgreSQL.
 */
class IssuedVersionsTest {

  private static final int THREADS = 8;

  @TempDir static Path dataDir;
  static TestHub hub;

  @BeforeAll
  static void startHub() {
    hub = TestHub.start(dataDir, Map.of());
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void visitPlanVersionsIssuedAtOnceForOneKitAreAllDifferentAndBeyondTheClock() throws Exception {
    VisitStore store = hub.bean(VisitStore.class);
    long clock = 1_700_000_000_000L;

    List<Long> versions = AtOnce.run(THREADS, () -> store.issue("kit-07", clock, Instant.now(), 0));

    assertThat(versions).doesNotHaveDuplicates().contains(clock, clock + 7);
    assertThat(versions).allSatisfy(v -> assertThat(v).isBetween(clock, clock + 7));
    assertThat(store.lastIssued("kit-07").orElseThrow().version()).isEqualTo(clock + 7);
  }

  @Test
  void clerkRosterVersionsIssuedAtOnceForOneKitAreAllDifferent() throws Exception {
    ClerkStore store = hub.bean(ClerkStore.class);
    long clock = 1_700_000_000_000L;

    List<Long> versions = AtOnce.run(THREADS, () -> store.nextRosterVersion("kit-07", clock));

    assertThat(versions).doesNotHaveDuplicates().contains(clock, clock + 7);
    assertThat(store.nextRosterVersion("kit-07", clock)).isEqualTo(clock + 8);
  }
}
