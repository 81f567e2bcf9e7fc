package de.buergerkoffer.kit.documents;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.document.CaseDocument;
import de.buergerkoffer.forms.document.CaseFiles;
import de.buergerkoffer.forms.document.CasePdf;
import de.buergerkoffer.forms.document.Municipality;
import de.buergerkoffer.kit.capture.CapturedCase;
import de.buergerkoffer.kit.capture.DocumentRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kit's case documents: renders each captured case to its PDF/A-3u ({@link CasePdf}), which
 * travels in the case's bundle as {@value CaseFiles#DOCUMENT_NAME} and is stored encrypted like
 * every other document. Also builds the {@link CaseDocument} a receipt is made from.
 *
 * <p>Rendering never stops a capture: when it fails, the case is stored without the PDF and the hub
 * renders it from the case data.
 */
public final class CaseDocuments implements DocumentRenderer {

  private static final Logger log = LoggerFactory.getLogger(CaseDocuments.class);

  private final FormCatalog catalog;
  private final Municipality town;
  private final String place;
  private final CasePdf renderer = new CasePdf();

  public CaseDocuments(FormCatalog catalog, Municipality town, String place) {
    this.catalog = catalog;
    this.town = town;
    this.place = place;
  }

  /**
   * The document of a case, from the exact form version it was captured with; empty when the kit no
   * longer knows that version.
   */
  public Optional<CaseDocument> document(CapturedCase c, List<Attachment> attachments) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    attachments.forEach(a -> files.put(a.name(), a.data()));
    return catalog
        .find(c.formId(), c.formVersion())
        .map(
            form ->
                CaseFiles.document(
                    form,
                    c.caseNumber(),
                    c.fields(),
                    c.capturedAt(),
                    c.clerk(),
                    place,
                    town,
                    files))
        .map(
            doc ->
                c.identityCheck() == null ? doc : doc.withIdentity(c.identityCheck().describeDe()));
  }

  @Override
  public List<Attachment> render(CapturedCase stored, List<Attachment> attachments) {
    try {
      Optional<CaseDocument> doc = document(stored, attachments);
      if (doc.isEmpty()) {
        log.warn("Case {}: form not found, no PDF rendered", stored.caseNumber());
        return List.of();
      }
      return List.of(new Attachment(CaseFiles.DOCUMENT_NAME, renderer.render(doc.get())));
    } catch (RuntimeException | OutOfMemoryError e) {
      log.warn(
          "Case {}: PDF not rendered ({}); the hub renders it from the case data",
          stored.caseNumber(),
          e.toString());
      return List.of();
    }
  }
}
