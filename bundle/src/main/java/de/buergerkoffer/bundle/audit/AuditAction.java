package de.buergerkoffer.bundle.audit;

/**
 * The actions kit and hub write into their audit logs. Stable names: they are stored in the log and
 * covered by its hashes, so a constant is never renamed; new ones may be added. The stored value is
 * {@link #name()}.
 */
public enum AuditAction {
  /** A kit enrolled: on the kit when it got its certificate, on the hub when it issued one. */
  ENROLL,
  /** A clerk or admin logged in. */
  LOGIN,
  /** A login attempt failed. */
  LOGIN_FAILED,
  /** A clerk or admin logged out, or a session ended. */
  LOGOUT,
  /** A case was captured on the kit (subject: the case number). */
  CAPTURE,
  /** The hub accepted a bundle, new or delivered again (subject: the bundle id). */
  SYNC_ACCEPT,
  /** The kit applied a verified acknowledgement of the hub (subject: the bundle id). */
  SYNC_ACK,
  /** The hub quarantined something it could not accept. */
  QUARANTINE,
  /** The kit wrote its pending bundles to a USB stick. */
  EXPORT,
  /** The hub imported bundles from a USB stick, or the kit the hub's acks from one. */
  IMPORT,
  /** A kit (or a clerk's access) was revoked. */
  REVOKE,
  /** A kit's data was wiped. */
  WIPE
}
