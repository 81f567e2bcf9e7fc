/**
 * Port of the ID-card reader: {@link de.buergerkoffer.hardware.idcard.IdCardReader} reads the
 * holder's data from the chip of an eMRTD (German Personalausweis, passport) after the clerk gave
 * the access key (CAN or the MRZ data).
 *
 * <p>The real adapter (javax.smartcardio, PACE/BAC with JMRTD) is built separately; here are the
 * port, the simulated adapter ({@code idcard.simulated}) and the manual fallback ({@code
 * idcard.manual}: MRZ parsing, ICAO 9303 check digits, validation of typed data), which the kit
 * offers whenever the chip cannot be read.
 */
package de.buergerkoffer.hardware.idcard;
