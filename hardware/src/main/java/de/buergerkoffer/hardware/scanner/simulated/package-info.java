/**
 * Simulated scanner for demos, tests and kits without a scanner: generated A4 pages with text and,
 * if wanted, a QR code, so that code detection and "attach to case" can be shown without paper.
 */
package de.buergerkoffer.hardware.scanner.simulated;
