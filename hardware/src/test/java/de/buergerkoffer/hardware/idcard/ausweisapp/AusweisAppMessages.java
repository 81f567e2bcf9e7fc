package de.buergerkoffer.hardware.idcard.ausweisapp;

/**
 * Messages of the AusweisApp SDK (WebSocket JSON) as its documentation shows them, for the scripts
 * of {@link FakeAusweisApp}.
 */
public final class AusweisAppMessages {

  /** The result major code of a successful workflow. */
  public static final String OK = "http://www.bsi.bund.de/ecard/api/1.1/resultmajor#ok";

  /** The result major code of a failed workflow. */
  public static final String ERROR = "http://www.bsi.bund.de/ecard/api/1.1/resultmajor#error";

  /** The refresh URL the successful {@link #AUTH_OK} reports. */
  public static final String REFRESH_URL = "https://eid.musterstadt.de/refresh?refID=4711";

  /** The service asks for family name, given names and birth date. */
  public static final String ACCESS_RIGHTS =
      "{\"msg\":\"ACCESS_RIGHTS\",\"chat\":{\"effective\":[\"FamilyName\",\"GivenNames\","
          + "\"DateOfBirth\"],\"optional\":[],\"required\":[\"FamilyName\",\"GivenNames\","
          + "\"DateOfBirth\"]}}";

  /** The answer to RUN_AUTH: the workflow started. */
  public static final String AUTH_STARTED = "{\"msg\":\"AUTH\"}";

  /** The card is wanted. */
  public static final String INSERT_CARD = "{\"msg\":\"INSERT_CARD\"}";

  /** The workflow's end: authenticated, the data wait at the service under {@link #REFRESH_URL}. */
  public static final String AUTH_OK =
      "{\"msg\":\"AUTH\",\"result\":{\"major\":\"" + OK + "\"},\"url\":\"" + REFRESH_URL + "\"}";

  /** The workflow's end after a CANCEL. */
  public static final String AUTH_CANCELLED =
      "{\"msg\":\"AUTH\",\"result\":{\"major\":\""
          + ERROR
          + "\",\"minor\":\"http://www.bsi.bund.de/ecard/api/1.1/resultminor/sal#cancellationByUser\","
          + "\"message\":\"The process has been cancelled.\"},"
          + "\"url\":\"https://eid.musterstadt.de/refresh?errID=4711\"}";

  private AusweisAppMessages() {}

  /** The card lies on a reader and its PIN is wanted, on the reader's keypad if it has one. */
  public static String enterPin(int retryCounter, boolean keypad) {
    return "{\"msg\":\"ENTER_PIN\",\"reader\":{\"name\":\"REINER SCT cyberJack\",\"attached\":true,"
        + "\"keypad\":"
        + keypad
        + ",\"card\":{\"inoperative\":false,\"deactivated\":false,\"retryCounter\":"
        + retryCounter
        + "}}}";
  }
}
