/**
 * Real receipt-printer adapter: ESC/POS (Epson's command language, spoken by nearly every thermal
 * receipt printer) built with escpos-coffee and sent over TCP port 9100, a USB printer device file
 * ({@code /dev/usb/lp0}) or a serial port ({@code /dev/ttyUSB0}).
 */
package de.buergerkoffer.hardware.printer.escpos;
