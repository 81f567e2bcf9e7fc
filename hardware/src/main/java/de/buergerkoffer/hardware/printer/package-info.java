/**
 * Port of the receipt printer: {@link de.buergerkoffer.hardware.printer.ReceiptPrinter} prints a
 * {@link de.buergerkoffer.hardware.printer.Receipt} (text with emphasis, a QR code) for the citizen
 * to keep.
 *
 * <p>Adapters: {@code printer.escpos} (thermal receipt printers speaking ESC/POS over TCP port
 * 9100, a USB printer device or a serial port), {@code printer.a4} (plain A4 page through the
 * system's print service, CUPS) and {@code printer.simulated}.
 */
package de.buergerkoffer.hardware.printer;
