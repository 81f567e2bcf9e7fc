package de.buergerkoffer.hub.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.StoredTime;
import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.hub.AdminSession;
import de.buergerkoffer.hub.FreePort;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.broker.EmbeddedBroker;
import de.buergerkoffer.hub.enrollment.HubKeys;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole hub with a real (embedded) broker: a visit planned over the API or the page ends up
 * retained on the kit's visit-plan topic, readable only with that kit's key.
 */
class VisitPlanPublishingTest {

  @TempDir static Path dir;
  static EmbeddedBroker broker;
  static int brokerPort;
  static TestHub hub;
  static TestKit kit07;
  static TestKit kit08;
  static AdminSession admin;
  static LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);

  @BeforeAll
  static void start() {
    brokerPort = FreePort.find();
    broker = EmbeddedBroker.start(dir.resolve("broker"), "127.0.0.1", brokerPort);
    hub = TestHub.start(dir.resolve("hub"), Map.of("bk.mqtt.url", broker.url()));
    admin = new AdminSession(hub);
    HubKeys keys = hub.bean(HubKeys.class);
    kit07 = enroll(keys, "kit-07");
    kit08 = enroll(keys, "kit-08");
  }

  static TestKit enroll(HubKeys keys, String kitId) {
    TestKit kit = TestKit.certifiedBy(keys, kitId);
    hub.jdbc()
        .update(
            "INSERT INTO kit (kit_id, certificate_pem, enrolled_at) VALUES (?, ?, ?)",
            kitId,
            Pki.toPem(kit.credential().certificate()),
            StoredTime.format(Instant.now()));
    return kit;
  }

  @AfterAll
  static void stop() {
    hub.close();
    broker.close();
  }

  @Test
  void aVisitPlannedOverTheApiIsRetainedSealedForTheKitAndOpensWithItsKey() throws Exception {
    HttpResponse<String> created =
        hub.postJson(
            "/api/visits",
            """
            {"kitId":"kit-07","day":"%s","time":"10:30","residentName":"Müller, Erika",
             "address":"Hauptstraße 7, 37671 Höxter","formIds":["meldebescheinigung"],
             "note":"Klingeln bei Nachbarin"}
            """
                .formatted(tomorrow));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    byte[] retained = retainedPlan("kit-07", "Müller, Erika");
    VisitPlan plan =
        HubSigned.openSealed(
            retained,
            kit07.credential(),
            hub.bean(HubKeys.class).ca().certificate(),
            Instant.now(),
            VisitPlan.class);
    assertThat(plan.kitId()).isEqualTo("kit-07");
    VisitPlan.PlannedVisit visit =
        plan.visits().stream()
            .filter(v -> v.residentName().equals("Müller, Erika"))
            .findFirst()
            .orElseThrow();
    assertThat(visit.day()).isEqualTo(tomorrow);
    assertThat(visit.time()).isEqualTo("10:30");
    assertThat(visit.address()).isEqualTo("Hauptstraße 7, 37671 Höxter");
    assertThat(visit.formIds()).containsExactly("meldebescheinigung");
    assertThat(visit.note()).isEqualTo("Klingeln bei Nachbarin");
    // the broker sees only ciphertext, and another kit cannot open it
    assertThat(new String(retained, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("Müller")
        .doesNotContain("Hauptstra");
    assertThatThrownBy(
            () ->
                HubSigned.openSealed(
                    retained,
                    kit08.credential(),
                    hub.bean(HubKeys.class).ca().certificate(),
                    Instant.now(),
                    VisitPlan.class))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void aBrokerThatForgotItsRetainedMessagesGetsThePlanAgainWhenTheHubReconnects() throws Exception {
    hub.postJson(
        "/api/visits",
        """
        {"kitId":"kit-07","day":"%s","residentName":"Neumann, Ida","formIds":["briefwahl"]}
        """
            .formatted(tomorrow));
    retainedPlan("kit-07", "Neumann, Ida");

    // the embedded broker keeps retained messages in memory only
    broker.close();
    broker = EmbeddedBroker.start(dir.resolve("broker2"), "127.0.0.1", brokerPort);

    retainedPlan("kit-07", "Neumann, Ida");
  }

  @Test
  void theApiRefusesAVisitWithoutAServiceAndSaysWhyInGerman() {
    HttpResponse<String> refused =
        hub.postJson(
            "/api/visits",
            """
            {"kitId":"kit-08","day":"%s","residentName":"Weiß, Anna","formIds":[]}
            """
                .formatted(tomorrow));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Bitte mindestens eine Leistung wählen.");
  }

  @Test
  void thePlanningPageListsTheKitsVisitsOfTheDay() {
    hub.postJson(
        "/api/visits",
        """
        {"kitId":"kit-08","day":"%s","time":"14:00","residentName":"Schulz, Otto",
         "address":"Am Markt 1","formIds":["briefwahl"]}
        """
            .formatted(tomorrow));

    HttpResponse<String> page = admin.get("/planung?koffer=kit-08&tag=" + tomorrow);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Schulz, Otto").contains("Am Markt 1").contains("14:00");
    assertThat(page.body()).contains("an den Koffer übergeben");
    long version = hub.bean(VisitPlanning.class).lastIssued("kit-08").orElseThrow().version();
    assertThat(page.body()).contains("Version " + version + " vom");
  }

  @Test
  void onThePageAVisitIsAddedChangedAndRemovedAndMistakesAreShownNextToTheFields()
      throws Exception {
    HttpResponse<String> missing =
        postForm(
            "/planung/besuch", "kitId=kit-08&day=" + tomorrow + "&residentName=&formIds=briefwahl");
    assertThat(missing.statusCode()).isEqualTo(200);
    assertThat(missing.body()).contains("Bitte den Namen angeben.");

    HttpResponse<String> added =
        postForm(
            "/planung/besuch",
            "kitId=kit-08&day="
                + tomorrow
                + "&time=09%3A00&residentName=Bauer%2C+Karl&address=Lindenweg+2"
                + "&formIds=briefwahl&formIds=meldebescheinigung&note=");
    assertThat(added.statusCode()).isEqualTo(302);
    Visit visit =
        hub.bean(VisitPlanning.class).onDay("kit-08", tomorrow).stream()
            .filter(v -> v.residentName().equals("Bauer, Karl"))
            .findFirst()
            .orElseThrow();
    assertThat(visit.formIds()).containsExactly("briefwahl", "meldebescheinigung");

    String edit = admin.get("/planung/besuch/" + visit.visitId()).body();
    assertThat(edit).contains("Besuch bearbeiten").contains("value=\"Bauer, Karl\"");
    postForm(
        "/planung/besuch/" + visit.visitId(),
        "day="
            + tomorrow.plusDays(1)
            + "&time=11%3A00&residentName=Bauer%2C+Karl&formIds=briefwahl");
    Visit changed = hub.bean(VisitPlanning.class).find(visit.visitId()).orElseThrow();
    assertThat(changed.day()).isEqualTo(tomorrow.plusDays(1));
    assertThat(changed.kitId()).isEqualTo("kit-08");
    assertThat(changed.formIds()).containsExactly("briefwahl");

    postForm("/planung/besuch/" + visit.visitId() + "/entfernen", "");
    assertThat(hub.bean(VisitPlanning.class).find(visit.visitId())).isEmpty();
    assertThat(
            hub.jdbc()
                .queryForList(
                    "SELECT detail FROM audit_log WHERE action = 'VISIT_PLAN'", String.class))
        .anyMatch(d -> d.equals("removed visit " + visit.visitId()))
        .noneMatch(d -> d.contains("Bauer"));
  }

  private static HttpResponse<String> postForm(String path, String form) {
    Map<String, java.util.List<String>> fields = new java.util.LinkedHashMap<>();
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=", 2);
      fields
          .computeIfAbsent(kv[0], k -> new java.util.ArrayList<>())
          .add(
              java.net.URLDecoder.decode(
                  kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
    }
    return admin.post(path, fields, "/planung?koffer=kit-08");
  }

  /** Subscribes as a kit would and waits for a retained plan that names the resident. */
  private static byte[] retainedPlan(String kitId, String resident) throws Exception {
    BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    MqttClient client =
        new MqttClient(broker.url(), "plan-reader-" + kitId, new MemoryPersistence());
    client.connect(new MqttConnectionOptions());
    try {
      // the array form: Paho's single-topic overload with a listener recurses endlessly
      client.subscribe(
          new MqttSubscription[] {new MqttSubscription(Topics.visitPlan(kitId), 1)},
          new IMqttMessageListener[] {(topic, message) -> received.add(message.getPayload())});
      byte[] payload = received.poll(30, TimeUnit.SECONDS);
      assertThat(payload).as("retained visit plan").isNotNull();
      VisitPlan plan =
          HubSigned.openSealed(
              payload,
              kit07.credential(),
              hub.bean(HubKeys.class).ca().certificate(),
              Instant.now(),
              VisitPlan.class);
      assertThat(plan.visits()).extracting(VisitPlan.PlannedVisit::residentName).contains(resident);
      return payload;
    } finally {
      client.disconnect();
      client.close();
    }
  }
}
