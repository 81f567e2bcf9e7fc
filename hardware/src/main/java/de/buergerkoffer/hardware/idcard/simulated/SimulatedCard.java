package de.buergerkoffer.hardware.idcard.simulated;

import de.buergerkoffer.hardware.idcard.DataSource;
import de.buergerkoffer.hardware.idcard.DocumentData;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A card to put on the simulated reader.
 *
 * @param data what its chip answers (source {@link DataSource#CHIP})
 * @param can its card access number
 * @param readable false for a card without eMRTD application (e.g. a bank card)
 * @param genuine false for a chip whose data do not match the issuer's signature: the reader
 *     refuses it as {@link de.buergerkoffer.hardware.idcard.ReadResult.NotGenuine}
 */
public record SimulatedCard(DocumentData data, String can, boolean readable, boolean genuine) {

  public SimulatedCard {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(can, "can");
  }

  /** A genuine card. */
  public SimulatedCard(DocumentData data, String can, boolean readable) {
    this(data, can, readable, true);
  }

  /**
   * The specimen German ID card (Erika Mustermann, document number T22000129, born 12.08.1964, CAN
   * 123456), valid until 31.10.2031.
   */
  public static SimulatedCard specimen() {
    return new SimulatedCard(
        new DocumentData(
            "ID",
            "D",
            "T22000129",
            "MUSTERMANN",
            "ERIKA",
            LocalDate.of(1964, 8, 12),
            "D",
            LocalDate.of(2031, 10, 31),
            Optional.empty(),
            DataSource.CHIP),
        "123456",
        true);
  }

  /** The specimen with changed chip data: passive authentication fails. */
  public static SimulatedCard forged() {
    SimulatedCard specimen = specimen();
    return new SimulatedCard(specimen.data(), specimen.can(), true, false);
  }

  /** A card the reader cannot read as an identity document. */
  public static SimulatedCard unreadable() {
    SimulatedCard specimen = specimen();
    return new SimulatedCard(specimen.data(), specimen.can(), false);
  }
}
