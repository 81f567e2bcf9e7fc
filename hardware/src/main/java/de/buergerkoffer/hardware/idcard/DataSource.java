package de.buergerkoffer.hardware.idcard;

/**
 * Where document data came from, kept with the case so the town hall knows how much to trust it:
 * read from the chip (signed by the issuer), delivered by the town's eID service after the online
 * eID function, parsed from the machine-readable zone, or typed by the clerk.
 */
public enum DataSource {
  CHIP,
  /** The online eID function: the town's eID service read the card and handed the data over. */
  EID,
  MRZ,
  MANUAL
}
