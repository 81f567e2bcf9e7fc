package de.buergerkoffer.hub.visits;

import de.buergerkoffer.bundle.VisitPlan;

/** Sends a kit its visit plan: sealed to the kit and retained on its visit-plan topic. */
public interface VisitPublisher {

  /**
   * @return false when the plan could not be handed to the broker now (not connected, or no
   *     certificate for the kit); it is published again when the broker connects
   */
  boolean publish(VisitPlan plan);
}
