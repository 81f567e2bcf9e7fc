package de.buergerkoffer.forms.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.buergerkoffer.forms.seal.CaseHash;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The case data as the JSON file embedded in the PDF/A-3 document ({@code case.json}), so the
 * archived PDF carries machine-readable data next to the printed view:
 *
 * <pre>
 * {"format":"buergerkoffer-case","version":"1.0","caseNumber":…,"formId":…,"formVersion":…,
 *  "capturedAt":"2025-06-14T08:32:00Z","clerk":…,"place":…,"dataHash":"sha256:…","fields":{…}}
 * </pre>
 */
final class CaseJson {

  static final String FILE_NAME = "case.json";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private CaseJson() {}

  static byte[] of(CaseDocument doc) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("format", "buergerkoffer-case");
    json.put("version", "1.0");
    json.put("caseNumber", doc.caseNumber());
    json.put("formId", doc.form().id());
    json.put("formVersion", doc.form().version());
    json.put("capturedAt", doc.capturedAt().toString());
    json.put("clerk", doc.clerk());
    json.put("place", doc.place());
    json.put("dataHash", "sha256:" + CaseHash.hex(doc.dataHash()));
    json.put("fields", doc.values());
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("case data is plain strings", e);
    }
  }
}
