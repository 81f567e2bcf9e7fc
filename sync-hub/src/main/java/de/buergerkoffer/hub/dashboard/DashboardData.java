package de.buergerkoffer.hub.dashboard;

import java.time.Instant;
import java.util.List;

/** The received cases the dashboard counts. */
public interface DashboardData {

  /** Form, capture and arrival time of every case received at or after {@code since}. */
  List<CaseTimes> receivedSince(Instant since);
}
