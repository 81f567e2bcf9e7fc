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
  WIPE,
  /** Hub: a clerk account was created (subject: the user name). */
  CLERK_CREATE,
  /** Hub: a clerk's display name or kits changed (subject: the user name). */
  CLERK_CHANGE,
  /** Hub: a clerk got a new PIN (subject: the user name; never the PIN or its hash). */
  CLERK_PIN,
  /** Hub: a clerk account was deactivated (subject: the user name). */
  CLERK_DEACTIVATE,
  /** Hub: a deactivated clerk account was reactivated (subject: the user name). */
  CLERK_REACTIVATE,
  /** Kit: a newer clerk roster from the hub was applied (detail: its version). */
  CLERK_ROSTER,
  /** Kit: a user name was locked after repeated wrong PINs (subject: the user name). */
  LOGIN_LOCKED,
  /** Town-hall staff planned, changed or removed a visit, or old visits were purged (no names). */
  VISIT_PLAN,
  /** An admin released a quarantined bundle: it was ingested again (subject: quarantine id). */
  QUARANTINE_RELEASE,
  /** An admin rejected a quarantined bundle for good; it is kept (subject: quarantine id). */
  QUARANTINE_REJECT
}
