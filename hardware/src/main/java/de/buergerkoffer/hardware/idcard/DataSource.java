package de.buergerkoffer.hardware.idcard;

/**
 * Where document data came from, kept with the case so the town hall knows how much to trust it:
 * read from the chip (signed by the issuer), parsed from the machine-readable zone, or typed by the
 * clerk.
 */
public enum DataSource {
  CHIP,
  MRZ,
  MANUAL
}
