/**
 * The manual fallback for the ID-card reader: whatever goes wrong with the chip, the clerk can type
 * the data or paste the machine-readable zone (MRZ), and this package checks it.
 *
 * <p>{@link de.buergerkoffer.hardware.idcard.manual.MrzParser} reads TD1 (ID card, 3×30) and TD3
 * (passport, 2×44) zones with all ICAO 9303 check digits; {@link
 * de.buergerkoffer.hardware.idcard.manual.ManualEntryValidator} checks typed document number, birth
 * date and expiry date against the check digits printed in the MRZ, which catches almost every
 * typo. Plain Java, no device needed.
 */
package de.buergerkoffer.hardware.idcard.manual;
