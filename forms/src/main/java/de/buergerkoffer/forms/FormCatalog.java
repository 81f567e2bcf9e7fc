package de.buergerkoffer.forms;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The services a kit offers, each as one or more form versions. Old versions stay in the catalog so
 * the hub can still validate cases captured with them; the clerk always gets the latest.
 *
 * <p>A version may carry an "in force until" day (set when a newer version replaces it): a case
 * captured after that day with that version is no longer accepted. A version without such a day is
 * in force without end.
 *
 * <p>A catalog is either fixed or {@linkplain #live live}: a live catalog asks its source on every
 * call, so an application can hand one instance to everything and still switch to a newer catalog
 * (the kit does when the hub publishes one).
 */
public final class FormCatalog {

  private final List<FormDefinition> forms;
  private final Map<String, LocalDate> inForceUntil;
  private final Supplier<FormCatalog> source;

  /**
   * A catalog of exactly these forms, all in force without end.
   *
   * @throws IllegalArgumentException if a form id and version appear twice
   */
  public FormCatalog(List<FormDefinition> forms) {
    this(forms, Map.of());
  }

  /**
   * A catalog of these forms, some in force only until a day.
   *
   * @param inForceUntil the last day a version may be used for a capture, keyed by {@link
   *     #key(String, int)} ({@code meldebescheinigung-v1}); versions not listed have no end
   * @throws IllegalArgumentException if a form id and version appear twice, or a day names a
   *     version that is not in the catalog
   */
  public FormCatalog(List<FormDefinition> forms, Map<String, LocalDate> inForceUntil) {
    this.forms = List.copyOf(forms);
    this.inForceUntil = Map.copyOf(new TreeMap<>(inForceUntil));
    this.source = null;
    Set<String> seen = new HashSet<>();
    for (FormDefinition f : this.forms) {
      if (!seen.add(key(f.id(), f.version()))) {
        throw new IllegalArgumentException("form listed twice: " + f.id() + " v" + f.version());
      }
    }
    for (String k : this.inForceUntil.keySet()) {
      if (!seen.contains(k)) {
        throw new IllegalArgumentException("in-force day for a form not in the catalog: " + k);
      }
    }
  }

  private FormCatalog(Supplier<FormCatalog> source) {
    this.forms = List.of();
    this.inForceUntil = Map.of();
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * A catalog that reads every answer from {@code source}, asked anew on each call; the source must
   * never return null.
   */
  public static FormCatalog live(Supplier<FormCatalog> source) {
    return new FormCatalog(source);
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

  /** The key of a form version in {@link #inForceUntil()}: {@code <id>-v<version>}. */
  public static String key(String formId, int version) {
    return formId + "-v" + version;
  }

  /** The fixed catalog this one currently stands for (itself unless live). */
  public FormCatalog snapshot() {
    return source == null ? this : source.get().snapshot();
  }

  /** Every form version in the catalog, in catalog order. */
  public List<FormDefinition> all() {
    return snapshot().forms;
  }

  /** The last days of versions that are in force only until then, keyed by {@link #key}. */
  public Map<String, LocalDate> inForceUntil() {
    return snapshot().inForceUntil;
  }

  /** The last day a version may be used, empty when it has no end (or is not in the catalog). */
  public Optional<LocalDate> inForceUntil(String formId, int version) {
    return Optional.ofNullable(inForceUntil().get(key(formId, version)));
  }

  /**
   * Whether a case captured on {@code day} with that version counts: the version is in the catalog
   * and {@code day} is not after its last day.
   */
  public boolean inForceOn(String formId, int version, LocalDate day) {
    return find(formId, version).isPresent()
        && inForceUntil(formId, version).map(until -> !day.isAfter(until)).orElse(true);
  }

  /** The newest version of every form, for the clerk to choose from, in catalog order. */
  public List<FormDefinition> current() {
    List<FormDefinition> all = all();
    return all.stream()
        .map(FormDefinition::id)
        .distinct()
        .map(id -> latest(all, id).orElseThrow())
        .toList();
  }

  /** The newest version of a form. */
  public Optional<FormDefinition> latest(String formId) {
    return latest(all(), formId);
  }

  private static Optional<FormDefinition> latest(List<FormDefinition> forms, String formId) {
    return forms.stream()
        .filter(f -> f.id().equals(formId))
        .max(Comparator.comparingInt(FormDefinition::version));
  }

  /** Exactly that version of a form. */
  public Optional<FormDefinition> find(String formId, int version) {
    return all().stream().filter(f -> f.id().equals(formId) && f.version() == version).findFirst();
  }

  /** Loaded on first use; the class-loading lock makes it happen once. */
  private static final class BuiltIn {
    static final FormCatalog CATALOG = FormLoader.readBuiltInCatalog();
  }
}
