package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.AckCodec;
import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.BundleFormat;
import de.buergerkoffer.bundle.BundleLimits;
import de.buergerkoffer.bundle.BundleOpener;
import de.buergerkoffer.bundle.BundleSealer;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.OpenedBundle;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.bundle.transfer.Chunk;
import de.buergerkoffer.bundle.transfer.ChunkCodec;
import de.buergerkoffer.bundle.transfer.ChunkStore;
import de.buergerkoffer.bundle.transfer.TransferQuery;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormValidator;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.config.HubProperties;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import de.buergerkoffer.hub.ingest.IngestService;
import de.buergerkoffer.hub.kits.KitRegistry;
import de.buergerkoffer.kit.capture.CaseNumbers;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.client.persist.MqttDefaultFilePersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.MqttPublish;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark, not a test: how many 50 KB bundles per second the hub takes in through a real broker
 * (embedded HiveMQ CE, or Mosquitto with {@code -Dbk.test.broker=mosquitto}), next to the broker's
 * raw rate for the same bytes: as many messages of the same size, published the same way, received
 * by a Paho subscriber that does nothing else (no crypto, no storage). Also the bytes on the wire
 * per payload byte of a chunked transfer, and a rough split of where the hub spends its time.
 *
 * <p>Not part of the normal build; it runs only in the Maven profile {@code bench}, in which
 * Failsafe runs {@code *Bench} instead of {@code *IT}:
 *
 * <pre>
 * ./mvnw -B -pl system-tests -am verify -Pbench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * ./mvnw -B -pl system-tests verify -Pbench     # with the other modules as installed in ~/.m2
 * </pre>
 *
 * Settings (system properties): {@code bench.bundles} (per measured round, default 500), {@code
 * bench.rounds} (3), {@code bench.warmup} (at least 1,000, in slices of {@code bench.bundles}, then
 * on until the JIT compiler has settled, at most {@code bench.warmup.max} = 15,000; the hub is a
 * long-running server, so what counts is its rate once the JIT has compiled the hot paths), {@code
 * bench.attachment.bytes} (50,000), {@code bench.diagnose} (true: the hub's steps timed one by one,
 * the Paho stand-in runs, and a second hub run with SQLite {@code synchronous=NORMAL}). Results:
 * {@code docs/benchmarks.md}, section "Hub: Eingangsrate / ingest rate"; the lines to copy start
 * with {@code Bench:}.
 */
class IngestRateBench {

  private static final String KIT = "kit-bench";
  private static final int BUNDLES = Integer.getInteger("bench.bundles", 500);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 1000);
  private static final int WARMUP_MAX = Integer.getInteger("bench.warmup.max", 15_000);
  private static final int JIT_SETTLED_PERCENT = 10;
  private static final int ATTACHMENT_BYTES = Integer.getInteger("bench.attachment.bytes", 50_000);
  private static final boolean DIAGNOSE =
      Boolean.parseBoolean(System.getProperty("bench.diagnose", "true"));
  private static final int PROFILE_BUNDLES = 200;
  private static final int SCAN_BYTES = 20_000_000;

  /** Publishes awaiting the broker's PUBACK at a time: as many as MqttLink allows a kit. */
  private static final int WINDOW = 8;

  /** As MqttLink sets them. */
  private static final long EXPIRY_SECONDS = Duration.ofDays(7).toSeconds();

  /** Bundles awaiting their ack in the paced hub run: two kits' sync windows (4 each). */
  private static final int PACE = 8;

  private static final String RAW_TOPIC = "bench/raw/";
  private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(5);

  @TempDir Path dir;
  private TestBroker broker;
  private Town town;
  private final List<MqttAsyncClient> clients = new ArrayList<>();
  private final Semaphore window = new Semaphore(WINDOW);
  private final Queue<Throwable> publishFailures = new ConcurrentLinkedQueue<>();
  private final Queue<byte[]> acks = new ConcurrentLinkedQueue<>();
  private volatile CountDownLatch acksDue = new CountDownLatch(0);
  private volatile CountDownLatch rawDue = new CountDownLatch(0);
  private volatile Semaphore pacing;
  private final Map<UUID, Long> sentAt = new java.util.concurrent.ConcurrentHashMap<>();
  private final Queue<Long> ackLatencies = new ConcurrentLinkedQueue<>();
  private volatile long lastAckNanos;
  private int sealedSoFar;

  @AfterEach
  void stop() {
    for (MqttAsyncClient c : clients) {
      try {
        if (c.isConnected()) {
          c.disconnect().waitForCompletion(5_000);
        }
        c.close();
      } catch (MqttException e) {
        // the broker goes away next anyway
      }
    }
    if (town != null) {
      town.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void hubIngestRateNextToTheBrokersRawRate() throws Exception {
    broker = TestBroker.create(dir.resolve("broker"));
    broker.start();
    town = new Town(dir, broker);
    town.startHub();
    Kit kit = enroll();
    System.out.printf(
        "Bench: %s, JVM %s %s, %d cores, load average %.1f, broker %s%n",
        Instant.now().atOffset(ZoneOffset.UTC).toLocalDate(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("bk.test.broker", "hivemq"));

    Bundle sample = seal(kit, 1).get(0);
    List<List<Bundle>> rounds = new ArrayList<>();
    List<List<Bundle>> pacedRounds = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      rounds.add(seal(kit, BUNDLES));
      pacedRounds.add(seal(kit, BUNDLES));
    }
    System.out.printf(
        "Bench: bundle = case JSON + %,d byte attachment (random) -> sealed %,d bytes ->"
            + " one chunk message of %,d bytes payload (100-byte header), MQTT PUBLISH %,d bytes%n",
        ATTACHMENT_BYTES,
        sample.sealed().length,
        sample.chunk().length,
        publishPacketBytes(sample.topic(), sample.chunk().length, 1, 1));

    MqttAsyncClient kitClient =
        connect(
            broker.url(),
            "bench-kit",
            (topic, message) -> {
              if (topic.equals(Topics.acks(KIT))) {
                acks.add(message.getPayload());
                lastAckNanos = System.nanoTime();
                byte[] correlation = message.getProperties().getCorrelationData();
                Long sent =
                    correlation == null
                        ? null
                        : sentAt.remove(
                            UUID.fromString(new String(correlation, StandardCharsets.US_ASCII)));
                if (sent != null) {
                  ackLatencies.add(lastAckNanos - sent);
                }
                acksDue.countDown();
                Semaphore p = pacing;
                if (p != null) {
                  p.release();
                }
              }
            });
    kitClient.subscribe(Topics.acks(KIT), 1).waitForCompletion(10_000);
    MqttAsyncClient rawSubscriber =
        connect(broker.url(), "bench-raw-subscriber", (topic, message) -> rawDue.countDown());
    rawSubscriber.subscribe(RAW_TOPIC + "#", 1).waitForCompletion(10_000);

    warmUp(kitClient, kit);

    List<Rate> raws = new ArrayList<>();
    List<Rate> hubs = new ArrayList<>();
    List<Rate> paced = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      // alternate the order, so neither side always runs first
      if (r % 2 == 0) {
        raws.add(raw(kitClient, rounds.get(r)));
        hubs.add(hub(kitClient, rounds.get(r), kit, 0));
      } else {
        hubs.add(hub(kitClient, rounds.get(r), kit, 0));
        raws.add(raw(kitClient, rounds.get(r)));
      }
      paced.add(hub(kitClient, pacedRounds.get(r), kit, PACE));
      System.out.printf(
          "Bench: round %d: raw %s%nBench: round %d: hub %s (hub/raw %.3f)%n"
              + "Bench: round %d: hub, at most %d awaiting an ack: %s%n",
          r + 1,
          raws.get(r),
          r + 1,
          hubs.get(r),
          hubs.get(r).perSecond() / raws.get(r).perSecond(),
          r + 1,
          PACE,
          paced.get(r));
    }
    Rate raw = median(raws);
    Rate hub = median(hubs);
    System.out.printf(
        "Bench: median of %d rounds of %d: raw %.1f msg/s = %.2f MB/s, hub %.1f bundles/s = %.2f"
            + " MB/s, hub/raw %.3f; hub with at most %d awaiting an ack %.1f bundles/s%n",
        ROUNDS,
        BUNDLES,
        raw.perSecond(),
        raw.megabytesPerSecond(),
        hub.perSecond(),
        hub.megabytesPerSecond(),
        hub.perSecond() / raw.perSecond(),
        PACE,
        median(paced).perSecond());

    wire(kit, sample);

    if (DIAGNOSE) {
      profile(kit, "synchronous=FULL, as shipped");
      pahoDiagnosis(sample.chunk());
      normalSyncHub(kit, kitClient);
      profile(kit, "synchronous=NORMAL, diagnosis only");
    }
  }

  /**
   * Warms up in slices (the broker queues at most about 1,000 messages for a subscriber): at least
   * {@value #WARMUP} bundles, then on until the JIT compiler has settled, i.e. it compiled during
   * less than {@value #JIT_SETTLED_PERCENT} % of the time in two slices in a row. Everything runs
   * in this one JVM (broker, hub, kit stand-in), and on a small machine C2 keeps one of the two
   * cores busy for a minute or more; a round measured then says more about the compiler than about
   * the hub.
   */
  private void warmUp(MqttAsyncClient kitClient, Kit kit) throws Exception {
    int done = 0;
    int slice = 0;
    int quietSlices = 0;
    while (done < WARMUP || (quietSlices < 2 && done < WARMUP_MAX)) {
      List<Bundle> bundles = seal(kit, BUNDLES);
      long jit = jitMillis();
      long start = System.nanoTime();
      Rate raw = raw(kitClient, bundles);
      Rate hub = hub(kitClient, bundles, kit, 0);
      double jitPercent = (jitMillis() - jit) * 1e8 / (System.nanoTime() - start);
      quietSlices = jitPercent < JIT_SETTLED_PERCENT ? quietSlices + 1 : 0;
      done += bundles.size();
      System.out.printf(
          "Bench: warm-up slice %d: raw %.1f msg/s, hub %.1f bundles/s (hub/raw %.3f), JIT"
              + " compiling %.0f %% of the time%n",
          ++slice, raw.perSecond(), hub.perSecond(), hub.perSecond() / raw.perSecond(), jitPercent);
    }
    System.out.printf(
        "Bench: warm-up: %,d bundles each way, JIT %s%n",
        done,
        quietSlices >= 2
            ? "settled"
            : "still busy after the maximum of " + WARMUP_MAX + " (bench.warmup.max)");
  }

  /** Time the JIT compilers have spent so far, summed over their threads. */
  private static long jitMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  // ---- the two measurements ----

  /**
   * The broker alone: same count, same sizes, same publishing, to a subscriber that only counts.
   */
  private Rate raw(MqttAsyncClient publisher, List<Bundle> bundles) throws Exception {
    rawDue = new CountDownLatch(bundles.size());
    long jit = jitMillis();
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    int i = 0;
    for (Bundle b : bundles) {
      publish(publisher, RAW_TOPIC + i++, message(b.chunk(), 0, 1));
    }
    long published = drain();
    assertThat(rawDue.await(ROUND_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
        .as("raw messages received, %d missing", rawDue.getCount())
        .isTrue();
    long end = System.nanoTime();
    return new Rate(
        bundles.size(),
        bundles.get(0).chunk().length,
        start,
        published,
        end,
        -1,
        -1,
        processCpuNanos() - cpu,
        jitMillis() - jit);
  }

  /**
   * The hub: every bundle as one chunk on its chunk topic. Done when the hub has stored every
   * bundle and every ack it sent is back. Acks the hub dropped (its client refuses a publish beyond
   * the broker's receive maximum) are counted, then fetched with a hello as a kit would, untimed.
   *
   * @param pace at most this many bundles awaiting their ack, as kits do (sync window 4 each); 0
   *     for no limit: everything is published at once, like the raw run
   */
  private Rate hub(MqttAsyncClient kitClient, List<Bundle> bundles, Kit kit, int pace)
      throws Exception {
    JdbcTemplate jdbc = town.hubContext().getBean(JdbcTemplate.class);
    int before = storedBundles(jdbc);
    acks.clear();
    sentAt.clear();
    ackLatencies.clear();
    acksDue = new CountDownLatch(bundles.size());
    pacing = pace > 0 ? new Semaphore(pace) : null;
    long jit = jitMillis();
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    for (Bundle b : bundles) {
      if (pacing != null) {
        assertThat(pacing.tryAcquire(30, TimeUnit.SECONDS)).as("an ack within 30 s").isTrue();
      }
      sentAt.put(b.id(), System.nanoTime());
      publish(kitClient, b.topic(), message(b.chunk(), 0, 1));
    }
    long published = drain();
    long deadline = System.nanoTime() + ROUND_TIMEOUT.toNanos();
    while (storedBundles(jdbc) - before < bundles.size()) {
      assertThat(System.nanoTime()).as("all bundles stored in time").isLessThan(deadline);
      Thread.sleep(5);
    }
    long stored = System.nanoTime();
    long missing = -1;
    while (acksDue.getCount() > 0 && acksDue.getCount() != missing) {
      missing = acksDue.getCount();
      acksDue.await(1, TimeUnit.SECONDS);
    }
    pacing = null;
    cpu = processCpuNanos() - cpu;
    jit = jitMillis() - jit;
    List<Long> latencies = new ArrayList<>(ackLatencies);
    latencies.sort(null);
    Rate rate =
        new Rate(
            bundles.size(),
            bundles.get(0).chunk().length,
            start,
            published,
            Math.max(stored, lastAckNanos),
            bundles.size() - acks.size(),
            latencies.isEmpty() ? -1 : latencies.get(latencies.size() / 2),
            cpu,
            jit);
    Set<UUID> expected = bundles.stream().map(Bundle::id).collect(Collectors.toSet());
    Set<UUID> accepted = new HashSet<>();
    collectAccepted(kit, accepted);
    for (UUID id : expected) {
      // what a kit does when an ack does not come: ask again (a kit resends a one-chunk bundle);
      // one at a time, so that the answers are not dropped as well
      for (int attempt = 0; attempt < 3 && !accepted.contains(id); attempt++) {
        acksDue = new CountDownLatch(1);
        MqttMessage hello =
            new MqttMessage(WireJson.mapper().writeValueAsBytes(new TransferQuery(id)));
        hello.setQos(1);
        publish(kitClient, Topics.hello(KIT), hello);
        drain();
        acksDue.await(5, TimeUnit.SECONDS);
        collectAccepted(kit, accepted);
      }
    }
    assertThat(accepted).containsAll(expected);
    return rate;
  }

  /** CPU time of this whole JVM: broker, hub, kit stand-in and the bench itself. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static int storedBundles(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SELECT count(*) FROM received_bundle", Integer.class);
  }

  /** Takes the acks received so far; each must verify and say ACCEPTED. */
  private void collectAccepted(Kit kit, Set<UUID> accepted) throws Exception {
    byte[] signed;
    while ((signed = acks.poll()) != null) {
      Ack ack = AckCodec.verify(signed, kit.ca(), Instant.now());
      assertThat(ack.outcome())
          .as("%s: %s", ack.reason(), ack.detail())
          .isEqualTo(Ack.Outcome.ACCEPTED);
      accepted.add(ack.bundleId());
    }
  }

  /**
   * Bundles per second and MB/s, from the first publish to the end; {@code published} is when the
   * broker had PUBACKed all publishes; {@code acksDropped} is -1 for the raw run.
   */
  private record Rate(
      int count,
      int payloadBytes,
      long startNanos,
      long publishedNanos,
      long endNanos,
      int acksDropped,
      long medianAckNanos,
      long cpuNanos,
      long jitMillis) {

    double seconds() {
      return (endNanos - startNanos) / 1e9;
    }

    double perSecond() {
      return count / seconds();
    }

    double megabytesPerSecond() {
      return (double) count * payloadBytes / seconds() / 1e6;
    }

    @Override
    public String toString() {
      return String.format(
              "%d x %,d B in %.3f s (all published after %.3f s): %.1f msg/s, %.2f MB/s%s%s",
              count,
              payloadBytes,
              seconds(),
              (publishedNanos - startNanos) / 1e9,
              perSecond(),
              megabytesPerSecond(),
              acksDropped < 0 ? "" : ", " + acksDropped + " acks dropped by the hub",
              medianAckNanos < 0
                  ? ""
                  : String.format(", median %.1f ms from publish to ack", medianAckNanos / 1e6))
          + String.format(
              ", CPU of this JVM %.2f ms per message (%.2f of %d cores busy, JIT compiling %.0f %%"
                  + " of the time)",
              cpuNanos / 1e6 / count,
              cpuNanos / (double) (endNanos - startNanos),
              Runtime.getRuntime().availableProcessors(),
              jitMillis * 1e8 / (endNanos - startNanos));
    }
  }

  private static Rate median(List<Rate> rates) {
    List<Rate> sorted = new ArrayList<>(rates);
    sorted.sort((a, b) -> Double.compare(a.perSecond(), b.perSecond()));
    return sorted.get(sorted.size() / 2);
  }

  // ---- bytes on the wire ----

  /**
   * A 20 MB scan as a kit sends it (hello, then 256 KiB chunks, at most {@value #WINDOW} in flight)
   * through a relay that counts the bytes going up, without a cut; compare the "Wire:" line of
   * LargeBundleResumeIT, which cuts the link once.
   */
  private void wire(Kit kit, Bundle small) throws Exception {
    byte[] scan = new byte[SCAN_BYTES];
    new Random(20).nextBytes(scan);
    SealedBundle sealed =
        kit.sealer()
            .sealContents(
                List.of(
                    new CaseContent(
                        caseData(++sealedSoFar), List.of(new Attachment("scan-1.pdf", scan)))));
    List<Chunk> chunks =
        ChunkCodec.split(sealed.bundleId(), sealed.bytes(), ChunkCodec.DEFAULT_CHUNK_BYTES);
    CompletableFuture<byte[]> status = new CompletableFuture<>();
    CompletableFuture<byte[]> ack = new CompletableFuture<>();
    try (CuttingProxy relay = new CuttingProxy(broker.port)) {
      MqttConnectionOptions options = new MqttConnectionOptions();
      // as MqttLink connects
      options.setCleanStart(false);
      options.setSessionExpiryInterval(EXPIRY_SECONDS);
      options.setKeepAliveInterval(30);
      MqttAsyncClient c =
          connect(
              relay.url(),
              "bench-kit-wire",
              options,
              (topic, message) -> {
                if (topic.equals(Topics.transferStatus(KIT))) {
                  status.complete(message.getPayload());
                } else if (topic.equals(Topics.acks(KIT))) {
                  ack.complete(message.getPayload());
                }
              });
      c.subscribe(
              new String[] {Topics.acks(KIT), Topics.transferStatus(KIT), Topics.commands(KIT)},
              new int[] {1, 1, 1})
          .waitForCompletion(10_000);
      long connected = relay.upstreamBytes();
      MqttMessage hello =
          new MqttMessage(
              WireJson.mapper().writeValueAsBytes(new TransferQuery(sealed.bundleId())));
      hello.setQos(1);
      c.publish(Topics.hello(KIT), hello).waitForCompletion(10_000);
      status.get(10, TimeUnit.SECONDS);
      Thread.sleep(200);
      long helloDone = relay.upstreamBytes();
      long analytic = 0;
      for (Chunk chunk : chunks) {
        byte[] payload = ChunkCodec.encode(chunk);
        String topic = Topics.chunk(KIT, sealed.bundleId(), chunk.index());
        publish(c, topic, message(payload, chunk.index(), chunk.count()));
        analytic += publishPacketBytes(topic, payload.length, chunk.index() + 1, chunk.count());
      }
      drain();
      Thread.sleep(200);
      long chunksDone = relay.upstreamBytes();
      Ack answer = AckCodec.verify(ack.get(120, TimeUnit.SECONDS), kit.ca(), Instant.now());
      assertThat(answer.outcome()).isEqualTo(Ack.Outcome.ACCEPTED);
      c.disconnect().waitForCompletion(5_000);
      Thread.sleep(200);
      long total = relay.upstreamBytes();
      long chunkBytes = chunksDone - helloDone;
      System.out.printf(
          "Bench: Wire: %,d bytes up for a %,d byte scan (%.4f bytes per payload byte, %.4f per"
              + " sealed byte), sealed %,d bytes, %d chunks, no cut, nothing resent%n",
          total,
          SCAN_BYTES,
          (double) total / SCAN_BYTES,
          (double) total / sealed.bytes().length,
          sealed.bytes().length,
          chunks.size());
      System.out.printf(
          "Bench: Wire: connect+subscribe %,d B, hello+PUBACK of the status %,d B, chunk PUBLISH"
              + " packets %,d B measured vs %,d B computed (%.1f B per chunk over the data),"
              + " ack PUBACK+disconnect %,d B%n",
          connected,
          helloDone - connected,
          chunkBytes,
          analytic,
          (double) (chunkBytes - sealed.bytes().length) / chunks.size(),
          total - chunksDone);
    }
    int smallPacket = publishPacketBytes(small.topic(), small.chunk().length, 1, 1);
    System.out.printf(
        "Bench: Wire: 50 KB bundle: PUBLISH %,d B for a %,d B sealed bundle (%.4f per sealed"
            + " byte, %.4f per attachment byte)%n",
        smallPacket,
        small.sealed().length,
        (double) smallPacket / small.sealed().length,
        (double) smallPacket / ATTACHMENT_BYTES);
  }

  /**
   * Size of an MQTT v5 PUBLISH at QoS 1 as MqttLink builds it: fixed header, topic, packet id,
   * properties (message expiry, response topic, user properties bk-format and bk-chunk), payload.
   * Without a topic alias, which a client may add (3 bytes) when the broker allows aliases.
   */
  static int publishPacketBytes(String topic, int payloadBytes, int chunkNumber, int chunkCount) {
    int properties =
        (1 + 4) // message expiry interval
            + (1 + utf8(Topics.acks(KIT))) // response topic
            + (1 + utf8("bk-format") + utf8(BundleFormat.version()))
            + (1 + utf8("bk-chunk") + utf8(chunkNumber + "/" + chunkCount));
    int remaining =
        utf8(topic) + 2 + varIntBytes(properties) + properties + payloadBytes; // 2: packet id
    return 1 + varIntBytes(remaining) + remaining;
  }

  private static int utf8(String s) {
    return 2 + s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static int varIntBytes(int value) {
    return value < 128 ? 1 : value < 16_384 ? 2 : value < 2_097_152 ? 3 : 4;
  }

  // ---- where the time goes ----

  /**
   * The hub's steps for one bundle, one by one as IngestService and ChunkAssembler take them, on
   * the hub's own beans in this JVM (no MQTT), each timed; then the whole
   * IngestService.receiveChunk for comparison, and what Paho's file persistence costs per outgoing
   * ack.
   */
  private void profile(Kit kit, String label) throws Exception {
    ConfigurableApplicationContext hubContext = town.hubContext();
    HubKeys keys = hubContext.getBean(HubKeys.class);
    ChunkStore store = hubContext.getBean(ChunkStore.class);
    ReceivedCases cases = hubContext.getBean(ReceivedCases.class);
    KitRegistry kits = hubContext.getBean(KitRegistry.class);
    AuditLog audit = hubContext.getBean(AuditLog.class);
    FormCatalog catalog = hubContext.getBean(FormCatalog.class);
    BundleOpener opener =
        new BundleOpener(
            keys.encryption(), keys.ca().certificate(), BundleLimits.defaults(), Clock.systemUTC());
    String[] steps = {
      "chunk decode (SHA-256 of the data)",
      "chunk store: look up transfer",
      "chunk store: begin transfer (commit)",
      "chunk store: put chunk (commit, 53 KB)",
      "chunk store: held chunks",
      "chunk store: read back",
      "chunk store: discard (commit)",
      "SHA-256 of the whole",
      "BundleOpener.open (decrypt, verify, unzip)",
      "kit revoked?",
      "form validation",
      "storeOnce: bundle, case, attachment (commit)",
      "kit last seen (commit)",
      "audit entry (commit)",
      "sign the ack (ECDSA)"
    };
    long[] nanos = new long[steps.length];
    List<Bundle> bundles = seal(kit, PROFILE_BUNDLES);
    for (Bundle b : bundles) {
      int i = 0;
      long t = System.nanoTime();
      Chunk chunk = ChunkCodec.decode(b.chunk());
      t = lap(nanos, i++, t);
      store.transfer(chunk.bundleId());
      t = lap(nanos, i++, t);
      store.begin(
          new ChunkStore.Transfer(
              chunk.bundleId(), KIT, chunk.count(), chunk.bundleSize(), chunk.bundleSha256Hex()));
      t = lap(nanos, i++, t);
      store.put(chunk.bundleId(), chunk.index(), chunk.data());
      t = lap(nanos, i++, t);
      store.held(chunk.bundleId()).cardinality();
      t = lap(nanos, i++, t);
      byte[] whole = store.assemble(chunk.bundleId());
      t = lap(nanos, i++, t);
      store.discard(chunk.bundleId());
      t = lap(nanos, i++, t);
      assertThat(Pki.sha256Hex(whole)).isEqualTo(chunk.bundleSha256Hex());
      t = lap(nanos, i++, t);
      OpenedBundle opened = opener.open(whole);
      t = lap(nanos, i++, t);
      assertThat(kits.isRevoked(KIT)).isFalse();
      t = lap(nanos, i++, t);
      for (CaseData c : opened.cases()) {
        assertThat(
                FormValidator.validate(
                    catalog.find(c.formId(), c.formVersion()).orElseThrow(),
                    c.fields(),
                    LocalDate.ofInstant(c.capturedAt(), ZoneId.of("Europe/Berlin"))))
            .isEmpty();
      }
      t = lap(nanos, i++, t);
      ReceivedCases.StoreResult stored = cases.storeOnce(opened, Instant.now());
      t = lap(nanos, i++, t);
      kits.seen(KIT, Instant.now());
      t = lap(nanos, i++, t);
      audit.record(KIT, AuditAction.SYNC_ACCEPT, b.id().toString(), "cases=1; new=1; bench");
      t = lap(nanos, i++, t);
      AckCodec.sign(
          Ack.accepted(b.id(), stored.storedSha256(), stored.caseIds(), Instant.now()),
          keys.signing());
      lap(nanos, i, t);
    }
    double total = Arrays.stream(nanos).sum() / 1e6 / bundles.size();
    System.out.printf(
        "Bench: profile (%s), %d bundles, steps in this JVM without MQTT, ms per bundle:%n",
        label, bundles.size());
    for (int i = 0; i < steps.length; i++) {
      double ms = nanos[i] / 1e6 / bundles.size();
      System.out.printf("Bench:   %-46s %6.2f ms  %4.1f %%%n", steps[i], ms, 100 * ms / total);
    }
    double commits = (nanos[2] + nanos[3] + nanos[6] + nanos[11] + nanos[12] + nanos[13]) / 1e6;
    System.out.printf(
        "Bench:   %-46s %6.2f ms (%.0f bundles/s); the 6 commits %.2f ms (%.0f %%)%n",
        "sum",
        total,
        1000 / total,
        commits / bundles.size(),
        100 * commits / bundles.size() / total);

    List<Bundle> more = seal(kit, PROFILE_BUNDLES);
    IngestService ingest = hubContext.getBean(IngestService.class);
    long t = System.nanoTime();
    for (Bundle b : more) {
      assertThat(ingest.receiveChunk(KIT, b.id(), b.chunk())).isPresent();
    }
    System.out.printf(
        "Bench:   IngestService.receiveChunk as a whole: %.2f ms per bundle (%.0f bundles/s)%n",
        millisEach(t, more.size()), 1000 / millisEach(t, more.size()));

    // what the hub's MQTT client adds per ack: MqttDefaultFilePersistence syncs every QoS 1 publish
    MqttDefaultFilePersistence persistence =
        new MqttDefaultFilePersistence(dir.resolve("paho-persistence").toString());
    persistence.open("bench-hub");
    MqttMessage ack = new MqttMessage(new byte[1_100]);
    ack.setQos(1);
    t = System.nanoTime();
    for (int i = 1; i <= PROFILE_BUNDLES; i++) {
      MqttPublish publish = new MqttPublish(Topics.acks(KIT), ack, new MqttProperties());
      publish.setMessageId(i);
      persistence.put("s-" + i, publish);
      persistence.remove("s-" + i);
    }
    System.out.printf(
        "Bench:   Paho file persistence, put and remove of one outgoing ack: %.2f ms%n",
        millisEach(t, PROFILE_BUNDLES));
    persistence.close();
  }

  private static long lap(long[] nanos, int step, long since) {
    long now = System.nanoTime();
    nanos[step] += now - since;
    return now;
  }

  private static double millisEach(long startNanos, int count) {
    return (System.nanoTime() - startNanos) / 1e6 / count;
  }

  /**
   * Two things found in the hub's MQTT client, shown with plain Paho clients only (no hub code): a
   * stand-in for the hub takes {@value #STAND_IN_MILLIS} ms per message and answers each at QoS 1,
   * as MqttIngest does. (1) Under a backlog Paho drops answers ("too many publishes in progress")
   * unless the client's receive maximum is below Paho's inbound queue of 10. (2) Without
   * TCP_NODELAY, Nagle's algorithm holds the answer behind the PUBACK just written until the broker
   * acknowledges it (delayed ACK, up to 40 ms), which bounds request-answer traffic.
   */
  private void pahoDiagnosis(byte[] payload) throws Exception {
    // what every Paho subscriber (the hub's and the raw run's) pays per received message: the
    // packet is parsed through a counting stream over a ByteArrayInputStream, byte by byte, and
    // each byte takes that stream's (uncontended) lock
    MqttMessage sent = message(payload, 0, 1);
    MqttPublish received = new MqttPublish("bench/parse", sent, sent.getProperties());
    received.setMessageId(1);
    byte[] header = received.getHeader();
    byte[] packet = Arrays.copyOf(header, header.length + payload.length);
    System.arraycopy(payload, 0, packet, header.length, payload.length);
    for (int i = 0; i < PROFILE_BUNDLES; i++) {
      org.eclipse.paho.mqttv5.common.packet.MqttWireMessage.createWireMessage(packet);
    }
    long t = System.nanoTime();
    for (int i = 0; i < PROFILE_BUNDLES; i++) {
      org.eclipse.paho.mqttv5.common.packet.MqttWireMessage.createWireMessage(packet);
    }
    System.out.printf(
        "Bench: Paho parses one received %,d-byte PUBLISH in %.2f ms (on the receiving thread)%n",
        packet.length, millisEach(t, PROFILE_BUNDLES));
    System.out.println("Bench: stand-in hub (plain Paho, " + STAND_IN_MILLIS + " ms per message):");
    standIn(payload, false, 0, 0);
    standIn(payload, false, 8, 0);
    standIn(payload, false, 8, 8);
    standIn(payload, true, 8, 8);
    standIn(payload, false, 8, 1);
    standIn(payload, true, 8, 1);
  }

  private static final int STAND_IN_MILLIS = 10;
  private int standIns;

  /**
   * @param noDelay TCP_NODELAY on the sockets of the stand-in and of the requester
   * @param receiveMaximum the stand-in's receive maximum, 0 for Paho's default (65,535)
   * @param pace messages awaiting their answer, 0 for all at once
   */
  private void standIn(byte[] payload, boolean noDelay, int receiveMaximum, int pace)
      throws Exception {
    int n = 300;
    String prefix = "bench/standin/" + ++standIns + "/";
    java.util.concurrent.atomic.AtomicInteger dropped =
        new java.util.concurrent.atomic.AtomicInteger();
    CountDownLatch handled = new CountDownLatch(n);
    MqttConnectionOptions responderOptions = new MqttConnectionOptions();
    if (receiveMaximum > 0) {
      responderOptions.setReceiveMaximum(receiveMaximum);
    }
    if (noDelay) {
      responderOptions.setSocketFactory(new NoDelaySockets());
    }
    MqttAsyncClient[] responder = new MqttAsyncClient[1];
    responder[0] =
        connect(
            broker.url(),
            "bench-stand-in-" + standIns,
            responderOptions,
            (topic, message) -> {
              try {
                Thread.sleep(STAND_IN_MILLIS);
                MqttMessage answer = new MqttMessage(new byte[1_100]);
                answer.setQos(1);
                MqttProperties properties = new MqttProperties();
                properties.setCorrelationData(
                    topic.substring((prefix + "in/").length()).getBytes(StandardCharsets.US_ASCII));
                answer.setProperties(properties);
                responder[0].publish(prefix + "answer", answer);
              } catch (MqttException e) {
                dropped.incrementAndGet();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              handled.countDown();
            });
    responder[0].subscribe(prefix + "in/#", 1).waitForCompletion(10_000);
    Map<String, Long> sent = new java.util.concurrent.ConcurrentHashMap<>();
    Queue<Long> latencies = new ConcurrentLinkedQueue<>();
    Semaphore awaiting = new Semaphore(pace > 0 ? pace : n);
    CountDownLatch answered = new CountDownLatch(n);
    MqttConnectionOptions requesterOptions = new MqttConnectionOptions();
    if (noDelay) {
      requesterOptions.setSocketFactory(new NoDelaySockets());
    }
    MqttAsyncClient requester =
        connect(
            broker.url(),
            "bench-requester-" + standIns,
            requesterOptions,
            (topic, message) -> {
              Long at =
                  sent.remove(
                      new String(
                          message.getProperties().getCorrelationData(), StandardCharsets.US_ASCII));
              if (at != null) {
                latencies.add(System.nanoTime() - at);
              }
              awaiting.release();
              answered.countDown();
            });
    requester.subscribe(prefix + "answer", 1).waitForCompletion(10_000);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      assertThat(awaiting.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
      sent.put(String.valueOf(i), System.nanoTime());
      publish(requester, prefix + "in/" + i, message(payload, 0, 1));
    }
    drain();
    assertThat(handled.await(ROUND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (answered.getCount() > dropped.get() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    System.out.printf(
        "Bench:   TCP_NODELAY %-5s receive maximum %-6s %-22s %5.1f msg/s, %3d of %d answers"
            + " dropped, median %.1f ms from request to answer%n",
        noDelay,
        receiveMaximum > 0 ? receiveMaximum : "65535",
        pace > 0 ? pace + " awaiting an answer:" : "all at once:",
        n / seconds,
        dropped.get(),
        n,
        sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2) / 1e6);
    for (MqttAsyncClient c : List.of(responder[0], requester)) {
      c.disconnect().waitForCompletion(5_000);
      c.close();
      clients.remove(c);
    }
  }

  /** Sockets with Nagle's algorithm off. */
  private static final class NoDelaySockets extends javax.net.SocketFactory {

    private static java.net.Socket noDelay(java.net.Socket socket) throws java.io.IOException {
      socket.setTcpNoDelay(true);
      return socket;
    }

    @Override
    public java.net.Socket createSocket() throws java.io.IOException {
      return noDelay(new java.net.Socket());
    }

    @Override
    public java.net.Socket createSocket(String host, int port) throws java.io.IOException {
      return noDelay(new java.net.Socket(host, port));
    }

    @Override
    public java.net.Socket createSocket(
        String host, int port, java.net.InetAddress local, int localPort)
        throws java.io.IOException {
      return noDelay(new java.net.Socket(host, port, local, localPort));
    }

    @Override
    public java.net.Socket createSocket(java.net.InetAddress host, int port)
        throws java.io.IOException {
      return noDelay(new java.net.Socket(host, port));
    }

    @Override
    public java.net.Socket createSocket(
        java.net.InetAddress host, int port, java.net.InetAddress local, int localPort)
        throws java.io.IOException {
      return noDelay(new java.net.Socket(host, port, local, localPort));
    }
  }

  /**
   * The same hub run once more with SQLite at {@code synchronous=NORMAL} (a data source put in by
   * this benchmark, not a setting of the hub): how much of the time is waiting for the disk.
   */
  private void normalSyncHub(Kit kit, MqttAsyncClient kitClient) throws Exception {
    List<List<Bundle>> rounds = new ArrayList<>();
    for (int r = 0; r < ROUNDS; r++) {
      rounds.add(seal(kit, BUNDLES));
    }
    town.close();
    town =
        new Town(dir, broker)
            .withHubArgs(Map.of("spring.main.sources", NormalSyncDataSource.class.getName()));
    town.startHub();
    for (int done = 0; done < WARMUP; done += BUNDLES) {
      hub(kitClient, seal(kit, BUNDLES), kit, 0);
    }
    List<Rate> hubs = new ArrayList<>();
    for (List<Bundle> round : rounds) {
      hubs.add(hub(kitClient, round, kit, 0));
      System.out.printf("Bench: hub with synchronous=NORMAL: %s%n", hubs.get(hubs.size() - 1));
    }
    System.out.printf(
        "Bench: median hub with synchronous=NORMAL (diagnosis only): %s%n", median(hubs));
  }

  /** For the diagnosis only: the hub's database with synchronous=NORMAL instead of FULL. */
  @Configuration(proxyBeanMethods = false)
  static class NormalSyncDataSource {

    @Bean
    @Primary
    DataSource benchDataSource(HubProperties properties) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(
          "jdbc:sqlite:"
              + properties.dataDir().resolve("hub.db").toAbsolutePath()
              + "?journal_mode=WAL&synchronous=NORMAL&foreign_keys=true&busy_timeout=10000");
      config.setMaximumPoolSize(4);
      config.setPoolName("bench-sqlite-normal");
      return new HikariDataSource(config);
    }
  }

  // ---- kit side: enrollment, sealing, publishing ----

  private record Kit(Credential credential, X509Certificate ca, BundleSealer sealer) {}

  /** A bundle sealed ahead of time, as the single chunk it travels in. */
  private record Bundle(UUID id, byte[] sealed, String topic, byte[] chunk) {}

  /** Enrolls a kit of our own with the hub's bootstrap token, as KitEnrollment does. */
  private Kit enroll() {
    KeyPair keys = Pki.newKeyPair();
    Town.Reply reply =
        town.hubPost(
            "/api/enrollment",
            Map.of("token", Town.TOKEN, "csrPem", Pki.createCsr(keys, KIT, Role.KIT)));
    assertThat(reply.status()).as("enrollment: %s", reply.json()).isEqualTo(200);
    X509Certificate cert = Pki.certificateFromPem(reply.json().get("kitCertificatePem").asText());
    X509Certificate ca = Pki.certificateFromPem(reply.json().get("caCertificatePem").asText());
    X509Certificate hubEncryption =
        Pki.certificateFromPem(reply.json().get("hubEncryptionCertificatePem").asText());
    Credential credential = new Credential(keys.getPrivate(), cert, List.of(ca));
    return new Kit(
        credential, ca, new BundleSealer(credential, List.of(hubEncryption), Clock.systemUTC()));
  }

  private List<Bundle> seal(Kit kit, int count) {
    Random random = new Random(sealedSoFar);
    List<Bundle> bundles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      byte[] scan = new byte[ATTACHMENT_BYTES];
      random.nextBytes(scan);
      SealedBundle sealed =
          kit.sealer()
              .sealContents(
                  List.of(
                      new CaseContent(
                          caseData(++sealedSoFar), List.of(new Attachment("scan-1.pdf", scan)))));
      List<Chunk> chunks =
          ChunkCodec.split(sealed.bundleId(), sealed.bytes(), ChunkCodec.DEFAULT_CHUNK_BYTES);
      assertThat(chunks).hasSize(1);
      bundles.add(
          new Bundle(
              sealed.bundleId(),
              sealed.bytes(),
              Topics.chunk(KIT, sealed.bundleId(), 0),
              ChunkCodec.encode(chunks.get(0))));
    }
    return bundles;
  }

  private static CaseData caseData(int number) {
    return new CaseData(
        UUID.randomUUID(),
        CaseNumbers.format("BNCH", number),
        "meldebescheinigung",
        FormCatalog.builtIn().latest("meldebescheinigung").orElseThrow().version(),
        Instant.now(),
        "Benchmark",
        VisitEndToEndIT.WEISS);
  }

  /** A chunk message with the properties MqttLink sets. */
  private static MqttMessage message(byte[] payload, int index, int count) {
    MqttMessage message = new MqttMessage(payload);
    message.setQos(1);
    MqttProperties properties = new MqttProperties();
    properties.setMessageExpiryInterval(EXPIRY_SECONDS);
    properties.setResponseTopic(Topics.acks(KIT));
    properties.setUserProperties(
        List.of(
            new UserProperty("bk-format", BundleFormat.version()),
            new UserProperty("bk-chunk", (index + 1) + "/" + count)));
    message.setProperties(properties);
    return message;
  }

  /** Publishes at QoS 1 with at most {@value #WINDOW} publishes awaiting the broker's PUBACK. */
  private void publish(MqttAsyncClient client, String topic, MqttMessage message) throws Exception {
    window.acquire();
    try {
      client.publish(
          topic,
          message,
          null,
          new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
              window.release();
            }

            @Override
            public void onFailure(IMqttToken token, Throwable e) {
              publishFailures.add(e);
              window.release();
            }
          });
    } catch (MqttException | RuntimeException e) {
      window.release();
      throw e;
    }
  }

  /** Waits until the broker has PUBACKed every publish; returns that moment. */
  private long drain() throws InterruptedException {
    assertThat(window.tryAcquire(WINDOW, ROUND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    long now = System.nanoTime();
    window.release(WINDOW);
    assertThat(publishFailures).isEmpty();
    return now;
  }

  private MqttAsyncClient connect(
      String url, String clientId, BiConsumer<String, MqttMessage> onMessage) throws Exception {
    MqttConnectionOptions options = new MqttConnectionOptions();
    options.setCleanStart(true);
    options.setKeepAliveInterval(30);
    return connect(url, clientId, options, onMessage);
  }

  private MqttAsyncClient connect(
      String url,
      String clientId,
      MqttConnectionOptions options,
      BiConsumer<String, MqttMessage> onMessage)
      throws Exception {
    MqttAsyncClient client = new MqttAsyncClient(url, clientId, new MemoryPersistence());
    client.setCallback(
        new MqttCallback() {
          @Override
          public void messageArrived(String topic, MqttMessage message) {
            onMessage.accept(topic, message);
          }

          @Override
          public void disconnected(MqttDisconnectResponse response) {}

          @Override
          public void mqttErrorOccurred(MqttException exception) {}

          @Override
          public void deliveryComplete(IMqttToken token) {}

          @Override
          public void connectComplete(boolean reconnect, String serverURI) {}

          @Override
          public void authPacketArrived(int reasonCode, MqttProperties properties) {}
        });
    client.connect(options).waitForCompletion(15_000);
    clients.add(client);
    return client;
  }
}
