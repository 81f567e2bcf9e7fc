package de.buergerkoffer.forms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The consistency rules of a form definition that JSON Schema cannot express: unique ids, rules
 * that fit the field type, references that resolve. See {@code docs/forms.md}.
 */
final class FormChecks {

  private static final Pattern FORM_ID = Pattern.compile("[a-z][a-z0-9-]{1,49}");
  private static final Pattern FIELD_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,49}");

  private final FormDefinition form;
  private final String where;

  private FormChecks(FormDefinition form, String source) {
    this.form = form;
    this.where = source + " (" + form.id() + " v" + form.version() + "): ";
  }

  /** Throws {@link FormDefinitionException} for the first inconsistency found. */
  static void check(FormDefinition form, String source) {
    new FormChecks(form, source).run();
  }

  private void run() {
    require(FORM_ID.matcher(form.id()).matches(), "form id must match " + FORM_ID);
    require(form.version() >= 1, "version must be 1 or more");
    require(!form.titleDe().isBlank() && !form.titleEn().isBlank(), "titles must not be blank");
    bothOrNone(form.helpDe(), form.helpEn(), "form help");
    require(!form.sections().isEmpty(), "a form needs at least one section");
    Set<String> sectionIds = new HashSet<>();
    Set<String> fieldIds = new HashSet<>();
    for (Section s : form.sections()) {
      require(sectionIds.add(s.id()), "section id used twice: " + s.id());
      require(!s.fields().isEmpty(), "section " + s.id() + " has no fields");
      bothOrNone(s.titleDe(), s.titleEn(), "section " + s.id() + " title");
      bothOrNone(s.helpDe(), s.helpEn(), "section " + s.id() + " help");
      for (FieldDefinition f : s.fields()) {
        require(fieldIds.add(f.id()), "field id used twice: " + f.id());
        checkField(f, null);
      }
    }
    checkRules();
    checkAttachments();
    SignatureRequirement sig = form.signature();
    require(!sig.required() || sig.labelDe() != null, "a required signature needs labelDe");
    bothOrNone(sig.labelDe(), sig.labelEn(), "signature label");
    bothOrNone(sig.declarationDe(), sig.declarationEn(), "signature declaration");
    require(
        form.receipt().nextStepsDe() != null && form.receipt().nextStepsEn() != null,
        "receipt needs nextStepsDe and nextStepsEn");
  }

  private void checkField(FieldDefinition f, FieldDefinition group) {
    String name = (group == null ? "" : group.id() + "[].") + f.id();
    require(FIELD_ID.matcher(f.id()).matches(), name + ": field id must match " + FIELD_ID);
    require(!f.labelDe().isBlank() && !f.labelEn().isBlank(), name + ": labels must not be blank");
    bothOrNone(f.helpDe(), f.helpEn(), name + " help");
    FieldType t = f.type();
    require(t == FieldType.CHOICE || f.choices().isEmpty(), name + ": only a CHOICE has choices");
    require(t == FieldType.TEXT || f.text() == null, name + ": only a TEXT has text rules");
    require(t == FieldType.DATE || f.date() == null, name + ": only a DATE has date rules");
    require(t == FieldType.NUMBER || f.number() == null, name + ": only a NUMBER has number rules");
    require((t == FieldType.GROUP) == (f.group() != null), name + ": a GROUP (only) needs group");
    if (t == FieldType.CHOICE) {
      require(!f.choices().isEmpty(), name + ": a CHOICE needs choices");
      Set<String> keys = new HashSet<>();
      for (FieldDefinition.Choice c : f.choices()) {
        require(c.key() != null && !c.key().isBlank(), name + ": blank choice key");
        require(keys.add(c.key()), name + ": choice key used twice: " + c.key());
        require(c.labelDe() != null && c.labelEn() != null, name + ": choice needs both labels");
      }
    }
    if (f.text() != null && f.text().pattern() != null) {
      try {
        Pattern.compile(f.text().pattern());
      } catch (PatternSyntaxException e) {
        throw new FormDefinitionException(where + name + ": bad pattern: " + e.getMessage(), e);
      }
    }
    if (f.number() != null && f.number().min() != null && f.number().max() != null) {
      require(f.number().min().compareTo(f.number().max()) <= 0, name + ": min > max");
    }
    if (f.date() != null
        && f.date().minDaysFromToday() != null
        && f.date().maxDaysFromToday() != null) {
      require(
          f.date().minDaysFromToday() <= f.date().maxDaysFromToday(),
          name + ": minDaysFromToday > maxDaysFromToday");
    }
    if (f.prefill() != null) {
      boolean address = t == FieldType.ADDRESS;
      require(
          address == (f.prefill() == IdCardAttribute.RESIDENCE) && t != FieldType.GROUP,
          name + ": prefill RESIDENCE is for addresses, the others for single values");
    }
    if (f.requiredWhen() != null) {
      require(!f.required(), name + ": required and requiredWhen exclude each other");
      checkCondition(f.requiredWhen(), group, name);
    }
    if (t == FieldType.GROUP) {
      require(group == null, name + ": groups do not nest");
      require(
          !f.required() && f.requiredWhen() == null,
          name + ": a group is required through group.minItems");
      require(!f.members().isEmpty(), name + ": a group needs fields");
      Set<String> memberIds = new HashSet<>();
      for (FieldDefinition m : f.members()) {
        require(memberIds.add(m.id()), name + ": member id used twice: " + m.id());
        checkField(m, f);
      }
    }
  }

  private void checkCondition(Condition c, FieldDefinition group, String name) {
    FieldDefinition target = (group == null ? null : group.group().member(c.field()).orElse(null));
    if (target == null) {
      target =
          form.topLevelField(c.field())
              .orElseThrow(
                  () ->
                      new FormDefinitionException(
                          where + name + ": condition names unknown field " + c.field()));
    }
    require(!c.in().isEmpty(), name + ": condition needs values");
    checkValuesFit(target, c.in(), name + " condition");
  }

  private void checkValuesFit(FieldDefinition target, List<String> values, String name) {
    if (target.type() == FieldType.CHOICE) {
      for (String v : values) {
        require(
            target.choices().stream().anyMatch(c -> c.key().equals(v)),
            name + ": " + v + " is not a choice of " + target.id());
      }
    } else if (target.type() == FieldType.YES_NO) {
      values.forEach(v -> require(YesNo.isValid(v), name + ": " + v + " is not yes/no"));
    }
    require(
        target.type() != FieldType.GROUP && target.type() != FieldType.ADDRESS,
        name + ": cannot compare the values of " + target.id());
  }

  private void checkRules() {
    Set<String> ids = new HashSet<>();
    for (CrossFieldRule rule : form.rules()) {
      require(ids.add(rule.id()), "rule id used twice: " + rule.id());
      require(
          rule.messageDe() != null && rule.messageEn() != null,
          "rule " + rule.id() + " needs messageDe and messageEn");
      if (rule instanceof CrossFieldRule.DateOrder order) {
        FieldRef earlier = ref(order.earlier(), rule);
        FieldRef later = ref(order.later(), rule);
        require(
            earlier.group() == null
                || later.group() == null
                || earlier.group().equals(later.group()),
            "rule " + rule.id() + ": dates in two different groups");
        for (FieldRef r : List.of(earlier, later)) {
          require(
              r.definition(form).orElseThrow().type() == FieldType.DATE,
              "rule " + rule.id() + ": " + r.field() + " is not a DATE");
        }
      } else if (rule instanceof CrossFieldRule.AllowedValues allowed) {
        FieldRef r = ref(allowed.field(), rule);
        require(!allowed.values().isEmpty(), "rule " + rule.id() + " needs values");
        checkValuesFit(r.definition(form).orElseThrow(), allowed.values(), "rule " + rule.id());
        if (allowed.when() != null) {
          FieldDefinition group = r.group() == null ? null : form.topLevelField(r.group()).get();
          checkCondition(allowed.when(), group, "rule " + rule.id());
        }
      }
    }
  }

  private FieldRef ref(String text, CrossFieldRule rule) {
    FieldRef r =
        FieldRef.parse(text)
            .orElseThrow(
                () -> new FormDefinitionException(where + "rule " + rule.id() + ": bad " + text));
    require(r.definition(form).isPresent(), "rule " + rule.id() + ": unknown field " + text);
    return r;
  }

  private void checkAttachments() {
    Set<String> ids = new HashSet<>();
    for (AttachmentRequirement a : form.attachments()) {
      require(FIELD_ID.matcher(a.id()).matches(), "attachment id must match " + FIELD_ID);
      require(!"signature".equals(a.id()), "attachment id 'signature' is reserved");
      require(ids.add(a.id()), "attachment id used twice: " + a.id());
      bothOrNone(a.helpDe(), a.helpEn(), "attachment " + a.id() + " help");
      require(a.maxPages() == null || a.maxPages() >= 1, "attachment " + a.id() + ": maxPages");
      if (a.requiredWhen() != null) {
        require(!a.required(), "attachment " + a.id() + ": required and requiredWhen");
        checkCondition(a.requiredWhen(), null, "attachment " + a.id());
      }
    }
  }

  private void bothOrNone(String de, String en, String what) {
    require((de == null) == (en == null), what + ": give German and English, or neither");
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new FormDefinitionException(where + message);
    }
  }
}
