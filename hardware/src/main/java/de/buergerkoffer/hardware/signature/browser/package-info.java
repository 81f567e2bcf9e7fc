/**
 * Real signature adapter: strokes written on the kit's own screen and delivered by the browser's
 * Pointer Events – finger, stylus, or a Wacom/signotec pad in HID mode, which the operating system
 * presents as a pen.
 */
package de.buergerkoffer.hardware.signature.browser;
