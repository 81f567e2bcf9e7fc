package de.buergerkoffer.bundle.crypto;

/**
 * What a certificate issued by the hub CA may be used for. The role is written as the subject's
 * organisational unit, so a kit certificate can never pass for the hub's acknowledgement signer
 * even though both chain to the same CA.
 */
public enum Role {
  /** The hub's certificate authority. */
  CA("CA"),
  /** A field kit; signs bundles. */
  KIT("Kit"),
  /** The hub's signing key; signs acknowledgements and commands sent down to kits. */
  HUB_SIGNING("Hub-Signing"),
  /** The hub's key-agreement key; bundles are encrypted for it. */
  HUB_ENCRYPTION("Hub-Encryption"),
  /** The MQTT broker's TLS server key. */
  BROKER("Broker");

  private final String organisationalUnit;

  Role(String organisationalUnit) {
    this.organisationalUnit = organisationalUnit;
  }

  public String organisationalUnit() {
    return organisationalUnit;
  }

  static Role fromOrganisationalUnit(String ou) {
    for (Role role : values()) {
      if (role.organisationalUnit.equals(ou)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown certificate role: " + ou);
  }
}
