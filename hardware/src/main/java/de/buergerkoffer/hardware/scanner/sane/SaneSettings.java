package de.buergerkoffer.hardware.scanner.sane;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to call {@code scanimage} for this kit's scanner.
 *
 * @param command the program, {@code scanimage} (from {@code PATH}) or a full path
 * @param device SANE device name as {@code scanimage -L} shows it (e.g. {@code
 *     epson2:libusb:001:004}, {@code airscan:e0:Brother}); empty = SANE's first device
 * @param flatbedSource the device's {@code --source} value for the glass; empty = don't set
 * @param feederSource the device's {@code --source} value for the document feeder (e.g. {@code
 *     ADF}, {@code Automatic Document Feeder}); empty = don't set
 * @param extraArguments further backend options, appended as they are
 * @param timeout how long one scan may take before it is cancelled
 * @param workDirectory where pages are written before they are read in (a private temp folder is
 *     created inside and removed after every scan)
 */
public record SaneSettings(
    String command,
    Optional<String> device,
    Optional<String> flatbedSource,
    Optional<String> feederSource,
    List<String> extraArguments,
    Duration timeout,
    Path workDirectory) {

  public SaneSettings {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(flatbedSource, "flatbedSource");
    Objects.requireNonNull(feederSource, "feederSource");
    extraArguments = List.copyOf(extraArguments);
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(workDirectory, "workDirectory");
  }

  /** {@code scanimage} from the PATH, first device, no source option, 3 minutes, system temp. */
  public static SaneSettings defaults() {
    return new SaneSettings(
        "scanimage",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Duration.ofMinutes(3),
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** The same with a SANE device name. */
  public SaneSettings withDevice(String deviceName) {
    return new SaneSettings(
        command,
        Optional.of(deviceName),
        flatbedSource,
        feederSource,
        extraArguments,
        timeout,
        workDirectory);
  }

  /** The same with the {@code --source} values for glass and feeder. */
  public SaneSettings withSources(String flatbed, String feeder) {
    return new SaneSettings(
        command,
        device,
        Optional.of(flatbed),
        Optional.of(feeder),
        extraArguments,
        timeout,
        workDirectory);
  }

  /** The same with extra backend options. */
  public SaneSettings withExtraArguments(List<String> arguments) {
    return new SaneSettings(
        command, device, flatbedSource, feederSource, arguments, timeout, workDirectory);
  }

  /** The same with another program (path or name). */
  public SaneSettings withCommand(String program) {
    return new SaneSettings(
        program, device, flatbedSource, feederSource, extraArguments, timeout, workDirectory);
  }

  /** The same with another timeout. */
  public SaneSettings withTimeout(Duration scanTimeout) {
    return new SaneSettings(
        command, device, flatbedSource, feederSource, extraArguments, scanTimeout, workDirectory);
  }

  /** The same with another work directory. */
  public SaneSettings withWorkDirectory(Path directory) {
    return new SaneSettings(
        command, device, flatbedSource, feederSource, extraArguments, timeout, directory);
  }
}
