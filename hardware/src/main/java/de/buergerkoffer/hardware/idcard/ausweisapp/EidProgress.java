package de.buergerkoffer.hardware.idcard.ausweisapp;

import java.util.Objects;

/**
 * One step of an online authentication, for the kit's screen.
 *
 * @param step where the workflow is
 * @param messageDe plain German for the resident and the clerk
 */
public record EidProgress(Step step, String messageDe) {

  /** The workflow's steps, in the usual order. */
  public enum Step {
    STARTED,
    ACCESS_RIGHTS,
    INSERT_CARD,
    ENTER_PIN,
    ENTER_PIN_ON_READER,
    ENTER_CAN,
    RUNNING,
    FETCHING_DATA
  }

  public EidProgress {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(messageDe, "messageDe");
  }
}
