package de.buergerkoffer.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/**
 * The one JSON configuration of everything that crosses the wire between kit and hub (manifests,
 * case data, acknowledgements). Both apps and the tests use it, so what one side writes the other
 * reads byte for byte the same way: ISO-8601 timestamps, sorted map keys, unknown properties
 * rejected in the strict reader.
 */
public final class WireJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private WireJson() {}

  /** Field values as a JSON object, the way case data stores them. */
  public static String writeFields(Map<String, String> fields) {
    try {
      return MAPPER.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("field values cannot be written as JSON", e);
    }
  }

  /** Reads field values written by {@link #writeFields}. */
  public static Map<String, String> readFields(String json) {
    try {
      return MAPPER.readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored field values are not valid JSON", e);
    }
  }

  /** The shared, thread-safe mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
