package de.buergerkoffer.hardware.signature;

/**
 * One pen sample.
 *
 * @param x horizontal position in device units, 0 = left edge of the capture area
 * @param y vertical position in device units, 0 = top edge
 * @param pressure 0 to 1 ({@code PointerEvent.pressure}; a mouse reports 0.5 while pressed)
 * @param timeMillis time of the sample in milliseconds from any fixed origin, not decreasing
 */
public record SignaturePoint(int x, int y, float pressure, long timeMillis) {}
