package de.buergerkoffer.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The form catalog as the town hall publishes it to its kits: every form version in force, each
 * with its last day of use. The hub signs it (module {@code bundle}, {@code HubSigned.sign}) and
 * publishes it retained on the kit's catalog topic; a kit verifies the signature, ignores a release
 * whose {@code version} is not higher than the one it holds, and re-reads every form as strictly as
 * a built-in file ({@link #toCatalog()}).
 *
 * @param version strictly increasing (the hub uses its clock in milliseconds); the built-in catalog
 *     counts as version 0
 * @param issuedAt when the hub issued it
 * @param forms the form versions in catalog order
 */
public record CatalogRelease(long version, Instant issuedAt, List<Entry> forms) {

  public CatalogRelease {
    Objects.requireNonNull(issuedAt, "issuedAt");
    forms = List.copyOf(forms);
  }

  /**
   * One form version.
   *
   * @param definition the form as JSON, exactly as in a form file
   * @param inForceUntil the last day it may be used for a capture, or null for no end
   */
  public record Entry(JsonNode definition, LocalDate inForceUntil) {
    public Entry {
      Objects.requireNonNull(definition, "definition");
    }
  }

  /** The release of a catalog. */
  public static CatalogRelease of(long version, Instant issuedAt, FormCatalog catalog) {
    FormCatalog fixed = catalog.snapshot();
    List<Entry> entries = new ArrayList<>();
    for (FormDefinition form : fixed.all()) {
      entries.add(
          new Entry(
              FormLoader.toTree(form), fixed.inForceUntil(form.id(), form.version()).orElse(null)));
    }
    return new CatalogRelease(version, issuedAt, entries);
  }

  /**
   * The catalog this release describes, every form checked as strictly as a built-in file.
   *
   * @throws FormDefinitionException when a form is inconsistent or listed twice
   */
  public FormCatalog toCatalog() {
    List<FormDefinition> definitions = new ArrayList<>();
    Map<String, LocalDate> until = new LinkedHashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      Entry e = forms.get(i);
      FormDefinition form = FormLoader.read(e.definition(), "catalog release form " + i);
      definitions.add(form);
      if (e.inForceUntil() != null) {
        until.put(FormCatalog.key(form.id(), form.version()), e.inForceUntil());
      }
    }
    try {
      return new FormCatalog(definitions, until);
    } catch (IllegalArgumentException ex) {
      throw new FormDefinitionException("catalog release " + version + ": " + ex.getMessage(), ex);
    }
  }
}
