package de.buergerkoffer.kit.export;

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

/** Export to and acknowledgements from a USB stick, over the kit's local API. */
@RestController
class ExportController {

  private final UsbExport export;

  ExportController(UsbExport export) {
    this.export = export;
  }

  /** A folder on this machine, usually where the USB stick is mounted. */
  record Folder(@NotBlank String folder) {}

  @Operation(summary = "Write all pending sealed bundles to a folder (USB stick)")
  @PostMapping("/api/export")
  UsbExport.Exported exportTo(@Valid @RequestBody Folder folder) {
    return export.exportTo(Path.of(folder.folder()));
  }

  @Operation(summary = "Apply the hub's signed acknowledgements found in a folder (USB stick)")
  @PostMapping("/api/import-acks")
  Map<String, Integer> importAcks(@Valid @RequestBody Folder folder) {
    return Map.of("applied", export.importAcks(Path.of(folder.folder())));
  }

  @ExceptionHandler({IllegalStateException.class, UncheckedIOException.class})
  ResponseEntity<Map<String, String>> failed(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
  }
}
