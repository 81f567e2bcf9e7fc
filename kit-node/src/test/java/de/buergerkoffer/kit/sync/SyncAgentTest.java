package de.buergerkoffer.kit.sync;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.AckCodec;
import de.buergerkoffer.bundle.BundleLimits;
import de.buergerkoffer.bundle.BundleOpener;
import de.buergerkoffer.bundle.OpenedBundle;
import de.buergerkoffer.bundle.RejectReason;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.kit.audit.RecordingAuditLog;
import de.buergerkoffer.kit.capture.CapturedCase;
import de.buergerkoffer.kit.capture.CaseStatus;
import de.buergerkoffer.kit.capture.CaseStore;
import de.buergerkoffer.kit.capture.CaseStoreFixture;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import de.buergerkoffer.kit.outbox.Outbox;
import de.buergerkoffer.kit.outbox.OutboxFixture;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The sync agent against the real SQLite outbox, a transport that records what it is handed, and a
 * clock the test moves: what leaves the kit, in which order, how often, and what the hub's answers
 * do to the cases.
 */
class SyncAgentTest {

  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(20);
  private static final Map<String, String> FIELDS =
      Map.of(
          "familyName", "Müller",
          "givenNames", "Erika",
          "birthDate", "1964-08-12",
          "street", "Hauptstraße 7",
          "postalCode", "37671",
          "city", "Höxter",
          "purpose", "Rentenversicherung",
          "delivery", "post");

  @TempDir Path dataDir;

  private final MutableClock clock =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private final RecordingTransport transport = new RecordingTransport();
  private final RecordingAuditLog audit = new RecordingAuditLog();
  private final Credential ca = Pki.createCa("Test Hub CA", Duration.ofDays(30), clock);
  private final Credential hubSigning = issue("hub", Role.HUB_SIGNING);
  private final Credential hubEncryption = issue("hub", Role.HUB_ENCRYPTION);
  private final Credential kit = issue("kit-07", Role.KIT);
  private final KitIdentity identity =
      new KitIdentity(kit, ca.certificate(), hubEncryption.certificate());

  private Outbox outbox;
  private CaseStore cases;

  @BeforeEach
  void createDatabase() {
    DataSource db =
        new DriverManagerDataSource(
            "jdbc:sqlite:" + dataDir.resolve("kit.db") + "?foreign_keys=true");
    Flyway.configure().dataSource(db).locations("classpath:db/kit").load().migrate();
    outbox = OutboxFixture.jdbc(db);
    cases = CaseStoreFixture.jdbc(db, "TK07");
  }

  @Test
  void sealsCasesForTheHubAndSendsTheOldestFirst() throws Exception {
    CapturedCase first = capture();
    CapturedCase second = capture();
    CapturedCase third = capture();

    agent(4).runOnce();

    assertThat(transport.sent()).hasSize(3);
    assertThat(transport.sent()).allSatisfy(s -> assertThat(s.kitId()).isEqualTo("kit-07"));
    List<OpenedBundle> opened = transport.sent().stream().map(s -> open(s.sealed())).toList();
    assertThat(opened)
        .extracting(b -> b.cases().get(0).caseId())
        .containsExactly(first.caseId(), second.caseId(), third.caseId());
    assertThat(opened)
        .extracting(b -> b.manifest().bundleId())
        .containsExactlyElementsOf(transport.sentBundleIds());
    assertThat(opened.get(0).cases().get(0).fields()).isEqualTo(FIELDS);
    assertThat(opened.get(0).cases().get(0).caseNumber()).isEqualTo(first.caseNumber());
    assertThat(status(first)).isEqualTo(CaseStatus.SENT);
  }

  @Test
  void keepsNoMoreBundlesAwaitingAnAckThanTheWindowAllows() {
    CapturedCase first = capture();
    CapturedCase second = capture();
    CapturedCase third = capture();
    capture();
    capture();
    SyncAgent agent = agent(2);

    agent.runOnce();
    agent.runOnce();
    clock.advance(Duration.ofSeconds(5));
    agent.runOnce();

    assertThat(transport.sent()).hasSize(2);
    assertThat(caseIdsSent()).containsExactly(first.caseId(), second.caseId());

    agent.onAck(signed(accepted(transport.sent().get(0)), hubSigning));
    agent.runOnce();

    assertThat(caseIdsSent()).containsExactly(first.caseId(), second.caseId(), third.caseId());
  }

  @Test
  void aVerifiedAckForTheBytesSentMarksTheCaseAcknowledged() {
    CapturedCase captured = capture();
    capture();
    SyncAgent agent = agent(4);
    agent.runOnce();
    assertThat(outbox.pendingCount()).isEqualTo(2);

    agent.onAck(signed(accepted(transport.sent().get(0)), hubSigning));

    assertThat(status(captured)).isEqualTo(CaseStatus.ACKNOWLEDGED);
    assertThat(outbox.pendingCount()).isEqualTo(1);
    assertThat(audit.entries())
        .containsExactly(
            new RecordingAuditLog.Recorded(
                "kit-07",
                "SYNC_ACK",
                transport.sent().get(0).bundleId().toString(),
                "outcome=ACCEPTED"));
    assertThat(outbox.lastAcknowledgedAt()).isPresent();
    clock.advance(Duration.ofHours(1));
    agent.runOnce();
    assertThat(transport.sentBundleIds())
        .as("an acknowledged bundle is never sent again")
        .containsOnlyOnce(transport.sent().get(0).bundleId());
  }

  @Test
  void ignoresAnAckThatNamesOtherBytesThanTheOnesSent() {
    CapturedCase captured = capture();
    SyncAgent agent = agent(4);
    agent.runOnce();
    RecordingTransport.Sent sent = transport.sent().get(0);
    Ack wrongSha =
        Ack.accepted(
            sent.bundleId(),
            Pki.sha256Hex("other bytes".getBytes()),
            List.of(captured.caseId()),
            clock.instant());

    agent.onAck(signed(wrongSha, hubSigning));

    assertThat(status(captured)).isEqualTo(CaseStatus.SENT);
    assertThat(outbox.pendingCount()).isEqualTo(1);
    assertThat(audit.entries()).as("an ignored ack is not audited as applied").isEmpty();
  }

  @Test
  void ignoresAnAckSignedByAKitInsteadOfTheHub() {
    CapturedCase captured = capture();
    SyncAgent agent = agent(4);
    agent.runOnce();

    agent.onAck(signed(accepted(transport.sent().get(0)), kit));

    assertThat(status(captured)).isEqualTo(CaseStatus.SENT);
    assertThat(outbox.pendingCount()).isEqualTo(1);
  }

  @Test
  void ignoresAnAckSignedByAHubKeyOfAnotherCa() {
    CapturedCase captured = capture();
    SyncAgent agent = agent(4);
    agent.runOnce();
    Credential otherCa = Pki.createCa("Andere CA", Duration.ofDays(30), clock);
    KeyPair keys = Pki.newKeyPair();
    Credential foreignHub =
        new Credential(
            keys.getPrivate(),
            Pki.issue(
                otherCa, keys.getPublic(), "hub", Role.HUB_SIGNING, Duration.ofDays(1), clock),
            List.of(otherCa.certificate()));

    agent.onAck(signed(accepted(transport.sent().get(0)), foreignHub));

    assertThat(status(captured)).isEqualTo(CaseStatus.SENT);
  }

  @Test
  void aRejectionMarksTheCaseRejectedWithTheHubsReason() {
    CapturedCase captured = capture();
    SyncAgent agent = agent(4);
    agent.runOnce();
    RecordingTransport.Sent sent = transport.sent().get(0);
    Ack rejected =
        Ack.rejected(
            sent.bundleId(),
            Pki.sha256Hex(sent.sealed()),
            RejectReason.FORM_VALIDATION_FAILED,
            "case TK07-000001-8: field postalCode fails rule pattern",
            clock.instant());

    agent.onAck(signed(rejected, hubSigning));

    CapturedCase after = cases.find(captured.caseId()).orElseThrow();
    assertThat(after.status()).isEqualTo(CaseStatus.REJECTED);
    assertThat(after.rejectReason()).isEqualTo("FORM_VALIDATION_FAILED");
    assertThat(after.rejectDetail()).contains("postalCode");
    assertThat(audit.entries())
        .extracting(RecordingAuditLog.Recorded::detail)
        .containsExactly("outcome=REJECTED; reason=FORM_VALIDATION_FAILED");
    assertThat(outbox.pendingCount()).isZero();
    clock.advance(Duration.ofHours(1));
    agent.runOnce();
    assertThat(transport.sent()).hasSize(1);
  }

  @Test
  void sendsAnUnacknowledgedBundleAgainAfterItsBackoffWhichDoubles() {
    capture();
    SyncAgent agent = agent(4);
    agent.runOnce();
    RecordingTransport.Sent first = transport.sent().get(0);

    clock.advance(Duration.ofSeconds(19));
    agent.runOnce();
    assertThat(transport.sent()).as("not before the ack timeout").hasSize(1);

    clock.advance(Duration.ofSeconds(6)); // 25 s: past 20 s plus at most 20 % jitter
    agent.runOnce();
    assertThat(transport.sent()).hasSize(2);
    RecordingTransport.Sent again = transport.sent().get(1);
    assertThat(again.bundleId()).isEqualTo(first.bundleId());
    assertThat(again.sealed()).as("exactly the same bytes").isEqualTo(first.sealed());

    clock.advance(Duration.ofSeconds(39)); // second wait is 40 s to 48 s
    agent.runOnce();
    assertThat(transport.sent()).hasSize(2);

    clock.advance(Duration.ofSeconds(10));
    agent.runOnce();
    assertThat(transport.sent()).hasSize(3);
  }

  @Test
  void sendsNothingWhileTheTransportIsDisconnectedAndCatchesUpAfterwards() {
    CapturedCase captured = capture();
    SyncAgent agent = agent(4);
    transport.goOffline();

    agent.runOnce();
    clock.advance(Duration.ofMinutes(5));
    agent.runOnce();

    assertThat(transport.sent()).isEmpty();
    assertThat(status(captured)).isEqualTo(CaseStatus.QUEUED);
    assertThat(outbox.pendingCount()).isEqualTo(1);

    transport.goOnline();
    agent.runOnce();

    assertThat(caseIdsSent()).containsExactly(captured.caseId());
    assertThat(status(captured)).isEqualTo(CaseStatus.SENT);
  }

  @Test
  void sendsWhatAwaitsAnAckAgainAsSoonAsTheTransportReconnects() {
    capture();
    SyncAgent agent = agent(4);
    agent.runOnce();

    agent.onConnected();
    agent.runOnce();

    assertThat(transport.sent()).hasSize(2);
    assertThat(transport.sent().get(1).bundleId()).isEqualTo(transport.sent().get(0).bundleId());
  }

  @Test
  void neitherSealsNorSendsBeforeTheKitIsEnrolled() {
    CapturedCase captured = capture();
    SyncAgent agent =
        new SyncAgent("kit-07", outbox, transport, Optional::empty, clock, 4, ACK_TIMEOUT, audit);

    agent.runOnce();

    assertThat(transport.sent()).isEmpty();
    assertThat(outbox.unsealed(10))
        .extracting(c -> c.data().caseId())
        .containsExactly(captured.caseId());
  }

  private SyncAgent agent(int window) {
    return new SyncAgent(
        "kit-07",
        outbox,
        transport,
        () -> Optional.of(identity),
        clock,
        window,
        ACK_TIMEOUT,
        audit);
  }

  private CapturedCase capture() {
    CapturedCase captured =
        cases.storeNew("meldebescheinigung", 1, "Frau Schmidt", clock.instant(), FIELDS);
    clock.advance(Duration.ofSeconds(1));
    return captured;
  }

  private CaseStatus status(CapturedCase captured) {
    return cases.find(captured.caseId()).orElseThrow().status();
  }

  private List<UUID> caseIdsSent() {
    return transport.sent().stream().map(s -> open(s.sealed()).cases().get(0).caseId()).toList();
  }

  private OpenedBundle open(byte[] sealed) {
    try {
      return new BundleOpener(hubEncryption, ca.certificate(), BundleLimits.defaults(), clock)
          .open(sealed);
    } catch (Exception e) {
      throw new AssertionError("the hub could not open a bundle the kit sent", e);
    }
  }

  private Ack accepted(RecordingTransport.Sent sent) {
    return Ack.accepted(
        sent.bundleId(),
        Pki.sha256Hex(sent.sealed()),
        open(sent.sealed()).manifest().caseIds(),
        clock.instant());
  }

  private static byte[] signed(Ack ack, Credential signer) {
    return AckCodec.sign(ack, signer);
  }

  private Credential issue(String commonName, Role role) {
    KeyPair keys = Pki.newKeyPair();
    return new Credential(
        keys.getPrivate(),
        Pki.issue(ca, keys.getPublic(), commonName, role, Duration.ofDays(1), clock),
        List.of(ca.certificate()));
  }
}
