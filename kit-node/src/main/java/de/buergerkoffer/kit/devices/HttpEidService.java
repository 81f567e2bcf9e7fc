package de.buergerkoffer.kit.devices;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.hardware.idcard.Authenticity;
import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import de.buergerkoffer.hardware.idcard.ausweisapp.EidService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The town's eID service over HTTP, in the small contract of docs/hardware.md ("eID-Dienst der
 * Gemeinde"): the AusweisApp fetches the TC token from {@code <service>/tc-token}; after a
 * successful authentication the kit posts the refresh URL the AusweisApp reported to {@code
 * <service>/results} and gets the holder's data as JSON.
 *
 * <p>Never throws: a service that is down, slow, answers with an error or with data the kit cannot
 * use gives "no data", and the clerk types the data by hand. Nothing personal is logged.
 */
final class HttpEidService implements EidService {

  private static final Logger LOG = LoggerFactory.getLogger(HttpEidService.class);
  private static final Authenticity EID_VERIFIED =
      new Authenticity(
          Authenticity.Level.ISSUER_VERIFIED,
          "Echtheit geprüft (Online-Ausweisfunktion über den eID-Dienst der Gemeinde).");

  private final URI serviceUrl;
  private final Duration timeout;
  private final String token;
  private final ObjectMapper json;
  private final HttpClient http;

  /**
   * @param serviceUrl base address of the town's eID service; {@code https}, or {@code http} on the
   *     kit itself (loopback) only
   * @param timeout for connecting and for each call
   * @param token bearer token for the service, empty for none
   * @param json the kit's JSON mapper
   */
  HttpEidService(URI serviceUrl, Duration timeout, String token, ObjectMapper json) {
    this.serviceUrl = checked(serviceUrl);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.token = Objects.requireNonNull(token, "token");
    this.json = Objects.requireNonNull(json, "json");
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** The TC token URL the AusweisApp is started with. */
  URI tcTokenUrl() {
    return endpoint("tc-token");
  }

  @Override
  public Optional<DocumentData> dataFor(URI refreshUrl) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(endpoint("results"))
              .timeout(timeout)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      json.writeValueAsString(Map.of("refreshUrl", refreshUrl.toString()))));
      if (!token.isEmpty()) {
        request.header("Authorization", "Bearer " + token);
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warn("eID service answered {} for a result", response.statusCode());
        return Optional.empty();
      }
      return json.readValue(response.body(), Holder.class).toDocumentData();
    } catch (JsonProcessingException e) {
      LOG.warn("eID service sent a result the kit cannot read");
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.warn("eID service not reachable: {}", e.getClass().getSimpleName());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private URI endpoint(String name) {
    String base = serviceUrl.toString();
    return URI.create(base.endsWith("/") ? base + name : base + "/" + name);
  }

  private static URI checked(URI serviceUrl) {
    if (serviceUrl == null) {
      throw new IllegalStateException(
          "bk.devices.idcard=ausweisapp needs bk.devices.eid.service-url (the town's eID service)");
    }
    String scheme = String.valueOf(serviceUrl.getScheme()).toLowerCase(java.util.Locale.ROOT);
    boolean loopback =
        "localhost".equals(serviceUrl.getHost())
            || "127.0.0.1".equals(serviceUrl.getHost())
            || "[::1]".equals(serviceUrl.getHost());
    if (!"https".equals(scheme) && !("http".equals(scheme) && loopback)) {
      throw new IllegalStateException(
          "bk.devices.eid.service-url=" + serviceUrl + " must be https (http only on localhost)");
    }
    return serviceUrl;
  }

  /**
   * The service's answer; names as in the eID attributes (TR-03110), dates ISO 8601. Further
   * attributes (place of birth, address, …) are ignored: the kit takes what the card step needs.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Holder(
      String documentType,
      String issuingState,
      String familyNames,
      String givenNames,
      LocalDate dateOfBirth,
      String nationality,
      LocalDate dateOfExpiry) {

    Optional<DocumentData> toDocumentData() {
      if (familyNames == null
          || familyNames.isBlank()
          || dateOfBirth == null
          || dateOfExpiry == null) {
        LOG.warn("eID service result lacks family name, birth date or expiry date");
        return Optional.empty();
      }
      return Optional.of(
          new DocumentData(
              orDefault(documentType, "ID"),
              orDefault(issuingState, "D"),
              "",
              familyNames.strip(),
              orDefault(givenNames, ""),
              dateOfBirth,
              orDefault(nationality, "D"),
              dateOfExpiry,
              Optional.empty(),
              DataSource.EID,
              EID_VERIFIED));
    }

    private static String orDefault(String value, String fallback) {
      return value == null || value.isBlank() ? fallback : value.strip();
    }
  }
}
