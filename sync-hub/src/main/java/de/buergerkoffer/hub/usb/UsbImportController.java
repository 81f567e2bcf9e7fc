package de.buergerkoffer.hub.usb;

import de.buergerkoffer.hub.audit.AuditLog;
import de.buergerkoffer.hub.ingest.IngestService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Import of a kit's USB export on the hub. */
@RestController
class UsbImportController {

  private final UsbImport usbImport;

  UsbImportController(IngestService ingest, AuditLog audit) {
    this.usbImport = new UsbImport(ingest, audit);
  }

  /** A folder on the hub's machine where the stick is mounted. */
  record Folder(@NotBlank String folder) {}

  @Operation(summary = "Import bundles from a USB stick; signed acks are written back onto it")
  @PostMapping("/api/import")
  UsbImport.Imported importFrom(@Valid @RequestBody Folder folder) {
    return usbImport.importFrom(Path.of(folder.folder()));
  }

  @ExceptionHandler({IllegalArgumentException.class, UncheckedIOException.class})
  ResponseEntity<Map<String, String>> failed(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .body(Map.of("error", e.getMessage()));
  }
}
