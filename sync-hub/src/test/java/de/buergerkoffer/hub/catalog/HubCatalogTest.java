package de.buergerkoffer.hub.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinitionException;
import de.buergerkoffer.forms.FormLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubCatalogTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  @Test
  void withoutAFolderTheHubUsesTheBuiltInCatalog() {
    HubCatalog catalog = new HubCatalog(FormCatalog.builtIn(), null, clock);

    assertThat(catalog.current().all()).hasSameSizeAs(FormCatalog.builtIn().all());
    assertThat(catalog.release().forms()).hasSize(FormCatalog.builtIn().all().size());
  }

  @Test
  void aNewVersionInTheFolderIsAddedAndTheOldOneLimitedWhenReloaded() throws Exception {
    HubCatalog catalog = new HubCatalog(FormCatalog.builtIn(), folder, clock);
    long first = catalog.release().version();
    writeMeldebescheinigungV2("2026-12-31");

    catalog.reload();

    assertThat(catalog.current().latest("meldebescheinigung").orElseThrow().version()).isEqualTo(2);
    assertThat(catalog.current().inForceUntil("meldebescheinigung", 1))
        .contains(LocalDate.of(2026, 12, 31));
    assertThat(catalog.release().version()).isGreaterThan(first);
  }

  @Test
  void aBrokenFolderLeavesTheCatalogInForceAsItWas() throws Exception {
    HubCatalog catalog = new HubCatalog(FormCatalog.builtIn(), folder, clock);
    long before = catalog.release().version();
    Files.writeString(folder.resolve("catalog.json"), "{\"files\": [\"missing-v1.json\"]}");

    assertThatThrownBy(catalog::reload).isInstanceOf(FormDefinitionException.class);

    assertThat(catalog.release().version()).isEqualTo(before);
    assertThat(catalog.current().latest("meldebescheinigung").orElseThrow().version()).isEqualTo(1);
  }

  private void writeMeldebescheinigungV2(String v1Until) throws Exception {
    ObjectNode v2 =
        (ObjectNode)
            FormLoader.toTree(FormCatalog.builtIn().find("meldebescheinigung", 1).orElseThrow());
    v2.put("version", 2);
    Files.writeString(folder.resolve("meldebescheinigung-v2.json"), v2.toString());
    Files.writeString(
        folder.resolve("catalog.json"),
        "{\"files\": [\"meldebescheinigung-v2.json\"],"
            + " \"inForceUntil\": {\"meldebescheinigung-v1\": \""
            + v1Until
            + "\"}}");
  }
}
