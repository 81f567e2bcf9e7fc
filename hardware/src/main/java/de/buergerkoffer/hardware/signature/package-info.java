/**
 * Port of the signature pad and the signature model: a handwritten signature as pen strokes (x, y,
 * pressure, time), checked against empty or trivial scribbles ({@link
 * de.buergerkoffer.hardware.signature.SignatureValidator}), stored in a compact binary format close
 * to ISO/IEC 19794-7 ({@link de.buergerkoffer.hardware.signature.SignatureCodec}) and drawn as a
 * PNG for the case's PDF ({@link de.buergerkoffer.hardware.signature.SignatureRenderer}).
 *
 * <p>Every signature reaches the kit the same way: through the browser's Pointer Events on the
 * kit's screen, whether written with a finger, a stylus, or a Wacom/signotec pad in HID mode that
 * the operating system treats as a pen (see docs/hardware.md).
 */
package de.buergerkoffer.hardware.signature;
