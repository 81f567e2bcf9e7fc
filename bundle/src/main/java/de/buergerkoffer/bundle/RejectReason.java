package de.buergerkoffer.bundle;

/**
 * Why a bundle was refused. The code is machine-readable and stable: it is stored with the
 * quarantined bundle and sent back to the kit in the negative acknowledgement.
 */
public enum RejectReason {
  /** Larger than the configured limit, sealed or unpacked. */
  OVERSIZED,
  /** Not a CMS structure, not a ZIP, or a required part is missing. */
  MALFORMED,
  /** Encrypted, but not for this hub's key. */
  NOT_FOR_THIS_HUB,
  /** Decryption or its integrity check failed: the bytes were changed on the way. */
  DECRYPTION_FAILED,
  /** The signature does not verify. */
  BAD_SIGNATURE,
  /** The signer's certificate was not issued by the hub CA, has expired, or is not a kit's. */
  UNTRUSTED_SIGNER,
  /** The kit that signed has been revoked. */
  REVOKED_SIGNER,
  /** The kit id in topic, manifest and signer certificate do not agree. */
  SIGNER_MISMATCH,
  /** The manifest's major format version is unknown to this hub. */
  UNSUPPORTED_VERSION,
  /** A ZIP entry's name is unsafe (absolute, {@code ..}, backslash) or not listed. */
  UNSAFE_ENTRY,
  /** An entry's size or SHA-256 differs from the manifest. */
  HASH_MISMATCH,
  /** Case data is not valid JSON of the expected shape. */
  INVALID_CASE_DATA,
  /** Case data fails its form's validation rules. */
  FORM_VALIDATION_FAILED,
  /** The case's form or form version is not known to the hub. */
  UNKNOWN_FORM
}
