/**
 * Ports for the kit's devices (ID-card reader, signature pad, scanner, receipt printer, status
 * panel), each with a real and a simulated adapter. The walking skeleton captures without devices;
 * the ports arrive with the hardware issue.
 */
package de.buergerkoffer.hardware;
