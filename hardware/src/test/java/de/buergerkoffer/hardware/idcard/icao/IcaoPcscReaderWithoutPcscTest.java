package de.buergerkoffer.hardware.idcard.icao;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.ReadResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.Test;

/** The "no reader" paths, which need no pcscd. */
class IcaoPcscReaderWithoutPcscTest {

  private static final AccessKey KEY =
      new AccessKey.MrzAccessKey("L898902C3", LocalDate.of(1974, 8, 12), LocalDate.of(2012, 4, 15));
  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");

  @Test
  void noTerminalMeansNoReader() {
    IcaoPcscReader reader = new IcaoPcscReader(Optional::empty, List.of(), clock);

    assertThat(reader.read(KEY)).isEqualTo(new ReadResult.NoReader());
    assertThat(reader.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);
    assertThat(reader.probe().state()).isEqualTo(DeviceState.NOT_CONNECTED);
  }

  @Test
  void pcscNotRunningMeansNoReader() {
    TerminalSource pcscDown =
        () -> {
          throw new CardException("SCARD_E_NO_SERVICE");
        };
    IcaoPcscReader reader = new IcaoPcscReader(pcscDown, List.of(), clock);

    assertThat(reader.read(KEY)).isEqualTo(new ReadResult.NoReader());
    assertThat(reader.probe().messageDe()).contains("Kein Ausweisleser");
  }
}
