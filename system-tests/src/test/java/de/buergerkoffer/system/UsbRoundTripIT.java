package de.buergerkoffer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No network for days: the clerk exports the pending bundles to a USB stick, the town hall imports
 * them and writes signed acks back onto the stick, the kit reads them. No broker runs at all.
 */
class UsbRoundTripIT {

  @TempDir Path dir;
  @TempDir Path stick;
  private TestBroker broker;
  private Town town;

  @BeforeEach
  void startTownWithoutAnyBroker() {
    broker = TestBroker.create(dir.resolve("broker"));
    town = new Town(dir, broker);
    town.startHub();
    town.startKit();
    town.awaitKitEnrolled();
  }

  @AfterEach
  void stopTown() {
    town.close();
    broker.close();
  }

  @Test
  void casesTravelOnAStickAndComeBackAcknowledged() throws Exception {
    String first = capture("Weiß");
    String second = capture("Müller");

    Town.Reply exported = town.kitPost("/api/export", Map.of("folder", stick.toString()));
    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.json().get("bundles").asInt()).isEqualTo(2);
    assertThat(onStick()).allSatisfy(this::revealsNoPersonalData);

    Town.Reply imported = town.hubPost("/api/import", Map.of("folder", stick.toString()));
    assertThat(imported.json().get("accepted").asInt()).isEqualTo(2);
    assertThat(town.hubGet("/api/cases/" + first).get("fields").get("familyName").asText())
        .isEqualTo("Weiß");

    Town.Reply again = town.hubPost("/api/import", Map.of("folder", stick.toString()));
    assertThat(again.json().get("accepted").asInt()).isEqualTo(2);
    assertThat(town.hubGet("/api/cases").size()).isEqualTo(2);

    Town.Reply acks = town.kitPost("/api/import-acks", Map.of("folder", stick.toString()));
    assertThat(acks.json().get("applied").asInt()).isEqualTo(2);
    assertThat(town.kitGet("/api/cases/" + first).get("status").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(town.kitGet("/api/cases/" + second).get("status").asText())
        .isEqualTo("ACKNOWLEDGED");
    assertThat(town.kitGet("/api/status").get("pendingCases").asInt()).isZero();
  }

  @Test
  void aForgedAckFileOnTheStickChangesNothing() throws Exception {
    String caseId = capture("Weiß");
    town.kitPost("/api/export", Map.of("folder", stick.toString()));
    Path bundle = onStick().get(0);
    Path forged =
        stick
            .resolve("buergerkoffer/kit-07/acks")
            .resolve(bundle.getFileName().toString().replace(".bkb", ".ack"));
    Files.createDirectories(forged.getParent());
    Files.writeString(forged, "{\"outcome\":\"ACCEPTED\"}");

    Town.Reply acks = town.kitPost("/api/import-acks", Map.of("folder", stick.toString()));

    assertThat(acks.json().get("applied").asInt()).isZero();
    assertThat(town.kitGet("/api/cases/" + caseId).get("status").asText()).isEqualTo("QUEUED");
  }

  private List<Path> onStick() throws Exception {
    try (Stream<Path> files = Files.walk(stick)) {
      return files.filter(f -> f.toString().endsWith(".bkb")).sorted().toList();
    }
  }

  private void revealsNoPersonalData(Path file) {
    try {
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(bytes).doesNotContain("Weiß", "Müller", "Brandis", "1941-02-28", "Friedens");
      String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertThat(utf8).doesNotContain("Weiß", "Müller");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String capture(String familyName) {
    var fields = new HashMap<>(VisitEndToEndIT.WEISS);
    fields.put("familyName", familyName);
    Town.Reply reply =
        town.kitPost("/api/cases", Map.of("formId", "meldebescheinigung", "fields", fields));
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().get("caseId").asText();
  }
}
