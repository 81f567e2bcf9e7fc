package de.buergerkoffer.hub.inbox;

import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import de.buergerkoffer.forms.CaseSummary;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.hub.export.CaseExport;
import de.buergerkoffer.hub.workflow.CaseTransitions;
import de.buergerkoffer.hub.workflow.CaseWorkflow;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's page ({@code /faelle/{id}}): its data with the form's labels, documents, the PDF, the
 * history; status change and export for case workers.
 */
@Controller
class CasePage {

  private final ReceivedCases cases;
  private final FormCatalog catalog;
  private final CaseWorkflow workflow;
  private final CaseExport export;

  CasePage(ReceivedCases cases, FormCatalog catalog, CaseWorkflow workflow, CaseExport export) {
    this.cases = cases;
    this.catalog = catalog;
    this.workflow = workflow;
    this.export = export;
  }

  @GetMapping("/faelle/{caseId}")
  String page(@PathVariable UUID caseId, Model model) {
    ReceivedCase c =
        cases
            .find(caseId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no case"));
    WorkStatus status = WorkStatus.valueOf(c.status());
    var form = catalog.find(c.formId(), c.formVersion());
    model.addAttribute("c", c);
    model.addAttribute("service", form.map(FormDefinition::titleDe).orElse(c.formId()));
    model.addAttribute("summary", form.map(f -> CaseSummary.of(f, c.fields())).orElse(null));
    model.addAttribute("attachments", cases.attachments(caseId));
    model.addAttribute("supplements", cases.supplementsTo(c.caseNumber()));
    model.addAttribute(
        "supplementOf",
        c.supplementTo() == null ? null : cases.findByNumber(c.supplementTo()).orElse(null));
    model.addAttribute("history", workflow.history(caseId));
    model.addAttribute("jobs", export.jobs(caseId));
    model.addAttribute("status", status);
    model.addAttribute("next", List.copyOf(CaseTransitions.from(status)));
    model.addAttribute("noteRequired", CaseTransitions.finished(status));
    return "case";
  }

  @PostMapping("/faelle/{caseId}/status")
  String status(
      @PathVariable UUID caseId,
      @RequestParam WorkStatus status,
      @RequestParam(required = false) String note,
      Principal user,
      RedirectAttributes redirect) {
    try {
      workflow.change(caseId, status, note, user.getName());
      redirect.addFlashAttribute("done", "case.statusChanged");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      redirect.addFlashAttribute("draftNote", note);
    }
    return "redirect:/faelle/" + caseId;
  }

  @PostMapping("/faelle/{caseId}/export")
  String export(@PathVariable UUID caseId, Principal user, RedirectAttributes redirect) {
    try {
      export.request(caseId, user.getName());
      redirect.addFlashAttribute("done", "case.exportQueued");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/faelle/" + caseId;
  }
}
