package de.buergerkoffer.hardware.signature;

import de.buergerkoffer.hardware.Device;

/**
 * Takes a signature written by the citizen and decides whether it counts.
 *
 * <p>Strokes arrive through the browser's Pointer Events (the kit's touch screen, a stylus, or a
 * signature pad in HID mode); the adapter checks them with {@link SignatureValidator}, encodes them
 * with {@link SignatureCodec} and renders them with {@link SignatureRenderer}. Contract: never
 * throws for bad input, never returns null.
 */
public interface SignaturePad extends Device {

  /** Checks, encodes and renders a captured signature. */
  SignatureResult submit(Signature signature);
}
