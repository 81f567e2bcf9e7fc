package de.buergerkoffer.kit.capture;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.IdentityCheck;
import de.buergerkoffer.bundle.audit.AuditAction;
import de.buergerkoffer.forms.Evidence;
import de.buergerkoffer.forms.FieldError;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.FormValidator;
import de.buergerkoffer.kit.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Captures a case at the kitchen table: validates the values, documents and signature against the
 * current version of the service's form and stores the case with its outbox entry and its PDF/A
 * document ({@link DocumentRenderer}). Needs no network.
 */
public final class CaptureService {

  private static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/Berlin");

  private final FormCatalog catalog;
  private final CaseStore store;
  private final AttachmentLimits limits;
  private final FreezeCheck freeze;
  private final Clock clock;
  private final AuditLog audit;
  private final DocumentRenderer documents;

  /** A capture service that stores no rendered document with the cases. */
  public CaptureService(
      FormCatalog catalog,
      CaseStore store,
      AttachmentLimits limits,
      FreezeCheck freeze,
      Clock clock,
      AuditLog audit) {
    this(catalog, store, limits, freeze, clock, audit, DocumentRenderer.NONE);
  }

  /** A capture service that stores what {@code documents} renders with every case. */
  public CaptureService(
      FormCatalog catalog,
      CaseStore store,
      AttachmentLimits limits,
      FreezeCheck freeze,
      Clock clock,
      AuditLog audit,
      DocumentRenderer documents) {
    this.documents = documents;
    this.catalog = catalog;
    this.store = store;
    this.limits = limits;
    this.freeze = freeze;
    this.clock = clock;
    this.audit = audit;
  }

  /** Whether new cases may be started now. */
  public FreezeState freezeState() {
    return freeze.now();
  }

  /** Captures a new case without documents. */
  public CaptureResult capture(String formId, Clerk clerk, Map<String, String> fields) {
    return capture(formId, clerk, fields, List.of(), false);
  }

  /**
   * Captures a case with its documents: stored with its outbox entry when the values pass the
   * form's rules and the documents the size limits, else nothing is stored and the errors say why.
   * A frozen kit refuses new cases but finishes one the clerk had already started.
   *
   * @param clerk the logged-in clerk: the display name is recorded on the case, the user name in
   *     the audit log
   * @param alreadyStarted the clerk opened this case's form before; it is finished even when frozen
   */
  public CaptureResult capture(
      String formId,
      Clerk clerk,
      Map<String, String> fields,
      List<Attachment> attachments,
      boolean alreadyStarted) {
    return capture(formId, clerk, fields, attachments, alreadyStarted, null);
  }

  /**
   * Captures a case like {@link #capture(String, Clerk, Map, List, boolean)}, with how the
   * resident's identity was established (it travels with the case and is printed on its document).
   *
   * @param identityCheck from the visit's ID-card step, or null when none was established
   */
  public CaptureResult capture(
      String formId,
      Clerk clerk,
      Map<String, String> fields,
      List<Attachment> attachments,
      boolean alreadyStarted,
      IdentityCheck identityCheck) {
    if (!alreadyStarted && freeze.now() instanceof FreezeState.Frozen frozen) {
      return new CaptureResult.Frozen(frozen.reasonsDe());
    }
    Optional<FormDefinition> form = catalog.latest(formId);
    if (form.isEmpty()) {
      return new CaptureResult.UnknownForm(formId);
    }
    Instant now = clock.instant();
    Map<String, String> trimmed = trim(fields);
    List<FieldError> errors =
        new java.util.ArrayList<>(
            FormValidator.validate(form.get(), trimmed, LocalDate.ofInstant(now, LOCAL_ZONE)));
    errors.addAll(
        FormValidator.validateEvidence(
            form.get(),
            trimmed,
            Evidence.fromAttachmentNames(attachments.stream().map(Attachment::name).toList())));
    errors.addAll(limits.check(attachments));
    if (!errors.isEmpty()) {
      return new CaptureResult.Invalid(errors);
    }
    CapturedCase stored =
        store.storeNew(
            form.get().id(),
            form.get().version(),
            clerk.displayName(),
            now,
            trimmed,
            attachments,
            identityCheck,
            documents);
    audit.record(
        clerk.username(),
        AuditAction.CAPTURE,
        stored.caseNumber(),
        "form="
            + stored.formId()
            + " v"
            + stored.formVersion()
            + "; attachments="
            + attachments.size());
    return new CaptureResult.Captured(stored);
  }

  private static Map<String, String> trim(Map<String, String> fields) {
    var result = new java.util.TreeMap<String, String>();
    fields.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            result.put(k, v.strip());
          }
        });
    return result;
  }
}
