package de.buergerkoffer.hub.visits;

import de.buergerkoffer.hub.broker.BrokerConnected;
import de.buergerkoffer.hub.enrollment.KitEnrolled;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the published plans current without anyone clicking: again on every broker connection (an
 * embedded broker forgets retained messages), again when a kit's certificate changes, and each
 * night, when yesterday's visits drop out and visits past their retention are deleted.
 */
@Component
class VisitPlanUpkeep {

  private final VisitPlanning planning;

  VisitPlanUpkeep(VisitPlanning planning) {
    this.planning = planning;
  }

  /** A hub that was off at night still deletes old visits. */
  @EventListener(ApplicationReadyEvent.class)
  public void started() {
    planning.purge();
  }

  @EventListener(BrokerConnected.class)
  public void brokerConnected(BrokerConnected event) {
    planning.republishAll();
  }

  @EventListener(KitEnrolled.class)
  public void kitEnrolled(KitEnrolled event) {
    planning.republish(event.kitId());
  }

  @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Berlin")
  public void nightly() {
    planning.purge();
    planning.republishAll();
  }
}
