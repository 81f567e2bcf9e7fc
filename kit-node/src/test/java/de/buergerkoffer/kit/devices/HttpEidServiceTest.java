package de.buergerkoffer.kit.devices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.buergerkoffer.hardware.idcard.Authenticity;
import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import de.buergerkoffer.kit.FreePort;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kit's client for the town's eID service against a real HTTP server on loopback ({@link
 * FakeEidService}): the contract of docs/hardware.md, and every way the service can fail giving "no
 * data" instead of an exception.
 */
class HttpEidServiceTest {

  private static final URI REFRESH = URI.create("https://eid.musterstadt.de/refresh?refID=4711");
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private FakeEidService town;

  @AfterEach
  void stop() {
    if (town != null) {
      town.close();
    }
  }

  private HttpEidService client(String token) {
    return new HttpEidService(town.url(), Duration.ofMillis(500), token, JSON);
  }

  @Test
  void theResultForTheRefreshUrlBecomesEidDataVerifiedByTheEidFunction() throws Exception {
    town = FakeEidService.answering(200, FakeEidService.MUSTERMANN_JSON);

    Optional<DocumentData> data = client("").dataFor(REFRESH);

    assertThat(data).isPresent();
    assertThat(data.get().surname()).isEqualTo("MUSTERMANN");
    assertThat(data.get().givenNames()).isEqualTo("ERIKA");
    assertThat(data.get().birthDate()).isEqualTo(LocalDate.of(1964, 8, 12));
    assertThat(data.get().expiryDate()).isEqualTo(LocalDate.of(2031, 10, 31));
    assertThat(data.get().documentType()).isEqualTo("ID");
    assertThat(data.get().nationality()).isEqualTo("D");
    assertThat(data.get().documentNumber()).isEmpty();
    assertThat(data.get().source()).isEqualTo(DataSource.EID);
    assertThat(data.get().authenticity().level()).isEqualTo(Authenticity.Level.ISSUER_VERIFIED);
    assertThat(town.requests()).hasSize(1);
    FakeEidService.Request request = town.requests().get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/bk/results");
    assertThat(JSON.readTree(request.body()).path("refreshUrl").asText())
        .isEqualTo(REFRESH.toString());
    assertThat(request.authorization()).isNull();
  }

  @Test
  void theTcTokenUrlLiesBesideTheResultsAndTheTokenIsSentAsBearer() {
    town = FakeEidService.answering(200, FakeEidService.MUSTERMANN_JSON);

    HttpEidService client = client("geheim-123");
    client.dataFor(REFRESH);

    assertThat(client.tcTokenUrl()).isEqualTo(URI.create(town.url() + "/tc-token"));
    assertThat(town.requests().get(0).authorization()).isEqualTo("Bearer geheim-123");
  }

  @Test
  void anUnknownOrExpiredSessionGivesNoData() {
    town = FakeEidService.answering(404, "{\"error\":\"unknown session\"}");

    assertThat(client("").dataFor(REFRESH)).isEmpty();
  }

  @Test
  void aServerErrorGivesNoData() {
    town = FakeEidService.answering(500, "kaputt");

    assertThat(client("").dataFor(REFRESH)).isEmpty();
  }

  @Test
  void anAnswerThatIsNoJsonOrLacksTheBirthDateGivesNoData() {
    town = FakeEidService.answering(200, "<html>Wartung</html>");
    assertThat(client("").dataFor(REFRESH)).isEmpty();
    town.close();

    town = FakeEidService.answering(200, "{\"familyNames\":\"MUSTERMANN\"}");
    assertThat(client("").dataFor(REFRESH)).isEmpty();
  }

  @Test
  void aServiceThatDoesNotAnswerInTimeGivesNoData() {
    CountDownLatch never = new CountDownLatch(1);
    town = FakeEidService.hanging(never);
    try {
      assertThat(client("").dataFor(REFRESH)).isEmpty();
    } finally {
      never.countDown();
    }
  }

  @Test
  void aServiceThatIsNotThereGivesNoData() {
    HttpEidService client =
        new HttpEidService(
            URI.create("http://127.0.0.1:" + FreePort.find() + "/bk"),
            Duration.ofMillis(500),
            "",
            JSON);

    assertThat(client.dataFor(REFRESH)).isEmpty();
  }
}
