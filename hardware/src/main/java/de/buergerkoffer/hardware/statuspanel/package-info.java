/**
 * Port of the status panel: four lights (online, offline, syncing, error) and a "sync now" button.
 * On a Raspberry Pi these are LEDs and a push button on the GPIO pins ({@code statuspanel.pi4j});
 * on a laptop the same states show only in the kit's web page ({@code statuspanel.simulated}).
 */
package de.buergerkoffer.hardware.statuspanel;
