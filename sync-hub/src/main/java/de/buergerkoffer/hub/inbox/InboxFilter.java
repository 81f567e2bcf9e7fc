package de.buergerkoffer.hub.inbox;

import java.time.LocalDate;

/**
 * What the inbox is narrowed to; null or blank means "any".
 *
 * @param text a case number (or part of it) or part of the applicant's name
 * @param formId the service
 * @param status a {@code WorkStatus} name
 * @param receivedFrom first day of arrival (town-hall time), inclusive
 * @param receivedTo last day of arrival (town-hall time), inclusive
 */
public record InboxFilter(
    String text,
    String formId,
    String kitId,
    String clerk,
    String status,
    LocalDate receivedFrom,
    LocalDate receivedTo) {

  public static InboxFilter none() {
    return new InboxFilter(null, null, null, null, null, null, null);
  }
}
