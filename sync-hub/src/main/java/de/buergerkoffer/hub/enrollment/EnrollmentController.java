package de.buergerkoffer.hub.enrollment;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Kit enrollment over HTTP (the kit is in reach of the town hall when it is set up). */
@RestController
class EnrollmentController {

  private final EnrollmentService service;

  EnrollmentController(EnrollmentService service) {
    this.service = service;
  }

  @Operation(summary = "Enroll a kit with a one-time token and a certificate request")
  @PostMapping("/api/enrollment")
  EnrollmentResponse enroll(@Valid @RequestBody EnrollmentRequest request) {
    return service.enroll(request);
  }

  @Operation(
      summary =
          "Renew a kit certificate: CMS SignedData (DER) by the kit's current key over a new CSR")
  @PostMapping(
      value = "/api/enrollment/renew",
      consumes = {"application/pkcs7-mime", MediaType.APPLICATION_OCTET_STREAM_VALUE})
  EnrollmentResponse renew(@RequestBody byte[] signedCsr) {
    return service.renew(signedCsr);
  }

  @ExceptionHandler(EnrollmentException.class)
  ResponseEntity<Map<String, String>> refused(EnrollmentException e) {
    HttpStatus status = e.conflict() ? HttpStatus.CONFLICT : HttpStatus.FORBIDDEN;
    return ResponseEntity.status(status).body(Map.of("error", e.getMessage()));
  }
}
