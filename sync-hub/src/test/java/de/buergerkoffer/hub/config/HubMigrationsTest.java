package de.buergerkoffer.hub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.hub.config.DatabaseProperties.Vendor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQLite and PostgreSQL each have their own migrations; a hub must reach the same schema version on
 * both, so every migration exists in both folders under the same version and name.
 */
class HubMigrationsTest {

  @Test
  void everyMigrationHasOneForEachDatabaseWithTheSameVersionAndName() throws Exception {
    List<String> sqlite = migrations(Vendor.SQLITE);
    List<String> postgres = migrations(Vendor.POSTGRESQL);

    assertThat(sqlite).contains("V1__skeleton.sql", "V10__audit_log.sql");
    assertThat(postgres)
        .as("db/hub-postgresql needs a file for each of db/hub (and no other)")
        .isEqualTo(sqlite);
  }

  @Test
  void anEmptyUrlMeansSqliteAndAPostgresUrlPostgres() {
    assertThat(new DatabaseProperties(null, null, null).vendor()).isEqualTo(Vendor.SQLITE);
    assertThat(new DatabaseProperties(" ", "", "").vendor()).isEqualTo(Vendor.SQLITE);
    assertThat(new DatabaseProperties("jdbc:postgresql://db.rathaus/bk", "bk", "x").vendor())
        .isEqualTo(Vendor.POSTGRESQL);
  }

  @Test
  void refusesADatabaseItHasNoMigrationsForWithoutShowingThePassword() {
    assertThatThrownBy(
            () -> new DatabaseProperties("jdbc:mysql://db/bk?user=bk&password=geheim", "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql:")
        .hasMessageNotContaining("geheim");
  }

  private static List<String> migrations(Vendor vendor) throws Exception {
    String folder = vendor.migrations().substring("classpath:".length());
    Path path = Path.of(HubMigrationsTest.class.getClassLoader().getResource(folder).toURI());
    try (Stream<Path> files = Files.list(path)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
