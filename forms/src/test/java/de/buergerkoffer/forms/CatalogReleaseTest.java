package de.buergerkoffer.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogReleaseTest {

  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  @TempDir Path dir;

  @Test
  void everyBuiltInFormSurvivesTheTripThroughARelease() {
    FormCatalog builtIn = FormCatalog.builtIn();

    FormCatalog back = CatalogRelease.of(7, Instant.EPOCH, builtIn).toCatalog();

    assertThat(back.all()).hasSameSizeAs(builtIn.all());
    for (int i = 0; i < builtIn.all().size(); i++) {
      assertThat(FormLoader.toTree(back.all().get(i)))
          .isEqualTo(FormLoader.toTree(builtIn.all().get(i)));
    }
  }

  @Test
  void aReleaseCarriesTheInForceDays() {
    FormDefinition v1 = FormCatalog.builtIn().find("meldebescheinigung", 1).orElseThrow();
    FormCatalog catalog =
        new FormCatalog(List.of(v1), Map.of(FormCatalog.key("meldebescheinigung", 1), END));

    FormCatalog back = CatalogRelease.of(1, Instant.EPOCH, catalog).toCatalog();

    assertThat(back.inForceUntil("meldebescheinigung", 1)).contains(END);
  }

  @Test
  void aVersionIsInForceUpToAndIncludingItsLastDay() {
    FormDefinition v1 = FormCatalog.builtIn().find("meldebescheinigung", 1).orElseThrow();
    FormCatalog catalog =
        new FormCatalog(List.of(v1), Map.of(FormCatalog.key("meldebescheinigung", 1), END));

    assertThat(catalog.inForceOn("meldebescheinigung", 1, END)).isTrue();
    assertThat(catalog.inForceOn("meldebescheinigung", 1, END.plusDays(1))).isFalse();
    assertThat(catalog.inForceOn("meldebescheinigung", 2, END)).isFalse();
    assertThat(FormCatalog.builtIn().inForceOn("anmeldung", 1, LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void anInconsistentFormInAReleaseIsRefused() {
    CatalogRelease release = CatalogRelease.of(1, Instant.EPOCH, FormCatalog.builtIn());
    ObjectNode broken = (ObjectNode) release.forms().get(0).definition().deepCopy();
    broken.put("surprise", true);
    CatalogRelease forged =
        new CatalogRelease(2, Instant.EPOCH, List.of(new CatalogRelease.Entry(broken, null)));

    assertThatThrownBy(forged::toCatalog).isInstanceOf(FormDefinitionException.class);
  }

  @Test
  void aLiveCatalogFollowsItsSource() {
    FormDefinition v1 = FormCatalog.builtIn().find("meldebescheinigung", 1).orElseThrow();
    AtomicReference<FormCatalog> source = new AtomicReference<>(new FormCatalog(List.of()));
    FormCatalog live = FormCatalog.live(source::get);

    assertThat(live.latest("meldebescheinigung")).isEmpty();
    source.set(new FormCatalog(List.of(v1)));
    assertThat(live.latest("meldebescheinigung")).containsSame(v1);
  }

  @Test
  void aFolderCatalogReadsItsIndexWithInForceDays() throws Exception {
    FormDefinition v1 = FormCatalog.builtIn().find("meldebescheinigung", 1).orElseThrow();
    Files.writeString(
        dir.resolve("meldebescheinigung-v1.json"), FormLoader.toTree(v1).toPrettyString());
    Files.writeString(
        dir.resolve("catalog.json"),
        "{\"files\": [\"meldebescheinigung-v1.json\"],"
            + " \"inForceUntil\": {\"meldebescheinigung-v1\": \"2026-12-31\"}}");

    FormCatalog catalog = FormLoader.readFolder(dir);

    assertThat(catalog.all()).hasSize(1);
    assertThat(FormLoader.toTree(catalog.all().get(0))).isEqualTo(FormLoader.toTree(v1));
    assertThat(catalog.inForceUntil("meldebescheinigung", 1)).contains(END);
  }

  @Test
  void aFolderIndexNamingAPathOutsideTheFolderIsRefused() throws Exception {
    Files.writeString(dir.resolve("catalog.json"), "{\"files\": [\"../evil-v1.json\"]}");

    assertThatThrownBy(() -> FormLoader.readFolder(dir))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageContaining("plain file name");
  }
}
