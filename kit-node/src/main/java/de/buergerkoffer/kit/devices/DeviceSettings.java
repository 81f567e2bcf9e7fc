package de.buergerkoffer.kit.devices;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Which adapter drives each device ({@code bk.devices.*}). Every device defaults to its simulated
 * adapter, so a laptop demo needs no hardware; a kit in the field names its real devices.
 *
 * @param idcard {@code simulated}, {@code manual} (no reader: the clerk types the data or the MRZ)
 *     or {@code pcsc} (first PC/SC reader: passports and foreign ID cards via JMRTD)
 * @param scanner {@code simulated} or {@code sane}
 * @param printer {@code simulated}, {@code escpos} (TCP, see {@code escposHost}) or {@code a4}
 * @param signature {@code screen} (pointer events on the kit's screen, also pads in HID mode) or
 *     {@code simulated}
 * @param statusPanel {@code none} or {@code simulated}
 * @param escposHost host of an ESC/POS printer on the network, for {@code printer=escpos}
 * @param saneDevice the SANE device name, empty for the first one, for {@code scanner=sane}
 * @param terminalCredentials folder with the authority's EAC terminal certificates and key, for
 *     {@code idcard=pcsc}; empty = no chip/terminal authentication (see docs/hardware.md)
 */
@ConfigurationProperties("bk.devices")
public record DeviceSettings(
    String idcard,
    String scanner,
    String printer,
    String signature,
    String statusPanel,
    String escposHost,
    String saneDevice,
    String terminalCredentials) {

  @ConstructorBinding
  public DeviceSettings {
    idcard = orDefault(idcard, "simulated");
    scanner = orDefault(scanner, "simulated");
    printer = orDefault(printer, "simulated");
    signature = orDefault(signature, "screen");
    statusPanel = orDefault(statusPanel, "simulated");
    escposHost = orDefault(escposHost, "");
    saneDevice = orDefault(saneDevice, "");
    terminalCredentials = orDefault(terminalCredentials, "");
  }

  /** Without EAC terminal credentials. */
  public DeviceSettings(
      String idcard,
      String scanner,
      String printer,
      String signature,
      String statusPanel,
      String escposHost,
      String saneDevice) {
    this(idcard, scanner, printer, signature, statusPanel, escposHost, saneDevice, null);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
