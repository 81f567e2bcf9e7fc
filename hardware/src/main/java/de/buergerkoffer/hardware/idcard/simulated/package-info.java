/**
 * Simulated ID-card reader for demos, tests and kits without a reader: a specimen card that the
 * test or the device page can put on, take off, or unplug the reader.
 */
package de.buergerkoffer.hardware.idcard.simulated;
