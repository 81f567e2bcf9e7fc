package de.buergerkoffer.kit.web;

import de.buergerkoffer.hardware.DeviceStatus;
import de.buergerkoffer.kit.devices.DeviceBoard;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the always-visible status bar shows: online or offline, cases waiting, last confirmation,
 * devices, the clerk. Pages get it in the model ({@link Advice}); the bar's script polls {@code
 * /status.json} every few seconds so it changes without a reload.
 */
@RestController
class StatusBar {

  private static final java.time.format.DateTimeFormatter LOCAL =
      java.time.format.DateTimeFormatter.ofPattern("dd.MM. HH:mm")
          .withZone(java.time.ZoneId.of("Europe/Berlin"));

  private final KitStatus status;
  private final DeviceBoard devices;

  StatusBar(KitStatus status, DeviceBoard devices) {
    this.status = status;
    this.devices = devices;
  }

  /**
   * The bar's content.
   *
   * @param online broker connected
   * @param pendingCases cases not yet confirmed by the town hall
   * @param lastConfirmedAt last confirmation, or null
   * @param lastConfirmedLocal the same as the kit's clock shows it ({@code 22.11. 14:05}), or null
   * @param frozen no new cases are taken
   * @param devices every device's state
   */
  record Bar(
      boolean online,
      int pendingCases,
      Instant lastConfirmedAt,
      String lastConfirmedLocal,
      boolean frozen,
      List<DeviceStatus> devices) {}

  Bar now() {
    KitStatus.View view = status.now();
    return new Bar(
        view.online(),
        view.pendingCases(),
        view.lastConfirmedAt(),
        view.lastConfirmedAt() == null ? null : LOCAL.format(view.lastConfirmedAt()),
        view.frozen(),
        devices.statuses());
  }

  @GetMapping("/status.json")
  ResponseEntity<Bar> json() {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(now());
  }

  /** Puts the status, the devices and the language into the model of every page. */
  @ControllerAdvice(
      basePackages = {
        "de.buergerkoffer.kit.web",
        "de.buergerkoffer.kit.visit",
        "de.buergerkoffer.kit.devices"
      })
  static class Advice {

    private final KitStatus status;
    private final DeviceBoard devices;

    Advice(KitStatus status, DeviceBoard devices) {
      this.status = status;
      this.devices = devices;
    }

    @ModelAttribute("status")
    KitStatus.View status() {
      return status.now();
    }

    @ModelAttribute("deviceStates")
    List<DeviceStatus> devices() {
      return devices.statuses();
    }

    @ModelAttribute("en")
    boolean english(Locale locale) {
      return "en".equals(locale.getLanguage());
    }
  }
}
