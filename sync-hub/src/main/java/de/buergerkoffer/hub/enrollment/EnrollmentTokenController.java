package de.buergerkoffer.hub.enrollment;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** One-time enrollment tokens over the JSON API, and their QR codes. */
@RestController
class EnrollmentTokenController {

  private final EnrollmentTokens tokens;

  EnrollmentTokenController(EnrollmentTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * How long a new token works.
   *
   * @param validFor ISO-8601 duration, e.g. PT24H (the default) up to P7D
   */
  record NewToken(Duration validFor) {}

  @Operation(summary = "Create a one-time enrollment token (validFor: ISO-8601, default PT24H)")
  @PostMapping("/api/enrollment-tokens")
  ResponseEntity<EnrollmentTokens.TokenView> create(@RequestBody(required = false) NewToken body) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(tokens.create(body == null ? null : body.validFor()));
  }

  @Operation(
      summary = "Enrollment tokens: open ones with their value, used and expired ones without")
  @GetMapping("/api/enrollment-tokens")
  List<EnrollmentTokens.TokenView> list() {
    return tokens.all();
  }

  @Operation(summary = "An open enrollment token as a QR code")
  @GetMapping(value = "/api/enrollment-tokens/{token}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  byte[] qr(@PathVariable String token) {
    EnrollmentTokens.TokenView open =
        tokens
            .open(token)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no open enrollment token " + token));
    return TokenQrCode.png(open.token());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
  }
}
