/**
 * Status panel on a Raspberry Pi with Pi4J v2: four LEDs and a push button on GPIO pins. The
 * application builds the Pi4J {@code Context} (with the platform plugin that fits its Pi) and hands
 * it in; this package never creates a global one.
 */
package de.buergerkoffer.hardware.statuspanel.pi4j;
