package de.buergerkoffer.forms;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads form definitions from JSON (format: {@code docs/forms.md}). Strict on purpose: an unknown
 * property or an inconsistent rule is an error, so a typo in a form file never silently drops a
 * rule.
 */
public final class FormLoader {

  /** Where the built-in form files live on the class path. */
  public static final String BUILT_IN_FOLDER = "/forms/";

  /** The index of the built-in forms: their file names, in catalog order. */
  public static final String BUILT_IN_INDEX = BUILT_IN_FOLDER + "catalog.json";

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private FormLoader() {}

  /**
   * One form definition from JSON, checked for consistency.
   *
   * @param source the file name, for error messages
   * @throws FormDefinitionException when the JSON is unreadable or the form inconsistent
   */
  public static FormDefinition read(InputStream json, String source) {
    FormDefinition form;
    try {
      form = JSON.readValue(json, FormDefinition.class);
    } catch (IOException | RuntimeException e) {
      throw new FormDefinitionException(source + ": " + e.getMessage(), e);
    }
    FormChecks.check(form, source);
    return form;
  }

  /** The forms that ship with the software, listed in {@value #BUILT_IN_INDEX}. */
  public static List<FormDefinition> readBuiltIn() {
    List<FormDefinition> forms = new ArrayList<>();
    for (String file : builtInFiles()) {
      try (InputStream in = resource(BUILT_IN_FOLDER + file)) {
        FormDefinition form = read(in, file);
        String expected = form.id() + "-v" + form.version() + ".json";
        if (!file.equals(expected)) {
          throw new FormDefinitionException(file + ": file must be named " + expected);
        }
        forms.add(form);
      } catch (IOException e) {
        throw new FormDefinitionException(file + ": " + e.getMessage(), e);
      }
    }
    return forms;
  }

  /** The file names in {@value #BUILT_IN_INDEX}. */
  public static List<String> builtInFiles() {
    try (InputStream in = resource(BUILT_IN_INDEX)) {
      return List.of(JSON.readValue(in, Index.class).files().toArray(String[]::new));
    } catch (IOException e) {
      throw new FormDefinitionException(BUILT_IN_INDEX + ": " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String path) throws IOException {
    InputStream in = FormLoader.class.getResourceAsStream(path);
    if (in == null) {
      throw new IOException("missing on the class path: " + path);
    }
    return in;
  }

  /** The catalog index file. */
  private record Index(List<String> files) {}
}
