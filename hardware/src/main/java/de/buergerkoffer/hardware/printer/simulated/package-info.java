/**
 * Simulated receipt printer for demos, tests and kits without a printer: keeps what it "printed" so
 * the device page can show it as text.
 */
package de.buergerkoffer.hardware.printer.simulated;
