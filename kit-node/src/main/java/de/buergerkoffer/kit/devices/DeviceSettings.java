package de.buergerkoffer.kit.devices;

import de.buergerkoffer.hardware.idcard.ausweisapp.AusweisAppSettings;
import de.buergerkoffer.hardware.statuspanel.pi4j.PanelPins;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Which adapter drives each device ({@code bk.devices.*}). Every device defaults to its simulated
 * adapter, so a laptop demo needs no hardware; a kit in the field names its real devices.
 *
 * @param idcard {@code simulated}, {@code manual} (no reader: the clerk types the data or the MRZ),
 *     {@code pcsc} (first PC/SC reader: passports and foreign ID cards via JMRTD) or {@code
 *     ausweisapp} (German eID function through the local AusweisApp and the town's eID service)
 * @param scanner {@code simulated} or {@code sane}
 * @param printer {@code simulated}, {@code escpos} (TCP, see {@code escposHost}) or {@code a4}
 * @param signature {@code screen} (pointer events on the kit's screen, also pads in HID mode) or
 *     {@code simulated}
 * @param statusPanel {@code none}, {@code simulated} or {@code pi4j} (LEDs and button on a
 *     Raspberry Pi's GPIO pins)
 * @param escposHost host of an ESC/POS printer on the network, for {@code printer=escpos}
 * @param saneDevice the SANE device name, empty for the first one, for {@code scanner=sane}
 * @param cscaFolder folder with the CSCA certificates for {@code idcard=pcsc}; empty = passive
 *     authentication checks signature and hashes only
 * @param statusPins GPIO pins of the status panel, for {@code status-panel=pi4j}
 * @param eid the town's eID service and the AusweisApp, for {@code idcard=ausweisapp}
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
    String cscaFolder,
    StatusPins statusPins,
    Eid eid,
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
    cscaFolder = orDefault(cscaFolder, "");
    statusPins = statusPins == null ? StatusPins.defaults() : statusPins;
    eid = eid == null ? new Eid(null, null, null, null, null) : eid;
    terminalCredentials = orDefault(terminalCredentials, "");
  }

  /** Everything simulated, the signature on the screen: what a laptop demo runs with. */
  public static DeviceSettings defaults() {
    return new DeviceSettings(null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * The status panel's GPIO pins as BCM numbers ({@code bk.devices.status-pins.*}); unset values
   * take the wiring of docs/hardware.md ({@link PanelPins#defaults()}).
   *
   * @param online green LED
   * @param offline yellow LED
   * @param syncing blue LED
   * @param error red LED
   * @param button push button "Jetzt synchronisieren"
   * @param buttonToGround true if the button connects the pin to ground (pull-up)
   * @param debounce how long the button must be stable
   */
  public record StatusPins(
      Integer online,
      Integer offline,
      Integer syncing,
      Integer error,
      Integer button,
      Boolean buttonToGround,
      Duration debounce) {

    static StatusPins defaults() {
      return new StatusPins(null, null, null, null, null, null, null);
    }

    /** The pins, unset ones from the default wiring; wrong or doubled pins fail here. */
    public PanelPins toPanelPins() {
      PanelPins d = PanelPins.defaults();
      return new PanelPins(
          online == null ? d.onlineLed() : online,
          offline == null ? d.offlineLed() : offline,
          syncing == null ? d.syncingLed() : syncing,
          error == null ? d.errorLed() : error,
          button == null ? d.syncButton() : button,
          buttonToGround == null ? d.buttonToGround() : buttonToGround,
          debounce == null ? d.debounceMicros() : debounce.toNanos() / 1_000);
    }
  }

  /**
   * The German eID function ({@code bk.devices.eid.*}).
   *
   * @param serviceUrl base address of the town's eID service (docs/hardware.md, "eID-Dienst");
   *     required for {@code idcard=ausweisapp}
   * @param webSocket the AusweisApp SDK endpoint on the kit
   * @param stepTimeout how long the workflow waits for the card or the PIN
   * @param timeout how long one HTTP call to the eID service may take
   * @param token sent as {@code Authorization: Bearer …} to the eID service when set
   */
  public record Eid(
      URI serviceUrl, URI webSocket, Duration stepTimeout, Duration timeout, String token) {

    public Eid {
      serviceUrl = serviceUrl == null || serviceUrl.toString().isBlank() ? null : serviceUrl;
      webSocket = webSocket == null ? AusweisAppSettings.DEFAULT_WEB_SOCKET : webSocket;
      stepTimeout = stepTimeout == null ? Duration.ofMinutes(2) : stepTimeout;
      timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
      token = token == null ? "" : token.strip();
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
