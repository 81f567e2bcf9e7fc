package de.buergerkoffer.hub.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.buergerkoffer.bundle.crypto.Hmac;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.inbox.CasePdfs;
import de.buergerkoffer.hub.inbox.ReceivedCase;
import de.buergerkoffer.hub.inbox.ReceivedCases;
import de.buergerkoffer.hub.workflow.CaseEvent;
import de.buergerkoffer.hub.workflow.CaseStates;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports cases to the back office. A request creates one persisted job per target (the drop
 * folder; the webhook when configured); {@link #runDue} works them off, and a failed attempt is
 * tried again after an exponentially growing wait, so nothing is lost when the back office or the
 * hub is down for a while.
 *
 * <ul>
 *   <li>Drop folder: {@code <caseNumber>.pdf} (the PDF/A) and {@code <caseNumber>.json} (case data,
 *       labels, form id and version, attachments' hashes, status history), each written to a
 *       temporary file and moved into place, so the back office never reads half a file; the JSON
 *       comes last and marks the pair complete.
 *   <li>Webhook: a JSON POST with the same case data and the PDF in Base64 (the back office needs
 *       no access to the hub), optionally signed with HMAC-SHA256 over the body in {@code
 *       X-BK-Signature: sha256=<hex>}; any 2xx answer counts as delivered.
 * </ul>
 */
public class CaseExport {

  private static final Logger log = LoggerFactory.getLogger(CaseExport.class);

  private final ReceivedCases cases;
  private final CasePdfs pdfs;
  private final CaseStates states;
  private final ExportJobs jobs;
  private final FormCatalog catalog;
  private final AuditLog audit;
  private final Clock clock;
  private final ObjectMapper json;
  private final ExportSettings settings;
  private final HttpClient http;

  CaseExport(
      ReceivedCases cases,
      CasePdfs pdfs,
      CaseStates states,
      ExportJobs jobs,
      FormCatalog catalog,
      AuditLog audit,
      Clock clock,
      ObjectMapper json,
      ExportSettings settings) {
    this.cases = cases;
    this.pdfs = pdfs;
    this.states = states;
    this.jobs = jobs;
    this.catalog = catalog;
    this.audit = audit;
    this.clock = clock;
    this.json = json;
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Queues the export of a case.
   *
   * @throws IllegalArgumentException for an unknown case
   */
  public void request(UUID caseId, String actor) {
    ReceivedCase c =
        cases
            .find(caseId)
            .orElseThrow(() -> new IllegalArgumentException("Diesen Vorgang gibt es nicht."));
    Instant now = clock.instant();
    jobs.add(caseId, ExportJob.Target.DROP, actor, now);
    if (settings.webhook()) {
      jobs.add(caseId, ExportJob.Target.WEBHOOK, actor, now);
    }
    audit.record(
        actor, "CASE_EXPORT_REQUEST", c.caseNumber(), settings.webhook() ? "drop+webhook" : "drop");
  }

  public List<ExportJob> jobs(UUID caseId) {
    return jobs.ofCase(caseId);
  }

  /** Works off the jobs that are due; returns how many were attempted. */
  public synchronized int runDue() {
    List<ExportJob> due = jobs.due(clock.instant(), 20);
    due.forEach(this::attempt);
    return due.size();
  }

  private void attempt(ExportJob job) {
    ReceivedCase c = cases.find(job.caseId()).orElse(null);
    try {
      if (c == null) {
        throw new IllegalStateException("case no longer stored");
      }
      String where =
          switch (job.target()) {
            case DROP -> drop(c);
            case WEBHOOK -> post(c);
          };
      Instant now = clock.instant();
      jobs.succeeded(job.id(), now);
      states.note(job.caseId(), new CaseEvent(now, job.requestedBy(), "EXPORT", null, where));
      audit.record(
          "hub", "CASE_EXPORT", c.caseNumber(), job.target() + " attempt " + (job.attempts() + 1));
    } catch (Exception e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      int attempts = job.attempts() + 1;
      Instant next =
          attempts >= settings.maxAttempts()
              ? null
              : clock.instant().plus(settings.backoff(attempts));
      jobs.failed(job.id(), error.length() > 500 ? error.substring(0, 500) : error, next);
      log.warn(
          "Export {} of case {} failed (attempt {}): {}",
          job.target(),
          job.caseId(),
          attempts,
          error);
      if (next == null && c != null) {
        audit.record(
            "hub",
            "CASE_EXPORT_FAILED",
            c.caseNumber(),
            job.target() + " gave up after " + attempts);
      }
    }
  }

  private String drop(ReceivedCase c) throws IOException {
    byte[] pdf = pdf(c);
    byte[] data = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(caseJson(c, pdf));
    Path folder = settings.dropFolder();
    Files.createDirectories(folder);
    writeAtomically(folder.resolve(c.caseNumber() + ".pdf"), pdf);
    writeAtomically(folder.resolve(c.caseNumber() + ".json"), data);
    return "Ablage " + folder.toAbsolutePath();
  }

  private String post(ReceivedCase c) throws IOException, InterruptedException {
    byte[] pdf = pdf(c);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", "case.exported");
    body.put("caseNumber", c.caseNumber());
    body.put("caseId", c.caseId());
    body.put("formId", c.formId());
    body.put("formVersion", c.formVersion());
    body.put("service", service(c));
    body.put("status", c.status());
    body.put("exportedAt", clock.instant());
    body.put("case", caseJson(c, pdf));
    body.put(
        "pdf",
        Map.of(
            "fileName",
            c.caseNumber() + ".pdf",
            "mediaType",
            "application/pdf",
            "sha256",
            Pki.sha256Hex(pdf),
            "base64",
            Base64.getEncoder().encodeToString(pdf)));
    if (settings.publicUrl() != null && !settings.publicUrl().isBlank()) {
      String base = settings.publicUrl().replaceAll("/+$", "");
      body.put(
          "links",
          Map.of(
              "case", base + "/faelle/" + c.caseId(),
              "pdf", base + "/api/cases/" + c.caseId() + "/pdf"));
    }
    byte[] bytes = json.writeValueAsBytes(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(settings.webhookUrl()))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-BK-Case-Number", c.caseNumber())
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    if (settings.webhookSecret() != null && !settings.webhookSecret().isBlank()) {
      request.header("X-BK-Signature", "sha256=" + Hmac.sha256Hex(settings.webhookSecret(), bytes));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("webhook answered HTTP " + response.statusCode());
    }
    return "Webhook " + settings.webhookUrl() + " (HTTP " + response.statusCode() + ")";
  }

  private byte[] pdf(ReceivedCase c) {
    return pdfs.pdf(c.caseId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no document for form " + c.formId() + " v" + c.formVersion()));
  }

  private Map<String, Object> caseJson(ReceivedCase c, byte[] pdf) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("caseId", c.caseId());
    out.put("caseNumber", c.caseNumber());
    out.put("formId", c.formId());
    out.put("formVersion", c.formVersion());
    out.put("service", service(c));
    out.put("kitId", c.kitId());
    out.put("clerk", c.clerk());
    out.put("capturedAt", c.capturedAt());
    out.put("receivedAt", c.receivedAt());
    out.put("status", c.status());
    out.put("fields", c.fields());
    catalog
        .find(c.formId(), c.formVersion())
        .ifPresent(
            form ->
                out.put("labels", de.buergerkoffer.forms.CaseSummary.of(form, c.fields()).lines()));
    out.put("attachments", cases.attachments(c.caseId()));
    out.put("history", states.history(c.caseId()));
    out.put("pdf", Map.of("fileName", c.caseNumber() + ".pdf", "sha256", Pki.sha256Hex(pdf)));
    out.put("exportedAt", clock.instant());
    return out;
  }

  private String service(ReceivedCase c) {
    return catalog
        .find(c.formId(), c.formVersion())
        .map(FormDefinition::titleDe)
        .orElse(c.formId());
  }

  private static void writeAtomically(Path target, byte[] data) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.write(temp, data);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
