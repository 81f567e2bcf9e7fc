package de.buergerkoffer.kit.visit;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.IdentityCheck;
import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.forms.Evidence;
import de.buergerkoffer.forms.FieldError;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.FormValidator;
import de.buergerkoffer.forms.IdCardAttribute;
import de.buergerkoffer.forms.Prefill;
import de.buergerkoffer.forms.Supplements;
import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import de.buergerkoffer.hardware.scanner.ScanRequest;
import de.buergerkoffer.hardware.scanner.ScanResult;
import de.buergerkoffer.hardware.scanner.ScannedPage;
import de.buergerkoffer.hardware.scanner.Scanner;
import de.buergerkoffer.hardware.signature.CapturedSignature;
import de.buergerkoffer.hardware.signature.Signature;
import de.buergerkoffer.hardware.signature.SignatureCodec;
import de.buergerkoffer.hardware.signature.SignaturePad;
import de.buergerkoffer.hardware.signature.SignatureResult;
import de.buergerkoffer.kit.capture.CaptureResult;
import de.buergerkoffer.kit.capture.CaptureService;
import de.buergerkoffer.kit.capture.Clerk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visit at the kitchen table, step by step: resident, ID data, service, the form's sections,
 * documents, signature, summary, capture. Every change is saved at once (encrypted), so the flow
 * survives a reload or a restart at any point; the draft goes when the case is captured.
 *
 * <p>Plain Java: the store, the devices and the capture service are handed in.
 */
public final class VisitFlow {

  static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/Berlin");
  private static final Pattern PLAN_ADDRESS =
      Pattern.compile("\\s*(.+?)\\s*,\\s*(\\d{5})\\s+(.+?)\\s*");

  private final VisitStore store;
  private final FormCatalog catalog;
  private final Scanner scanner;
  private final SignaturePad pad;
  private final CaptureService capture;
  private final ScanReferences references;
  private final Clock clock;

  public VisitFlow(
      VisitStore store,
      FormCatalog catalog,
      Scanner scanner,
      SignaturePad pad,
      CaptureService capture,
      ScanReferences references,
      Clock clock) {
    this.references = references;
    this.store = store;
    this.catalog = catalog;
    this.scanner = scanner;
    this.pad = pad;
    this.capture = capture;
    this.clock = clock;
  }

  /** Starts a visit from the town hall's plan. */
  public Visit start(VisitPlan.PlannedVisit planned) {
    return save(
        new Visit(
            UUID.randomUUID(),
            planned.visitId(),
            planned.residentName(),
            planned.address(),
            planned.formIds(),
            null,
            List.of(),
            null,
            clock.instant()));
  }

  /** Starts a visit on the spot, without a plan. */
  public Visit startOnTheSpot(String residentName) {
    return save(
        new Visit(
            UUID.randomUUID(),
            null,
            residentName.strip(),
            "",
            List.of(),
            null,
            List.of(),
            null,
            clock.instant()));
  }

  /** An open visit. */
  public Visit get(UUID visitId) {
    return store.find(visitId).orElseThrow(() -> new NoSuchElementException("no visit"));
  }

  /** Open visits, oldest first. */
  public List<Visit> open() {
    return store.open();
  }

  /** Keeps the ID data of the resident for all services of this visit. */
  public Visit takeCard(UUID visitId, DocumentData data) {
    return takeCard(visitId, data, false);
  }

  /**
   * Keeps the ID data of the resident for all services of this visit, with how they were
   * established.
   *
   * @param chipRefused the document's chip was read before and refused as not genuine; the data
   *     were then typed after a visual check
   */
  public Visit takeCard(UUID visitId, DocumentData data, boolean chipRefused) {
    return save(get(visitId).withCard(idCard(data, chipRefused)));
  }

  /** Opens a service's form, prefilled from the ID data and the planned address. */
  public Visit startForm(UUID visitId, String formId) {
    Visit visit = get(visitId);
    FormDefinition form = form(formId);
    Map<IdCardAttribute, String> known = new EnumMap<>(IdCardAttribute.class);
    Matcher address = PLAN_ADDRESS.matcher(visit.address());
    if (address.matches()) {
      known.put(IdCardAttribute.STREET_AND_NUMBER, address.group(1));
      known.put(IdCardAttribute.POSTAL_CODE, address.group(2));
      known.put(IdCardAttribute.CITY, address.group(3));
    }
    if (visit.card() != null) {
      known.putAll(visit.card().attributes());
    }
    Map<String, String> values = new LinkedHashMap<>(Prefill.values(form, known));
    return save(visit.withDraft(new Visit.Draft(formId, 0, values, List.of(), null)));
  }

  /** The form of the visit's draft. */
  public FormDefinition formOf(Visit visit) {
    if (visit.draft() == null) {
      throw new NoSuchElementException("no form open");
    }
    return form(visit.draft().formId());
  }

  /** The steps of the draft's form. */
  public List<Step> steps(Visit visit) {
    return Step.of(formOf(visit));
  }

  /**
   * Saves what was entered on a step of fields, valid or not (nothing typed is lost), and moves the
   * draft's position there.
   *
   * @param posted the posted values; only keys of this step's fields are taken, and a field of this
   *     step that is not posted (an unticked choice) is cleared
   */
  public Visit saveStep(UUID visitId, int step, Map<String, String> posted) {
    Visit saved = saveValues(visitId, step, posted);
    return save(saved.withDraft(saved.draft().withStep(step)));
  }

  /**
   * Saves what was entered on a step, like {@link #saveStep}, without moving the draft's position:
   * for the autosave while typing, which may arrive after the clerk went on.
   */
  public Visit saveValues(UUID visitId, int step, Map<String, String> posted) {
    Visit visit = get(visitId);
    Step s = steps(visit).get(step);
    Map<String, String> values = visit.draftValues();
    if (s instanceof Step.Fields fields) {
      values.keySet().removeIf(fields::owns);
      posted.forEach(
          (k, v) -> {
            if (fields.owns(k) && v != null && !v.isBlank()) {
              values.put(k, v);
            }
          });
    }
    return save(visit.withDraft(visit.draft().withValues(values)));
  }

  /** Remembers the step shown, so the visit resumes there. */
  public Visit goTo(UUID visitId, int step) {
    Visit visit = get(visitId);
    if (visit.draft().step() == step) {
      return visit;
    }
    return save(visit.withDraft(visit.draft().withStep(step)));
  }

  /** The problems of one step, with the forms module's messages; empty when it may be left. */
  public List<FieldError> errors(Visit visit, int step) {
    Step s = steps(visit).get(step);
    FormDefinition form = formOf(visit);
    if (s instanceof Step.Fields fields) {
      return FormValidator.validate(form, visit.draft().values(), today()).stream()
          .filter(e -> fields.owns(e.fieldId()))
          .toList();
    }
    if (s instanceof Step.Summary) {
      return allErrors(visit);
    }
    boolean signatureStep = s instanceof Step.Signature;
    return FormValidator.validateEvidence(form, visit.draft().values(), evidence(visit.draft()))
        .stream()
        .filter(e -> "signature".equals(e.fieldId()) == signatureStep)
        .toList();
  }

  /** Every problem of the draft: values, documents, signature. */
  public List<FieldError> allErrors(Visit visit) {
    FormDefinition form = formOf(visit);
    List<FieldError> errors =
        new ArrayList<>(FormValidator.validate(form, visit.draft().values(), today()));
    errors.addAll(
        FormValidator.validateEvidence(form, visit.draft().values(), evidence(visit.draft())));
    return errors;
  }

  /** Scans one page for an attachment of the form; the pages are kept in the draft. */
  public ScanResult scan(UUID visitId, String attachmentId) {
    Visit visit = get(visitId);
    if (formOf(visit).attachment(attachmentId).isEmpty()) {
      throw new NoSuchElementException("no attachment " + attachmentId);
    }
    ScanResult result = scanner.scan(ScanRequest.singlePage());
    if (result instanceof ScanResult.Scanned scanned) {
      Visit.Draft draft = visit.draft();
      for (ScannedPage page : scanned.pages()) {
        draft = draft.withPage(new Visit.Page(attachmentId, page.png()));
      }
      save(visit.withDraft(draft));
    }
    return result;
  }

  /**
   * A scan as a case found on it: the number of a case the kit knows, and the draft's pages that
   * name it.
   *
   * @param caseNumber the case named by a code on the pages
   * @param pageIndexes indexes into the draft's pages, from 0
   */
  public record SupplementOffer(String caseNumber, List<Integer> pageIndexes)
      implements java.io.Serializable {
    public SupplementOffer {
      pageIndexes = List.copyOf(pageIndexes);
    }

    /** The page numbers as the clerk sees them (from 1), e.g. "1, 2". */
    public String pageNumbers() {
      return String.join(", ", pageIndexes.stream().map(i -> String.valueOf(i + 1)).toList());
    }
  }

  /**
   * Reads the codes on the draft's pages from {@code firstIndex} on (those of the last scan) and
   * offers to send them as a supplement ("Nachreichung") to each known case they name. None while
   * the draft is itself a supplement.
   */
  public List<SupplementOffer> supplementOffers(UUID visitId, int firstIndex) {
    Visit visit = get(visitId);
    if (visit.draft() == null || Supplements.FORM_ID.equals(visit.draft().formId())) {
      return List.of();
    }
    List<Visit.Page> pages = visit.draft().pages();
    List<ScannedPage> scanned = new ArrayList<>();
    for (int i = Math.max(0, firstIndex); i < pages.size(); i++) {
      // page number = index + 1, as in the previews
      ScanReferences.page(i + 1, pages.get(i).png()).ifPresent(scanned::add);
    }
    return references.offers(scanned).stream()
        .map(
            o -> new SupplementOffer(o.caseId(), o.pageNumbers().stream().map(n -> n - 1).toList()))
        .toList();
  }

  /**
   * The clerk accepted an offer: the pages leave the draft and travel as a case of their own, a
   * supplement to {@code caseNumber}, through the normal outbox. The draft keeps its other pages.
   *
   * @param pageIndexes indexes into the draft's pages, from 0
   * @throws IllegalArgumentException when the kit does not know the case or a page is not there
   */
  public CaptureResult sendAsSupplement(
      UUID visitId, String caseNumber, List<Integer> pageIndexes, Clerk clerk) {
    Visit visit = get(visitId);
    List<Visit.Page> pages = visit.draft().pages();
    List<Integer> chosen = pageIndexes.stream().distinct().sorted().toList();
    if (chosen.isEmpty() || chosen.get(0) < 0 || chosen.get(chosen.size() - 1) >= pages.size()) {
      throw new IllegalArgumentException("no such page");
    }
    if (!references.knows(caseNumber)) {
      throw new IllegalArgumentException("unknown case " + caseNumber);
    }
    List<Attachment> attachments = new ArrayList<>();
    for (int n = 0; n < chosen.size(); n++) {
      attachments.add(
          new Attachment(
              Evidence.pageName(Supplements.PAGES_ATTACHMENT, n + 1, "png"),
              pages.get(chosen.get(n)).png()));
    }
    CaptureResult result =
        capture.capture(
            Supplements.FORM_ID,
            clerk,
            Map.of(Supplements.REFERENCE_FIELD, caseNumber),
            attachments,
            true,
            visit.card() == null ? null : visit.card().check());
    if (result instanceof CaptureResult.Captured c) {
      Visit.Draft remaining = visit.draft();
      for (int i = chosen.size() - 1; i >= 0; i--) {
        remaining = remaining.withoutPage(chosen.get(i));
      }
      save(
          visit.withSupplement(
              new Visit.DoneCase(
                  c.captured().caseId(), c.captured().caseNumber(), Supplements.FORM_ID),
              remaining));
    }
    return result;
  }

  /** Removes a scanned page (index in the draft's pages). */
  public Visit removePage(UUID visitId, int index) {
    Visit visit = get(visitId);
    return save(visit.withDraft(visit.draft().withoutPage(index)));
  }

  /** Checks the resident's signature and keeps it in the draft when it counts. */
  public SignatureResult sign(UUID visitId, Signature signature) {
    Visit visit = get(visitId);
    SignatureResult result = pad.submit(signature);
    if (result instanceof SignatureResult.Accepted accepted) {
      CapturedSignature c = accepted.captured();
      save(
          visit.withDraft(
              visit.draft().withSignature(new Visit.Signed(c.strokeData(), c.image().png()))));
    }
    return result;
  }

  /** Clears the signature, to sign again. */
  public Visit clearSignature(UUID visitId) {
    Visit visit = get(visitId);
    return save(visit.withDraft(visit.draft().withSignature(null)));
  }

  /**
   * Captures the draft as a case (values, pages, signature). On success the draft is gone and the
   * case is listed in the visit; otherwise the draft stays as it was.
   *
   * @param clerk the logged-in clerk, recorded on the case
   */
  public CaptureResult submit(UUID visitId, Clerk clerk) {
    Visit visit = get(visitId);
    List<FieldError> missing = allErrors(visit);
    if (!missing.isEmpty()) {
      return new CaptureResult.Invalid(missing);
    }
    Visit.Draft draft = visit.draft();
    CaptureResult result =
        capture.capture(
            draft.formId(),
            clerk,
            draft.values(),
            attachments(draft),
            true,
            visit.card() == null ? null : visit.card().check());
    if (result instanceof CaptureResult.Captured c) {
      save(
          visit.withDone(
              new Visit.DoneCase(
                  c.captured().caseId(), c.captured().caseNumber(), draft.formId())));
    }
    return result;
  }

  /** Drops the open form without capturing it. */
  public Visit discardDraft(UUID visitId) {
    return save(get(visitId).withDraft(null));
  }

  /**
   * Ends every visit started longer than {@code maxAge} ago: their drafts and ID data are deleted
   * (data minimisation; a visit lasts hours, not days).
   *
   * @return how many were ended
   */
  public int endVisitsOlderThan(java.time.Duration maxAge) {
    return store.closeStartedBefore(clock.instant().minus(maxAge));
  }

  /** Ends the visit: its draft and ID data are deleted. */
  public void close(UUID visitId) {
    store.close(visitId);
  }

  static List<Attachment> attachments(Visit.Draft draft) {
    List<Attachment> attachments = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Visit.Page page : draft.pages()) {
      int n = counts.merge(page.attachmentId(), 1, Integer::sum);
      attachments.add(new Attachment(Evidence.pageName(page.attachmentId(), n, "png"), page.png()));
    }
    if (draft.signature() != null) {
      attachments.add(new Attachment("signature.png", draft.signature().png()));
      attachments.add(
          new Attachment("signature-strokes.json", strokesJson(draft.signature().strokes())));
    }
    return attachments;
  }

  private static byte[] strokesJson(byte[] strokes) {
    try {
      return WireJson.mapper()
          .writeValueAsBytes(
              Map.of(
                  "mediaType",
                  SignatureCodec.MEDIA_TYPE,
                  "format",
                  "BKSG/1",
                  "base64",
                  Base64.getEncoder().encodeToString(strokes)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Evidence evidence(Visit.Draft draft) {
    List<String> names = attachments(draft).stream().map(Attachment::name).toList();
    return Evidence.fromAttachmentNames(names);
  }

  static Visit.IdCard idCard(DocumentData data, boolean chipRefused) {
    Map<IdCardAttribute, String> a = new EnumMap<>(IdCardAttribute.class);
    a.put(IdCardAttribute.FAMILY_NAME, readable(data.surname()));
    if (!data.givenNames().isBlank()) {
      a.put(IdCardAttribute.GIVEN_NAMES, readable(data.givenNames()));
    }
    a.put(IdCardAttribute.DATE_OF_BIRTH, data.birthDate().toString());
    a.put(
        IdCardAttribute.NATIONALITY,
        "D".equals(data.nationality()) ? "deutsch" : data.nationality());
    a.put(IdCardAttribute.DOCUMENT_NUMBER, data.documentNumber());
    boolean typed = data.source() == DataSource.MRZ || data.source() == DataSource.MANUAL;
    return new Visit.IdCard(
        a,
        data.source().name(),
        identityCheck(data, chipRefused),
        typed ? "" : data.authenticity().messageDe());
  }

  /**
   * How the identity was established, from the reader's result: source, what passive authentication
   * (or the eID service) checked, and what chip authentication showed. Typed data count as checked
   * by eye: the ID-card step asks the clerk to confirm that.
   */
  static IdentityCheck identityCheck(DocumentData data, boolean chipRefused) {
    IdentityCheck.Source source = IdentityCheck.Source.valueOf(data.source().name());
    IdentityCheck.Outcome outcome =
        switch (data.source()) {
          case MRZ, MANUAL ->
              chipRefused
                  ? IdentityCheck.Outcome.VISUAL_CHECK_CHIP_REFUSED
                  : IdentityCheck.Outcome.VISUAL_CHECK;
          case CHIP, EID -> IdentityCheck.Outcome.valueOf(data.authenticity().level().name());
        };
    return new IdentityCheck(
        source, outcome, IdentityCheck.ChipCheck.valueOf(data.authenticity().chip().name()));
  }

  /** "MUSTERMANN" → "Mustermann", "ERIKA MARIA" → "Erika Maria", "VON DER LEYEN" kept as words. */
  static String readable(String icaoName) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char ch : icaoName.strip().toLowerCase(Locale.GERMAN).toCharArray()) {
      out.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-';
    }
    return out.toString();
  }

  private FormDefinition form(String formId) {
    return catalog
        .latest(formId)
        .orElseThrow(() -> new NoSuchElementException("Unbekannte Leistung " + formId));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), LOCAL_ZONE);
  }

  private Visit save(Visit visit) {
    store.save(visit);
    return visit;
  }
}
