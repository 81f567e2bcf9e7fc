package de.buergerkoffer.hardware.idcard.ausweisapp;

import java.util.Optional;

/**
 * The kit's screen during an online authentication: shows progress and, where the card reader has
 * no keypad, lets the resident type the six-digit eID PIN (or the CAN) on the kit. The clerk never
 * sees the PIN; the page must not store or log it.
 *
 * <p>Called on the reading thread; the PIN and CAN methods block until the resident answered.
 */
public interface EidInteraction {

  /** Shows where the authentication is, e.g. "Bitte den Ausweis auflegen." */
  void progress(EidProgress progress);

  /**
   * Asks the resident for the eID PIN.
   *
   * @param retryCounter attempts left (3, 2, 1), as the card reports them
   * @return the PIN, or empty when the resident cancels
   */
  Optional<String> pin(int retryCounter);

  /**
   * Asks for the card access number printed on the card (needed before the last PIN attempt).
   *
   * @return the CAN, or empty when the resident cancels
   */
  Optional<String> can();

  /** Shows progress and cancels any PIN or CAN request: for tests and unattended use. */
  static EidInteraction progressOnly(java.util.function.Consumer<EidProgress> progress) {
    return new EidInteraction() {
      @Override
      public void progress(EidProgress p) {
        progress.accept(p);
      }

      @Override
      public Optional<String> pin(int retryCounter) {
        return Optional.empty();
      }

      @Override
      public Optional<String> can() {
        return Optional.empty();
      }
    };
  }
}
