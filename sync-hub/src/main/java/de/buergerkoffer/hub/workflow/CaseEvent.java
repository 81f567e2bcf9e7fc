package de.buergerkoffer.hub.workflow;

import de.buergerkoffer.bundle.CaseStatusBoard.WorkStatus;
import java.time.Instant;

/**
 * One entry of a case's history at the hub.
 *
 * @param kind {@code STATUS} (status is the new state) or {@code EXPORT} (note says where)
 * @param status the new state of a status change, null for other kinds
 */
public record CaseEvent(Instant at, String actor, String kind, WorkStatus status, String note) {}
