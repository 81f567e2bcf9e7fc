package de.buergerkoffer.hub.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.inbox.CasePdfs;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import de.buergerkoffer.hub.workflow.CaseStates;
import de.buergerkoffer.hub.workflow.CaseStatusListener;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Wires the export and works off due jobs every {@code bk.hub.export.poll-interval}. */
@Configuration
class ExportConfig {

  @Bean
  CaseExport caseExport(
      ReceivedCases cases,
      CasePdfs pdfs,
      CaseStates states,
      ExportJobs jobs,
      FormCatalog catalog,
      AuditLog audit,
      Clock clock,
      ObjectMapper json,
      ExportSettings settings) {
    return new CaseExport(cases, pdfs, states, jobs, catalog, audit, clock, json, settings);
  }

  /** With {@code bk.hub.export.on-done}: a case set to "erledigt" is exported at once. */
  @Bean
  CaseStatusListener exportWhenDone(CaseExport export, ExportSettings settings) {
    return now -> {
      if (settings.onDone() && now.status() == WorkStatus.DONE) {
        export.request(now.caseId(), "hub");
      }
    };
  }

  @Bean
  ExportWorker exportWorker(CaseExport export) {
    return new ExportWorker(export);
  }

  /** The scheduled worker. */
  static final class ExportWorker {
    private final CaseExport export;

    ExportWorker(CaseExport export) {
      this.export = export;
    }

    @Scheduled(
        fixedDelayString = "${bk.hub.export.poll-interval:2s}",
        initialDelayString = "${bk.hub.export.poll-interval:2s}")
    void run() {
      export.runDue();
    }
  }
}
