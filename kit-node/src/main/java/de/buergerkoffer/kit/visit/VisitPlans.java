package de.buergerkoffer.kit.visit;

import de.buergerkoffer.bundle.Topics;
import de.buergerkoffer.bundle.VisitPlan;
import de.buergerkoffer.bundle.WireJson;
import de.buergerkoffer.kit.downlink.DownlinkStore;
import de.buergerkoffer.kit.downlink.SealedDownlink;
import de.buergerkoffer.kit.sync.DownlinkListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The visit plan the town hall prepared for this kit, as last received on {@link
 * Topics#visitPlan(String)}: opened and checked by {@link SealedDownlink}, kept encrypted, replaced
 * only by a plan with a higher version.
 */
public final class VisitPlans {

  static final String NAME = "visit-plan";
  private static final Logger log = LoggerFactory.getLogger(VisitPlans.class);

  private final SealedDownlink downlink;
  private final DownlinkStore store;

  public VisitPlans(SealedDownlink downlink, DownlinkStore store) {
    this.downlink = downlink;
    this.store = store;
  }

  /** The listener the MQTT link subscribes for the plan topic. */
  public DownlinkListener listener() {
    return new DownlinkListener(Topics::visitPlan, this::accept);
  }

  /**
   * Takes a sealed plan from the hub.
   *
   * @return true when it was stored (valid, for this kit, newer than the one held)
   */
  public boolean accept(byte[] payload) {
    Optional<VisitPlan> plan = downlink.open(payload, VisitPlan.class, VisitPlan::kitId);
    if (plan.isEmpty()) {
      return false;
    }
    try {
      boolean stored =
          store.saveIfNewer(
              NAME, plan.get().version(), WireJson.mapper().writeValueAsBytes(plan.get()));
      log.info(
          "Visit plan version {} with {} visits {}",
          plan.get().version(),
          plan.get().visits().size(),
          stored ? "stored" : "ignored: not newer than the one held");
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plan held, if any. */
  public Optional<VisitPlan> current() {
    return store
        .load(NAME)
        .map(
            s -> {
              try {
                return WireJson.mapper().readValue(s.json(), VisitPlan.class);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** The visits planned for a day, in the hub's order. */
  public List<VisitPlan.PlannedVisit> on(LocalDate day) {
    return current().map(VisitPlan::visits).orElse(List.of()).stream()
        .filter(v -> v.day().equals(day))
        .toList();
  }

  /** One planned visit by its id. */
  public Optional<VisitPlan.PlannedVisit> find(UUID visitId) {
    return current().map(VisitPlan::visits).orElse(List.of()).stream()
        .filter(v -> v.visitId().equals(visitId))
        .findFirst();
  }
}
