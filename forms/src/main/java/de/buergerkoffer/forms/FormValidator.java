package de.buergerkoffer.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Checks case data against its form. The kit runs it for immediate feedback, the hub runs it again
 * on every received case, so both judge with the same code and the same form version.
 *
 * <p>Values are stripped first; a blank value counts as absent. The order of the errors is: keys
 * that belong to no field (sorted), then the fields in display order (group rows by index, address
 * parts in {@link AddressPart} order), then the cross-field rules in declaration order.
 */
public final class FormValidator {

  private FormValidator() {}

  /**
   * All rule violations of the values, empty when the values are acceptable. Documents and
   * signature are not judged here (see {@link #validateEvidence}), so a case can be checked while
   * it is still being captured.
   *
   * @param values the case data, keyed as described in {@link DataKey}
   * @param today the capture day (Europe/Berlin), for date rules
   */
  public static List<FieldError> validate(
      FormDefinition form, Map<String, String> values, LocalDate today) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(today, "today");
    CaseValues caseValues = new CaseValues(values);
    List<FieldError> errors = new ArrayList<>();
    for (String key : new TreeSet<>(values.keySet().stream().map(String::valueOf).toList())) {
      form.resolve(key)
          .ifPresentOrElse(
              k -> {
                if (k.group() != null && k.index() >= k.group().group().maxItems()) {
                  errors.add(Messages.tooManyRows(key, k.group()));
                }
              },
              () -> errors.add(Messages.unknownField(key)));
    }
    FieldChecks fields = new FieldChecks(caseValues, today, errors);
    form.fields().forEach(fields::check);
    new RuleChecks(form, caseValues, errors).checkAll();
    return List.copyOf(errors);
  }

  /**
   * Whether the case has the documents and the signature its form requires. Run on the kit before a
   * case is closed and on the hub for cases that carry attachments.
   *
   * @param values the case data, for attachments required only under a condition
   * @param evidence the documents present, usually {@link Evidence#fromAttachmentNames}
   */
  public static List<FieldError> validateEvidence(
      FormDefinition form, Map<String, String> values, Evidence evidence) {
    CaseValues caseValues = new CaseValues(values);
    List<FieldError> errors = new ArrayList<>();
    for (AttachmentRequirement a : form.attachments()) {
      boolean needed =
          a.required()
              || (a.requiredWhen() != null
                  && a.requiredWhen().holdsFor(caseValues.get(a.requiredWhen().field())));
      int pages = evidence.pagesOf(a.id());
      if (needed && pages == 0) {
        errors.add(Messages.attachmentRequired(a));
      } else if (a.maxPages() != null && pages > a.maxPages()) {
        errors.add(Messages.tooManyPages(a));
      }
    }
    if (form.signature().required() && !evidence.signed()) {
      errors.add(Messages.signatureRequired(form.signature()));
    }
    return List.copyOf(errors);
  }
}
