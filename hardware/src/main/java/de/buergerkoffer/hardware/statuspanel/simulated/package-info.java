/**
 * Status panel without hardware: the kit's web page shows the state and offers the "sync now"
 * button instead of the LEDs and the push button.
 */
package de.buergerkoffer.hardware.statuspanel.simulated;
