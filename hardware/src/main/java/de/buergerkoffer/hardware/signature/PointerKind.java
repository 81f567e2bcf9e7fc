package de.buergerkoffer.hardware.signature;

/**
 * What wrote the signature, as the browser's {@code PointerEvent.pointerType} says: a pen (stylus
 * or pad in HID mode, with real pressure), a finger, or a mouse (no pressure).
 */
public enum PointerKind {
  UNKNOWN,
  PEN,
  TOUCH,
  MOUSE
}
