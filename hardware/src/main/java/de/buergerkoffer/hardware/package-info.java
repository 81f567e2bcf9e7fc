/**
 * Ports for the kit's devices, one interface per device, each with a real and a simulated adapter.
 *
 * <p>Every port extends {@link de.buergerkoffer.hardware.Device} and reports a {@link
 * de.buergerkoffer.hardware.DeviceStatus} (connected / not connected / error, a German message for
 * the clerk, last use). Every device call returns a sealed result whose failures carry a German
 * message that also says how the clerk can go on without the device: a case is never lost because a
 * device is missing.
 *
 * <p>Layout: the port of a device lives in {@code de.buergerkoffer.hardware.<device>} and uses only
 * the JDK; adapters live in sub-packages ({@code printer.escpos}, {@code scanner.sane}, {@code
 * statuspanel.pi4j}, {@code ….simulated}) and are the only places that may use device libraries
 * (escpos-coffee, ZXing, Pi4J, javax.print). {@code HardwareArchitectureTest} enforces this. The
 * module is plain Java: no Spring, no JDBC, no MQTT.
 */
package de.buergerkoffer.hardware;
