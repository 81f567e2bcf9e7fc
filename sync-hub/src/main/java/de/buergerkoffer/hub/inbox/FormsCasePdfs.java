package de.buergerkoffer.hub.inbox;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.document.CaseDocument;
import de.buergerkoffer.forms.document.CasePdf;
import de.buergerkoffer.forms.document.Municipality;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A minimal rendering of the stored case with the forms module's {@link CasePdf}: form, values,
 * clerk, kit and date; without signature image and scans (those are listed as attachments on the
 * case page). Stands in until the full document service replaces it as the {@link CasePdfs} bean.
 */
@Component
class FormsCasePdfs implements CasePdfs {

  private final ReceivedCases cases;
  private final FormCatalog catalog;
  private final Municipality municipality;
  private final CasePdf renderer = new CasePdf();

  FormsCasePdfs(
      ReceivedCases cases,
      FormCatalog catalog,
      @Value("${bk.hub.municipality:Gemeindeverwaltung}") String municipality) {
    this.cases = cases;
    this.catalog = catalog;
    this.municipality = Municipality.of(municipality);
  }

  @Override
  public Optional<byte[]> pdf(UUID caseId) {
    return cases
        .find(caseId)
        .flatMap(
            c ->
                catalog
                    .find(c.formId(), c.formVersion())
                    .map(
                        form ->
                            renderer.render(
                                new CaseDocument(
                                    form,
                                    c.caseNumber(),
                                    c.fields(),
                                    c.capturedAt(),
                                    c.clerk(),
                                    "Bürgerkoffer " + c.kitId(),
                                    municipality,
                                    null,
                                    List.of(),
                                    c.identityCheck() == null
                                        ? ""
                                        : c.identityCheck().describeDe()))));
  }
}
