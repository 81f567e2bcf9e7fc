package de.buergerkoffer.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The form files, the published JSON Schema and the loader agree. */
class FormFilesTest {

  private static final Path FORMS = Path.of("src", "main", "resources", "forms");
  private static final Path SCHEMA = Path.of("..", "docs", "forms.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> formFiles() {
    return FormLoader.builtInFiles().stream();
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in = Files.newInputStream(SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static ObjectNode file(String name) throws IOException {
    return (ObjectNode) JSON.readTree(FORMS.resolve(name).toFile());
  }

  private static ObjectNode meldebescheinigungWith(Consumer<ObjectNode> change) throws IOException {
    ObjectNode form = file("meldebescheinigung-v1.json");
    change.accept(form);
    return form;
  }

  private static FormDefinition load(JsonNode json) throws IOException {
    return FormLoader.read(
        new ByteArrayInputStream(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8)),
        "test.json");
  }

  private static ObjectNode firstField(ObjectNode form) {
    return (ObjectNode) form.get("sections").get(0).get("fields").get(0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  void everyFormFileMatchesThePublishedSchema(String name) throws IOException {
    Set<ValidationMessage> problems = schema().validate(file(name));

    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormFileInTheFolderIsListedInTheCatalog() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json") && !n.equals("catalog.json"))
              .toList();
      assertThat(FormLoader.builtInFiles()).containsExactlyInAnyOrderElementsOf(names);
    }
  }

  @Test
  void anUnknownPropertyIsRefusedBySchemaAndLoader() throws IOException {
    ObjectNode form = meldebescheinigungWith(f -> firstField(f).put("requierd", true));

    assertThat(schema().validate(form)).isNotEmpty();
    assertThatThrownBy(() -> load(form))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageContaining("requierd");
  }

  @Test
  void aChoiceWithoutChoicesIsRefusedBySchemaAndLoader() throws IOException {
    ObjectNode form = meldebescheinigungWith(f -> firstField(f).put("type", "CHOICE"));

    assertThat(schema().validate(form)).isNotEmpty();
    assertThatThrownBy(() -> load(form)).hasMessageContaining("a CHOICE needs choices");
  }

  @Test
  void aFieldIdUsedTwiceIsRefused() throws IOException {
    ObjectNode form =
        meldebescheinigungWith(
            f ->
                ((ObjectNode) f.get("sections").get(1).get("fields").get(0))
                    .put("id", "familyName"));

    assertThatThrownBy(() -> load(form)).hasMessageContaining("field id used twice: familyName");
  }

  @Test
  void aConditionOnAnUnknownFieldIsRefused() throws IOException {
    ObjectNode form =
        meldebescheinigungWith(
            f -> {
              ObjectNode field = firstField(f);
              field.put("required", false);
              field.putObject("requiredWhen").put("field", "nope").putArray("in").add("x");
            });

    assertThatThrownBy(() -> load(form)).hasMessageContaining("unknown field nope");
  }

  @Test
  void aConditionValueThatIsNoChoiceIsRefused() throws IOException {
    ObjectNode form =
        meldebescheinigungWith(
            f -> {
              ObjectNode field = firstField(f);
              field.put("required", false);
              field.putObject("requiredWhen").put("field", "delivery").putArray("in").add("fax");
            });

    assertThatThrownBy(() -> load(form)).hasMessageContaining("fax is not a choice of delivery");
  }

  @Test
  void aDateRuleOnATextIsRefused() throws IOException {
    ObjectNode form = meldebescheinigungWith(f -> firstField(f).putObject("date"));

    assertThat(schema().validate(form)).isNotEmpty();
    assertThatThrownBy(() -> load(form)).hasMessageContaining("only a DATE has date rules");
  }

  @Test
  void aBrokenPatternIsRefused() throws IOException {
    ObjectNode form =
        meldebescheinigungWith(f -> firstField(f).putObject("text").put("pattern", "[a-"));

    assertThatThrownBy(() -> load(form)).hasMessageContaining("bad pattern");
  }

  @Test
  void aDateOrderRuleOverTwoTextsIsRefused() throws IOException {
    ObjectNode form =
        meldebescheinigungWith(
            f -> {
              ArrayNode rules = f.putArray("rules");
              rules
                  .addObject()
                  .put("type", "dateOrder")
                  .put("id", "wrong")
                  .put("earlier", "familyName")
                  .put("later", "birthDate")
                  .put("messageDe", "x")
                  .put("messageEn", "x");
            });

    assertThat(schema().validate(form)).isEmpty();
    assertThatThrownBy(() -> load(form)).hasMessageContaining("familyName is not a DATE");
  }

  @Test
  void germanWithoutEnglishHelpIsRefused() throws IOException {
    ObjectNode form = meldebescheinigungWith(f -> firstField(f).put("helpDe", "Hilfe"));

    assertThat(schema().validate(form)).isNotEmpty();
    assertThatThrownBy(() -> load(form)).hasMessageContaining("give German and English");
  }

  @Test
  void aNestedGroupIsRefused() throws IOException {
    ObjectNode anmeldung = file("anmeldung-v1.json");
    ObjectNode group = (ObjectNode) anmeldung.get("sections").get(3).get("fields").get(0);
    ObjectNode inner = ((ArrayNode) group.get("group").get("fields")).addObject();
    inner.put("id", "children").put("type", "GROUP").put("labelDe", "K").put("labelEn", "C");
    inner
        .putObject("group")
        .put("minItems", 0)
        .put("maxItems", 2)
        .putArray("fields")
        .add(
            JSON.createObjectNode()
                .put("id", "x")
                .put("type", "TEXT")
                .put("labelDe", "x")
                .put("labelEn", "x"));

    assertThat(schema().validate(anmeldung)).isNotEmpty();
    assertThatThrownBy(() -> load(anmeldung)).hasMessageContaining("groups do not nest");
  }

  @Test
  void theLoadedFormRoundTripsThroughJsonUnchanged() throws IOException {
    FormDefinition form = FormCatalog.builtIn().latest("anmeldung").orElseThrow();

    FormDefinition again = load(JSON.valueToTree(form));

    assertThat(again).isEqualTo(form);
  }
}
