package de.buergerkoffer.kit.devices;

import de.buergerkoffer.hardware.Device;
import de.buergerkoffer.hardware.DeviceKind;
import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.hardware.idcard.IdCardReader;
import de.buergerkoffer.hardware.printer.ReceiptPrinter;
import de.buergerkoffer.hardware.scanner.Scanner;
import de.buergerkoffer.hardware.signature.SignaturePad;
import de.buergerkoffer.hardware.statuspanel.StatusPanel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * All devices of this kit in one place, for the status bar, the device page and the API. Reading
 * the board never touches a device ({@link Device#status()}); {@link #probe(DeviceKind)} does.
 */
@Component
public class DeviceBoard {

  private final Map<DeviceKind, Device> devices = new LinkedHashMap<>();

  DeviceBoard(
      IdCardReader reader,
      Scanner scanner,
      ReceiptPrinter printer,
      SignaturePad signature,
      StatusPanel panel) {
    devices.put(DeviceKind.ID_CARD_READER, reader);
    devices.put(DeviceKind.SCANNER, scanner);
    devices.put(DeviceKind.RECEIPT_PRINTER, printer);
    devices.put(DeviceKind.SIGNATURE_PAD, signature);
    if (!(panel instanceof DevicesConfig.NoPanel)) {
      devices.put(DeviceKind.STATUS_PANEL, panel);
    }
  }

  /** The last known status of every device, in a fixed order. */
  public List<DeviceStatus> statuses() {
    return devices.values().stream().map(Device::status).toList();
  }

  /** Asks the device now; may take a few seconds. */
  public DeviceStatus probe(DeviceKind kind) {
    Device device = devices.get(kind);
    if (device == null) {
      throw new IllegalArgumentException("no device " + kind);
    }
    return device.probe();
  }

  /** The device of a kind, for the device page's simulation switches. */
  Device device(DeviceKind kind) {
    return devices.get(kind);
  }
}
