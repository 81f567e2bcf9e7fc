/**
 * Fallback printer: the receipt on a plain A4 page through the system's print service ({@code
 * javax.print}, i.e. CUPS on Linux), for kits with an ordinary office or mobile printer instead of
 * a receipt printer.
 */
package de.buergerkoffer.hardware.printer.a4;
