package de.buergerkoffer.kit.enrollment;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks at start-up and then daily whether the kit certificate is due for renewal. */
@Component
class RenewalSchedule {

  private final KitEnrollment enrollment;

  RenewalSchedule(KitEnrollment enrollment) {
    this.enrollment = enrollment;
  }

  @Scheduled(initialDelay = 0, fixedDelay = 86_400_000)
  void renewIfDue() {
    enrollment.renewIfDue();
  }
}
