/**
 * ID-card reader adapter for ICAO 9303 travel documents (passports, most foreign ID cards,
 * residence permits) over PC/SC with {@code javax.smartcardio} and JMRTD: PACE with the CAN or
 * PACE/BAC with the MRZ data, data groups 1 (MRZ data) and 2 (photo), passive authentication, and –
 * with an authority's {@link de.buergerkoffer.hardware.idcard.icao.TerminalCredentials} – extended
 * access control version 1 (chip authentication, then terminal authentication).
 *
 * <p>The German ID card refuses DG1 to terminals without an authorization certificate and needs EAC
 * version 2, which JMRTD 0.8.1 does not implement; the adapter says so and points to the eID
 * adapter ({@code idcard.ausweisapp}) or manual entry.
 */
package de.buergerkoffer.hardware.idcard.icao;
