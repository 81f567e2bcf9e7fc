package de.buergerkoffer.forms;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    return readBuiltInCatalog().all();
  }

  /**
   * The catalog that ships with the software: the forms listed in {@value #BUILT_IN_INDEX} with the
   * in-force days given there.
   */
  public static FormCatalog readBuiltInCatalog() {
    Index index = builtInIndex();
    List<FormDefinition> forms = new ArrayList<>();
    for (String file : index.files()) {
      try (InputStream in = resource(BUILT_IN_FOLDER + file)) {
        forms.add(named(read(in, file), file));
      } catch (IOException e) {
        throw new FormDefinitionException(file + ": " + e.getMessage(), e);
      }
    }
    return catalog(forms, Map.of(), index, BUILT_IN_INDEX);
  }

  /**
   * A catalog from a folder laid out like the built-in one: {@code catalog.json} lists the files
   * (and optionally the in-force days), each file named {@code <id>-v<version>.json}.
   *
   * @throws FormDefinitionException when the index or a listed file is missing, unreadable or
   *     inconsistent
   */
  public static FormCatalog readFolder(Path folder) {
    return readFolder(folder, new FormCatalog(List.of()));
  }

  /**
   * The forms of {@code base} followed by the further versions in a folder laid out like the
   * built-in catalog (see {@link #readFolder(Path)}); the folder's {@code inForceUntil} days may
   * also name versions of {@code base} and override its days. A version in both is taken from
   * {@code base}.
   *
   * @throws FormDefinitionException when the index or a listed file is missing, unreadable or
   *     inconsistent
   */
  public static FormCatalog readFolder(Path folder, FormCatalog base) {
    Path indexFile = folder.resolve("catalog.json");
    Index index;
    try (InputStream in = Files.newInputStream(indexFile)) {
      index = JSON.readValue(in, Index.class);
    } catch (IOException e) {
      throw new FormDefinitionException(indexFile + ": " + e.getMessage(), e);
    }
    FormCatalog fixedBase = base.snapshot();
    List<FormDefinition> forms = new ArrayList<>(fixedBase.all());
    for (String file : index.files()) {
      if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
        throw new FormDefinitionException(indexFile + ": not a plain file name: " + file);
      }
      try (InputStream in = Files.newInputStream(folder.resolve(file))) {
        FormDefinition form = named(read(in, file), file);
        if (fixedBase.find(form.id(), form.version()).isEmpty()) {
          forms.add(form);
        }
      } catch (IOException e) {
        throw new FormDefinitionException(file + ": " + e.getMessage(), e);
      }
    }
    return catalog(forms, fixedBase.inForceUntil(), index, indexFile.toString());
  }

  /** The file names in {@value #BUILT_IN_INDEX}. */
  public static List<String> builtInFiles() {
    return builtInIndex().files();
  }

  /**
   * A form definition as a JSON tree, as the hub publishes it to kits; {@link #read(JsonNode,
   * String)} reads it back to an equal definition.
   */
  public static JsonNode toTree(FormDefinition form) {
    return JSON.valueToTree(form);
  }

  /**
   * One form definition from a JSON tree, as strictly as from a file.
   *
   * @throws FormDefinitionException when the JSON is not a consistent form
   */
  public static FormDefinition read(JsonNode json, String source) {
    FormDefinition form;
    try {
      form = JSON.treeToValue(json, FormDefinition.class);
    } catch (IOException | RuntimeException e) {
      throw new FormDefinitionException(source + ": " + e.getMessage(), e);
    }
    FormChecks.check(form, source);
    return form;
  }

  private static FormDefinition named(FormDefinition form, String file) {
    String expected = form.id() + "-v" + form.version() + ".json";
    if (!file.equals(expected)) {
      throw new FormDefinitionException(file + ": file must be named " + expected);
    }
    return form;
  }

  private static FormCatalog catalog(
      List<FormDefinition> forms, Map<String, LocalDate> baseUntil, Index index, String source) {
    Map<String, LocalDate> until = new LinkedHashMap<>(baseUntil);
    if (index.inForceUntil() != null) {
      for (Map.Entry<String, String> e : index.inForceUntil().entrySet()) {
        try {
          until.put(e.getKey(), LocalDate.parse(e.getValue()));
        } catch (DateTimeParseException ex) {
          throw new FormDefinitionException(
              source + ": inForceUntil of " + e.getKey() + " is no ISO date: " + e.getValue(), ex);
        }
      }
    }
    try {
      return new FormCatalog(forms, until);
    } catch (IllegalArgumentException e) {
      throw new FormDefinitionException(source + ": " + e.getMessage(), e);
    }
  }

  private static Index builtInIndex() {
    try (InputStream in = resource(BUILT_IN_INDEX)) {
      return JSON.readValue(in, Index.class);
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

  /**
   * The catalog index file.
   *
   * @param files the form files in display order
   * @param inForceUntil optional: last day of use per version ({@code "anmeldung-v1":
   *     "2026-12-31"})
   */
  private record Index(List<String> files, Map<String, String> inForceUntil) {
    Index {
      files = List.copyOf(files);
    }
  }
}
