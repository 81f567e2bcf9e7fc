package de.buergerkoffer.kit.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.buergerkoffer.bundle.BundleSealer;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.kit.outbox.Outbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest, checked the way a thief would: copy the kit's whole data folder (database,
 * write-ahead log, shared memory, keys, and the MQTT client's folder {@code mqtt/} when it has
 * written one – an offline kit has not) and search every byte for a resident's name, a birth date
 * and a scanned page. The case is sealed into the outbox too, so the bytes the MQTT client would
 * keep in {@code mqtt/} are part of the scan.
 */
class DataFolderScanTest {

  private static final String NAME = "Weißenböck";
  private static final String BIRTH_DATE = "1937-03-14";
  private static final Map<String, String> FIELDS =
      Map.of(
          "familyName", NAME,
          "givenNames", "Hedwig",
          "birthDate", BIRTH_DATE,
          "street", "Am Brückentor 3",
          "postalCode", "37671",
          "city", "Höxter",
          "purpose", "Rentenversicherung",
          "delivery", "post");

  @TempDir Path dataDir;
  @TempDir Path copies;

  private final byte[] page = scannedPage();

  @Test
  void noNameBirthDateOrScannedPageAppearsInAnyByteOfTheDataFolder() throws Exception {
    DataFolderScan scan = secrets();
    Path whileRunning = copies.resolve("while-running");
    Path afterStop = copies.resolve("after-stop");
    try (TestKit kit = TestKit.start(dataDir)) {
      JsonNode captured = kit.capture(FIELDS, "seite-1.png", page);
      String caseId = captured.get("caseId").asText();
      sealIntoTheOutbox(kit, UUID.fromString(caseId));

      assertThat(kit.get("/api/cases/" + caseId).get("fields").get("familyName").asText())
          .as("the kit itself reads the case")
          .isEqualTo(NAME);
      List<Path> copied = DataFolderScan.copy(dataDir, whileRunning);
      assertThat(copied)
          .as("the copy holds the database with its write-ahead log and the key file")
          .contains(
              Path.of("kit.db"),
              Path.of("kit.db-wal"),
              Path.of("kit.db-shm"),
              Path.of("keys/data-key.json"));
      assertThat(Files.size(dataDir.resolve("kit.db-wal")))
          .as("the case is still in the write-ahead log")
          .isGreaterThan(page.length);
    }
    DataFolderScan.copy(dataDir, afterStop);

    assertThat(scan.findings(whileRunning)).isEmpty();
    assertThat(scan.findings(afterStop)).isEmpty();
  }

  @Test
  void theScanFindsTheSecretsWhereTheyAreInPlainText() throws Exception {
    Path folder = copies.resolve("plain");
    Files.createDirectories(folder.resolve("mqtt"));
    Files.writeString(folder.resolve("fields.json"), "{\"familyName\":\"" + NAME + "\"}");
    Files.writeString(
        folder.resolve("escaped.json"), "{\"familyName\":\"Wei\\u00dfenb\\u00f6ck\"}");
    Files.writeString(folder.resolve("mqtt/chunk"), "...birthDate=" + BIRTH_DATE + "...");
    byte[] withPage = new byte[page.length + 100];
    System.arraycopy(page, 0, withPage, 37, page.length);
    Files.write(folder.resolve("page.bin"), withPage);

    assertThat(secrets().findings(folder))
        .contains(
            "fields.json: \"" + NAME + "\"",
            "escaped.json: \"Wei\\u00dfenb\\u00f6ck\"",
            "mqtt/chunk: \"" + BIRTH_DATE + "\"",
            "page.bin: scanned page bytes 0..63");
  }

  private DataFolderScan secrets() {
    return new DataFolderScan().text(NAME).text(BIRTH_DATE).document("scanned page", page);
  }

  /** A scanned page: a PNG signature, then 4 KiB of random bytes no other file can contain. */
  private static byte[] scannedPage() {
    byte[] page = new byte[4096 + 8];
    new SecureRandom().nextBytes(page);
    System.arraycopy(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, page, 0, 8);
    return page;
  }

  /**
   * Does what the sync agent does once the kit is enrolled: seals the case (signed, encrypted for
   * the hub) and stores the bundle in the outbox, so the sealed bytes are part of the scan too.
   */
  private static void sealIntoTheOutbox(TestKit kit, UUID caseId) {
    Clock clock = Clock.systemUTC();
    Credential ca = Pki.createCa("Test Hub CA", Duration.ofDays(30), clock);
    Credential hub = issue(ca, "hub", Role.HUB_ENCRYPTION, clock);
    Credential kitKey = issue(ca, "kit-07", Role.KIT, clock);
    Outbox outbox = kit.bean(Outbox.class);
    List<CaseContent> unsealed = outbox.unsealed(10);
    assertThat(unsealed).extracting(c -> c.data().caseId()).containsExactly(caseId);
    assertThat(
            unsealed.get(0).attachments().stream()
                .filter(a -> a.name().equals("seite-1.png"))
                .findFirst()
                .orElseThrow()
                .data())
        .as("the outbox reads the document back")
        .hasSize(4096 + 8);
    outbox.attachBundle(
        caseId, new BundleSealer(kitKey, List.of(hub.certificate()), clock).sealContents(unsealed));
  }

  private static Credential issue(Credential ca, String name, Role role, Clock clock) {
    KeyPair keys = Pki.newKeyPair();
    return new Credential(
        keys.getPrivate(),
        Pki.issue(ca, keys.getPublic(), name, role, Duration.ofDays(1), clock),
        List.of(ca.certificate()));
  }
}
