package de.buergerkoffer.hub.enrollment;

import jakarta.validation.constraints.NotBlank;

/**
 * A kit asks to be enrolled.
 *
 * @param token the one-time enrollment token the admin handed out
 * @param csrPem a PKCS#10 request for the kit's key, the kit id as common name
 */
public record EnrollmentRequest(@NotBlank String token, @NotBlank String csrPem) {}
