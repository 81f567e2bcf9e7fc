package de.buergerkoffer.kit.visit;

import de.buergerkoffer.bundle.IdentityCheck;
import de.buergerkoffer.forms.IdCardAttribute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A visit at the kitchen table: who is visited, what the ID card said, the cases captured so far
 * and the draft of the form being filled. Stored encrypted after every step, so a reload or a
 * restart of the kit resumes exactly here; the ID data stays for the next service of the same
 * resident, without reading the card again.
 *
 * @param id the visit's id
 * @param plannedVisitId the town hall's visit id when the visit came from the plan, else null
 * @param residentName the resident's name as the plan or the clerk wrote it
 * @param address the resident's address as the plan wrote it, may be empty
 * @param requestedForms services the resident asked for (form ids), may be empty
 * @param card the ID-card data once read or typed, else null
 * @param done the cases captured in this visit, oldest first
 * @param draft the form being filled, or null
 * @param startedAt when the visit started
 */
public record Visit(
    UUID id,
    UUID plannedVisitId,
    String residentName,
    String address,
    List<String> requestedForms,
    IdCard card,
    List<DoneCase> done,
    Draft draft,
    Instant startedAt) {

  public Visit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(residentName, "residentName");
    Objects.requireNonNull(startedAt, "startedAt");
    address = address == null ? "" : address;
    requestedForms = List.copyOf(requestedForms == null ? List.of() : requestedForms);
    done = List.copyOf(done == null ? List.of() : done);
  }

  /**
   * The holder's data as the form prefill wants it, and how they were established. The photo from
   * the chip is never kept (data minimisation): the clerk compares it on the card itself.
   *
   * @param attributes ID-card attributes with their values
   * @param source CHIP, EID, MRZ or MANUAL
   * @param check how the identity was established; travels with every case of the visit (null in
   *     visits saved before the kit knew it)
   * @param detailDe what the reader said about the authenticity, for the clerk; empty for typed
   *     data
   */
  public record IdCard(
      Map<IdCardAttribute, String> attributes,
      String source,
      IdentityCheck check,
      String detailDe) {
    public IdCard {
      attributes = Map.copyOf(attributes);
      detailDe = detailDe == null ? "" : detailDe;
    }

    /**
     * How far the clerk may rely on the data: {@code ok} (checked by machine), {@code warn} (not
     * checked by machine) or {@code alert} (a chip was refused).
     */
    public String severity() {
      if (check == null) {
        return "warn";
      }
      if (check.outcome() == IdentityCheck.Outcome.VISUAL_CHECK_CHIP_REFUSED) {
        return "alert";
      }
      return check.verifiedByMachine() ? "ok" : "warn";
    }

    /** "Erika Mustermann", for the page. */
    public String holderName() {
      String given = attributes.getOrDefault(IdCardAttribute.GIVEN_NAMES, "");
      String family = attributes.getOrDefault(IdCardAttribute.FAMILY_NAME, "");
      return (given + " " + family).strip();
    }
  }

  /** A case captured during the visit. */
  public record DoneCase(UUID caseId, String caseNumber, String formId) {}

  /**
   * A form in progress.
   *
   * @param formId the service
   * @param step the step shown last, from 0
   * @param values the values entered so far, by case-data key
   * @param pages the scanned pages, in order
   * @param signature the resident's signature, or null
   */
  public record Draft(
      String formId, int step, Map<String, String> values, List<Page> pages, Signed signature) {
    public Draft {
      Objects.requireNonNull(formId, "formId");
      values = Map.copyOf(values == null ? Map.of() : values);
      pages = List.copyOf(pages == null ? List.of() : pages);
    }

    Draft withStep(int newStep) {
      return new Draft(formId, newStep, values, pages, signature);
    }

    Draft withValues(Map<String, String> newValues) {
      return new Draft(formId, step, newValues, pages, signature);
    }

    Draft withPage(Page page) {
      List<Page> more = new ArrayList<>(pages);
      more.add(page);
      return new Draft(formId, step, values, more, signature);
    }

    Draft withoutPage(int index) {
      List<Page> fewer = new ArrayList<>(pages);
      fewer.remove(index);
      return new Draft(formId, step, values, fewer, signature);
    }

    Draft withSignature(Signed newSignature) {
      return new Draft(formId, step, values, pages, newSignature);
    }

    /** Pages of one attachment, in order. */
    public List<Page> pagesOf(String attachmentId) {
      return pages.stream().filter(p -> p.attachmentId().equals(attachmentId)).toList();
    }
  }

  /** A scanned page: PNG bytes for an attachment requirement. */
  public record Page(String attachmentId, byte[] png) {}

  /** A signature: the stroke record (BKSG) and its picture. */
  public record Signed(byte[] strokes, byte[] png) {}

  Visit withCard(IdCard newCard) {
    return new Visit(
        id, plannedVisitId, residentName, address, requestedForms, newCard, done, draft, startedAt);
  }

  Visit withDraft(Draft newDraft) {
    return new Visit(
        id, plannedVisitId, residentName, address, requestedForms, card, done, newDraft, startedAt);
  }

  Visit withDone(DoneCase captured) {
    List<DoneCase> more = new ArrayList<>(done);
    more.add(captured);
    return new Visit(
        id, plannedVisitId, residentName, address, requestedForms, card, more, null, startedAt);
  }

  /** A supplement captured during the visit, next to the draft it was scanned in (kept). */
  Visit withSupplement(DoneCase captured, Draft remaining) {
    List<DoneCase> more = new ArrayList<>(done);
    more.add(captured);
    return new Visit(
        id,
        plannedVisitId,
        residentName,
        address,
        requestedForms,
        card,
        more,
        remaining,
        startedAt);
  }

  /** The values of the draft as a mutable copy. */
  Map<String, String> draftValues() {
    return draft == null ? new LinkedHashMap<>() : new LinkedHashMap<>(draft.values());
  }
}
