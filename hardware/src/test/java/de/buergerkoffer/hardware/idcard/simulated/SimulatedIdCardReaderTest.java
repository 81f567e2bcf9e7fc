package de.buergerkoffer.hardware.idcard.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.DeviceState;
import de.buergerkoffer.hardware.MutableClock;
import de.buergerkoffer.hardware.idcard.AccessKey;
import de.buergerkoffer.hardware.idcard.ReadResult;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SimulatedIdCardReaderTest {

  private final MutableClock clock = MutableClock.at("2025-11-21T10:00:00Z");
  private final SimulatedIdCardReader reader = new SimulatedIdCardReader(clock);

  @Test
  void readsTheSpecimenCardWithItsCardAccessNumber() {
    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.Success.class);
    assertThat(((ReadResult.Success) result).data().surname()).isEqualTo("MUSTERMANN");
    assertThat(reader.status().lastUsed()).contains(Instant.parse("2025-11-21T10:00:00Z"));
  }

  @Test
  void readsTheSpecimenCardWithItsMrzData() {
    AccessKey key =
        new AccessKey.MrzAccessKey(
            "T22000129", LocalDate.of(1964, 8, 12), LocalDate.of(2031, 10, 31));

    assertThat(reader.read(key)).isInstanceOf(ReadResult.Success.class);
  }

  @Test
  void refusesAWrongCardAccessNumberLikeARealChip() {
    assertThat(reader.read(new AccessKey.CardAccessNumber("654321")))
        .isInstanceOf(ReadResult.WrongAccessKey.class);
    assertThat(reader.status().lastUsed()).isEmpty();
  }

  @Test
  void saysSoWhenNoCardIsOnTheReader() {
    reader.remove();

    assertThat(reader.read(new AccessKey.CardAccessNumber("123456")))
        .isInstanceOf(ReadResult.CardRemoved.class);
  }

  @Test
  void saysSoWhenTheCardIsNoIdentityDocument() {
    reader.insert(SimulatedCard.unreadable());

    assertThat(reader.read(new AccessKey.CardAccessNumber("123456")))
        .isInstanceOf(ReadResult.UnsupportedDocument.class);
  }

  @Test
  void aChipWithChangedDataIsRefusedAsNotGenuineWithAWarningAndTheWayToTypeIt() {
    reader.insert(SimulatedCard.forged());

    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.NotGenuine.class);
    assertThat(((ReadResult.Failure) result).messageDe())
        .startsWith("Chip gelesen – ACHTUNG")
        .contains("von Hand eingeben");
  }

  @Test
  void anUnpluggedReaderIsReportedAndOffersManualEntry() {
    reader.unplug();

    ReadResult result = reader.read(new AccessKey.CardAccessNumber("123456"));

    assertThat(result).isInstanceOf(ReadResult.NoReader.class);
    assertThat(((ReadResult.Failure) result).messageDe()).contains("von Hand");
    assertThat(reader.status().state()).isEqualTo(DeviceState.NOT_CONNECTED);

    reader.plugIn();
    assertThat(reader.status().isConnected()).isTrue();
  }
}
