package de.buergerkoffer.forms;

/**
 * The name of one concrete value in messages and documents: "Familienname (Person 2)", "Neue
 * Wohnung: Postleitzahl".
 */
record Label(String de, String en) {

  static Label of(FieldDefinition field) {
    return new Label(field.labelDe(), field.labelEn());
  }

  /** The label of a member in a group row. */
  static Label inRow(FieldDefinition member, FieldDefinition group, int index) {
    GroupRules g = group.group();
    String itemDe = g.itemLabelDe() == null ? group.labelDe() : g.itemLabelDe();
    String itemEn = g.itemLabelEn() == null ? group.labelEn() : g.itemLabelEn();
    return new Label(
        member.labelDe() + " (" + itemDe + " " + (index + 1) + ")",
        member.labelEn() + " (" + itemEn + " " + (index + 1) + ")");
  }

  /** The label of a part of an address labelled by this label. */
  Label part(AddressPart part) {
    return new Label(de + ": " + part.labelDe(), en + ": " + part.labelEn());
  }
}
