/**
 * Simulated signature pad for demos and tests: generates a plausible signature and can be
 * "unplugged" to try the fallback to the kit's screen.
 */
package de.buergerkoffer.hardware.signature.simulated;
