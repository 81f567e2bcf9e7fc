package de.buergerkoffer.kit.visit;

import de.buergerkoffer.forms.FieldDefinition;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the step-by-step form: a section of fields, the documents, the signature, or the
 * summary the resident reads before the case is submitted.
 */
public sealed interface Step permits Step.Fields, Step.Documents, Step.Signature, Step.Summary {

  /** Fields, Documents, Signature or Summary: what the page template shows. */
  default String kind() {
    return getClass().getSimpleName();
  }

  /** A section of the form. */
  record Fields(Section section) implements Step {
    /** Whether a case-data key belongs to a field of this section. */
    public boolean owns(String key) {
      for (FieldDefinition f : section.fields()) {
        if (key.equals(f.id()) || key.startsWith(f.id() + "[") || key.startsWith(f.id() + ".")) {
          return true;
        }
      }
      return false;
    }
  }

  /** Scanning the documents the form asks for. */
  record Documents() implements Step {}

  /** The resident signs. */
  record Signature() implements Step {}

  /** The summary in large print, then submit. */
  record Summary() implements Step {}

  /** The steps of a form: its sections, documents if any, signature if required, summary. */
  static List<Step> of(FormDefinition form) {
    List<Step> steps = new ArrayList<>();
    form.sections().forEach(s -> steps.add(new Fields(s)));
    if (!form.attachments().isEmpty()) {
      steps.add(new Documents());
    }
    if (form.signature().required()) {
      steps.add(new Signature());
    }
    steps.add(new Summary());
    return List.copyOf(steps);
  }
}
