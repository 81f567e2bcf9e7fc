package de.buergerkoffer.forms;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The services a kit offers, each as one or more form versions. Old versions stay in the catalog so
 * the hub can still validate cases captured with them; the clerk always gets the latest.
 */
public final class FormCatalog {

  private final List<FormDefinition> forms;

  /**
   * A catalog of exactly these forms.
   *
   * @throws IllegalArgumentException if a form id and version appear twice
   */
  public FormCatalog(List<FormDefinition> forms) {
    this.forms = List.copyOf(forms);
    Set<String> seen = new HashSet<>();
    for (FormDefinition f : this.forms) {
      if (!seen.add(f.id() + " v" + f.version())) {
        throw new IllegalArgumentException("form listed twice: " + f.id() + " v" + f.version());
      }
    }
  }

  /**
   * The catalog that ships with the software: the JSON files under {@code forms/} on the class
   * path, read once.
   *
   * @throws FormDefinitionException if a built-in form file is broken
   */
  public static FormCatalog builtIn() {
    return BuiltIn.CATALOG;
  }

  /** Every form version in the catalog, in catalog order. */
  public List<FormDefinition> all() {
    return forms;
  }

  /** The newest version of every form, for the clerk to choose from, in catalog order. */
  public List<FormDefinition> current() {
    return forms.stream()
        .map(FormDefinition::id)
        .distinct()
        .map(id -> latest(id).orElseThrow())
        .toList();
  }

  /** The newest version of a form. */
  public Optional<FormDefinition> latest(String formId) {
    return forms.stream()
        .filter(f -> f.id().equals(formId))
        .max(Comparator.comparingInt(FormDefinition::version));
  }

  /** Exactly that version of a form. */
  public Optional<FormDefinition> find(String formId, int version) {
    return forms.stream().filter(f -> f.id().equals(formId) && f.version() == version).findFirst();
  }

  /** Loaded on first use; the class-loading lock makes it happen once. */
  private static final class BuiltIn {
    static final FormCatalog CATALOG = new FormCatalog(FormLoader.readBuiltIn());
  }
}
