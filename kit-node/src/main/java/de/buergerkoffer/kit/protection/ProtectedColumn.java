package de.buergerkoffer.kit.protection;

/**
 * The columns of the kit's database that hold personal data and are therefore encrypted. A value is
 * bound to its column and row: the associated data is the column's name and the row's key.
 */
public enum ProtectedColumn {
  /** The case's values (JSON); row: case id. */
  CASE_FIELDS("captured_case", "fields_json"),
  /** The clerk's name; row: case id. */
  CASE_CLERK("captured_case", "clerk"),
  /** The hub's explanation of a refusal, may quote values; row: case id. */
  CASE_REJECT_DETAIL("captured_case", "reject_detail"),
  /** A document's file name; row: case id. */
  ATTACHMENT_NAME("case_attachment", "name"),
  /** A document; row: case id and the document's (plain) file name. */
  ATTACHMENT_DATA("case_attachment", "data"),
  /** A clerk's display name from the hub's roster; row: user name. */
  CLERK_DISPLAY_NAME("kit_clerk", "display_name"),
  /** A clerk's PIN hash from the hub's roster; row: user name. */
  CLERK_PIN_HASH("kit_clerk", "pin_hash"),
  /**
   * A visit with its resident, ID-card data and the draft of the open form (JSON); row: visit id.
   */
  VISIT_DATA("kit_visit", "data"),
  /** A message from the hub kept by the kit (visit plan, case states; JSON); row: its name. */
  DOWNLINK_DATA("downlink_state", "data");

  private final String table;
  private final String column;

  ProtectedColumn(String table, String column) {
    this.table = table;
    this.column = column;
  }

  public String table() {
    return table;
  }

  public String column() {
    return column;
  }

  /** {@code table.column}. */
  public String qualifiedName() {
    return table + "." + column;
  }
}
