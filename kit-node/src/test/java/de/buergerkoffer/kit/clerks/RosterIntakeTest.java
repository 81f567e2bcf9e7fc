package de.buergerkoffer.kit.clerks;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.ClerkRoster;
import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.kit.audit.RecordingAuditLog;
import de.buergerkoffer.kit.clerks.RosterIntake.Outcome;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RosterIntakeTest {

  private final Clock clock = Clock.systemUTC();
  private final Credential ca = Pki.createCa("Test Hub CA", Duration.ofDays(30), clock);
  private final Credential hubSigning = issue(ca, "hub", Role.HUB_SIGNING);
  private final Credential hubEncryption = issue(ca, "hub", Role.HUB_ENCRYPTION);
  private final Credential kit = issue(ca, "kit-07", Role.KIT);
  private final InMemoryClerks directory = new InMemoryClerks();
  private final RecordingAuditLog audit = new RecordingAuditLog();
  private final RosterIntake intake =
      new RosterIntake(
          "kit-07",
          () -> Optional.of(new KitIdentity(kit, ca.certificate(), hubEncryption.certificate())),
          directory,
          audit,
          clock);

  @Test
  void aSealedRosterForThisKitReplacesTheOneHeldAndIsAudited() {
    assertThat(intake.accept(sealed(roster("kit-07", 5, "mueller")))).isEqualTo(Outcome.APPLIED);

    assertThat(directory.version()).hasValue(5);
    assertThat(directory.find("mueller")).map(StoredClerk::displayName).hasValue("mueller Name");
    assertThat(audit.withAction("CLERK_ROSTER")).hasSize(1);
  }

  @Test
  void anOlderOrEqualVersionIsIgnoredSoAReplayCannotBringBackARemovedClerk() {
    intake.accept(sealed(roster("kit-07", 7, "schulz")));

    assertThat(intake.accept(sealed(roster("kit-07", 6, "mueller")))).isEqualTo(Outcome.NOT_NEWER);
    assertThat(intake.accept(sealed(roster("kit-07", 7, "mueller")))).isEqualTo(Outcome.NOT_NEWER);
    assertThat(directory.find("mueller")).isEmpty();
    assertThat(directory.find("schulz")).isPresent();
  }

  @Test
  void aRosterNamingAnotherKitIsIgnored() {
    assertThat(intake.accept(sealed(roster("kit-08", 9, "mueller")))).isEqualTo(Outcome.OTHER_KIT);
    assertThat(directory.size()).isZero();
  }

  @Test
  void aRosterSignedByAnyoneButTheHubIsRefused() {
    Credential otherKit = issue(ca, "kit-09", Role.KIT);
    byte[] forged =
        HubSigned.sealFor(roster("kit-07", 10, "einbrecher"), otherKit, kit.certificate());

    assertThat(intake.accept(forged)).isEqualTo(Outcome.REFUSED);
    assertThat(directory.size()).isZero();
  }

  @Test
  void aRosterSignedByAnotherCasHubIsRefused() {
    Credential otherCa = Pki.createCa("Andere CA", Duration.ofDays(30), clock);
    Credential foreignHub = issue(otherCa, "hub", Role.HUB_SIGNING);
    byte[] forged =
        HubSigned.sealFor(roster("kit-07", 10, "einbrecher"), foreignHub, kit.certificate());

    assertThat(intake.accept(forged)).isEqualTo(Outcome.REFUSED);
  }

  @Test
  void garbageIsRefusedWithoutThrowing() {
    assertThat(intake.accept(new byte[] {1, 2, 3})).isEqualTo(Outcome.REFUSED);
  }

  private byte[] sealed(ClerkRoster roster) {
    return HubSigned.sealFor(roster, hubSigning, kit.certificate());
  }

  private static ClerkRoster roster(String kitId, long version, String username) {
    return new ClerkRoster(
        kitId,
        version,
        Instant.now(),
        List.of(
            new ClerkRoster.Clerk(username, username + " Name", TestClerks.hash("135790"), true)));
  }

  private Credential issue(Credential issuer, String commonName, Role role) {
    KeyPair keys = Pki.newKeyPair();
    return new Credential(
        keys.getPrivate(),
        Pki.issue(issuer, keys.getPublic(), commonName, role, Duration.ofDays(30), clock),
        List.of(issuer.certificate()));
  }
}
