package de.buergerkoffer.hub.catalog;

import de.buergerkoffer.forms.FormDefinitionException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The catalog in force over the JSON API. */
@RestController
class CatalogAdminController {

  private final HubCatalog catalog;
  private final CatalogPublisher publisher;

  CatalogAdminController(HubCatalog catalog, CatalogPublisher publisher) {
    this.catalog = catalog;
    this.publisher = publisher;
  }

  /**
   * The catalog as the admin sees it.
   *
   * @param version the release version kits receive
   * @param issuedAt when it was loaded
   * @param forms every form version, in catalog order
   */
  record CatalogView(long version, Instant issuedAt, List<FormVersionView> forms) {}

  /**
   * One form version.
   *
   * @param latest whether the kits offer this version to the clerk
   * @param inForceUntil its last day of use, or null for no end
   */
  record FormVersionView(
      String id, int version, String titleDe, boolean latest, LocalDate inForceUntil) {}

  /**
   * The result of a reload.
   *
   * @param kitsReached how many kits the new catalog was handed to the broker for
   */
  record Reloaded(CatalogView catalog, int kitsReached) {}

  @Operation(summary = "The form catalog in force: forms, versions and their last days of use")
  @GetMapping("/api/admin/catalog")
  CatalogView view() {
    return view(catalog);
  }

  @Operation(
      summary =
          "Reads the catalog folder again (bk.hub.catalog.dir) and publishes the result to all kits")
  @PostMapping("/api/admin/catalog/reload")
  Reloaded reload() {
    try {
      catalog.reload();
    } catch (FormDefinitionException e) {
      throw new ResponseStatusException(
          HttpStatus.UNPROCESSABLE_ENTITY, "Katalog nicht geladen: " + e.getMessage());
    }
    return new Reloaded(view(catalog), publisher.publishToAll());
  }

  static CatalogView view(HubCatalog catalog) {
    var current = catalog.current();
    var release = catalog.release();
    List<FormVersionView> forms =
        current.all().stream()
            .map(
                f ->
                    new FormVersionView(
                        f.id(),
                        f.version(),
                        f.titleDe(),
                        current.latest(f.id()).orElseThrow().version() == f.version(),
                        current.inForceUntil(f.id(), f.version()).orElse(null)))
            .toList();
    return new CatalogView(release.version(), release.issuedAt(), forms);
  }
}
