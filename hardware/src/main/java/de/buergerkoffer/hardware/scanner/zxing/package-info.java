/**
 * Finds barcodes and QR codes on scanned pages with ZXing ("zebra crossing"), the common Java
 * barcode library.
 */
package de.buergerkoffer.hardware.scanner.zxing;
