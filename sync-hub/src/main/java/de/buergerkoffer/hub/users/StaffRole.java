package de.buergerkoffer.hub.users;

/**
 * What a town-hall account may do on the hub. One role per account; an admin may do everything a
 * case worker may, a case worker everything a clerk may.
 */
public enum StaffRole {
  /** Verwaltung: kits, staff, catalog, quarantine, audit, plus all case work. */
  ADMIN,
  /** Sachbearbeitung im Rathaus: works cases (status, export), plans visits. */
  CASE_WORKER,
  /** Außendienst: may read the inbox and the cases, changes nothing. */
  CLERK;

  /** The Spring Security authority of the role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
