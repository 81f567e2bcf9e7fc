package de.buergerkoffer.forms;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Complete, valid sample data for every form of the built-in catalog, captured on {@link #TODAY}.
 * Names and places with umlauts and ß on purpose.
 */
public final class SampleCases {

  /** The capture day of all samples. */
  public static final LocalDate TODAY = LocalDate.of(2025, 6, 14);

  private SampleCases() {}

  /** The sample values for the latest version of {@code formId}. */
  public static Map<String, String> values(String formId) {
    Map<String, String> v = new LinkedHashMap<>();
    switch (formId) {
      case "meldebescheinigung" -> {
        v.put("familyName", "Weiß");
        v.put("givenNames", "Jürgen Ömer");
        v.put("birthDate", "1941-02-28");
        v.put("street", "Hauptstraße 12a");
        v.put("postalCode", "01900");
        v.put("city", "Großröhrsdorf");
        v.put("purpose", "Wohnungsgeberbestätigung für den Vermieter");
        v.put("delivery", "post");
      }
      case "anmeldung" -> {
        v.put("moveInDate", "2025-06-10");
        address(
            v, "newAddress", "Lindenstraße", "7", "Hinterhaus, 2. OG", "01900", "Großröhrsdorf");
        v.put("dwellingStatus", "sole");
        address(v, "previousAddress", "Äußere Neustädter Straße", "3b", null, "01097", "Dresden");
        v.put("previousKept", "no");
        v.put("landlordName", "Wohnungsbaugenossenschaft Röderaue eG");
        person(v, 0, "Schäfer", "Müller", "Anna-Lena", "female", "1988-03-01", "Görlitz");
        v.put("persons[0].doctoralDegree", "Dr.");
        v.put("persons[0].documentType", "idCard");
        v.put("persons[0].documentNumber", "L01X00T47");
        person(v, 1, "Schäfer", null, "Jörg", "male", "1985-11-23", "Zittau");
        v.put("persons[1].documentType", "passport");
        v.put("persons[1].documentNumber", "C4J6R1K2P");
        person(v, 2, "Schäfer", null, "Émilie Søren", "diverse", "2019-07-04", "Bautzen");
        v.put("persons[2].documentType", "none");
      }
      case "lebensbescheinigung" -> {
        v.put("familyName", "Großmann");
        v.put("birthName", "Kühn");
        v.put("givenNames", "Hedwig");
        v.put("birthDate", "1936-09-30");
        address(v, "address", "Am Mühlgraben", "4", null, "01900", "Großröhrsdorf");
        v.put("identityDocument", "idCard");
        v.put("documentNumber", "T22000129");
        v.put("presentInPerson", "yes");
        v.put("pensionFund", "Deutsche Rentenversicherung Bund");
        v.put("pensionNumber", "12 300936 K 512");
        v.put("hasFundForm", "yes");
        v.put("delivery", "fund");
        address(v, "fundAddress", "Ruhrstraße", "2", null, "10709", "Berlin");
      }
      case "briefwahl" -> {
        v.put("election", "Wahl zum Sächsischen Landtag");
        v.put("electionDate", "2025-06-29");
        v.put("voterNumber", "1234");
        v.put("pollingDistrict", "003 Großröhrsdorf-Süd");
        v.put("familyName", "Öztürk");
        v.put("givenNames", "Ayşe");
        v.put("birthDate", "1972-01-15");
        address(v, "address", "Rödertalstraße", "21", null, "01900", "Großröhrsdorf");
        v.put("delivery", "other");
        address(v, "otherAddress", "Strandpromenade", "5", "Pension Möwe", "18225", "Kühlungsborn");
      }
      case "fuehrungszeugnis" -> {
        v.put("familyName", "Fuchs");
        v.put("givenNames", "Björn");
        v.put("sex", "male");
        v.put("birthDate", "1990-05-05");
        v.put("placeOfBirth", "Pirna");
        v.put("nationality", "deutsch");
        address(v, "address", "Schloßstraße", "1", null, "01900", "Großröhrsdorf");
        v.put("kind", "authority");
        v.put("extended", "yes");
        v.put("purpose", "Übungsleiter im Sportverein");
        v.put("authorityName", "Landratsamt Bautzen, Jugendamt");
        address(v, "authorityAddress", "Bahnhofstraße", "9", null, "02625", "Bautzen");
        v.put("authorityReference", "JA-2025/0815");
        v.put("identityDocument", "idCard");
        v.put("documentNumber", "LZ6311T47");
      }
      case "beglaubigung" -> {
        v.put("familyName", "Krüger");
        v.put("givenNames", "Marie-Thérèse");
        address(v, "address", "Gartenweg", "2c", null, "01900", "Großröhrsdorf");
        v.put("documentTitle", "Abschlusszeugnis der Oberschule Großröhrsdorf");
        v.put("issuer", "Oberschule Großröhrsdorf");
        v.put("issueDate", "2008-07-11");
        v.put("pages", "2");
        v.put("copies", "3");
        v.put("presentedTo", "Landesamt für Schule und Bildung");
        v.put("originalSeen", "yes");
        v.put("delivery", "pickup");
      }
      case "hundesteuer" -> {
        v.put("familyName", "Löwe");
        v.put("givenNames", "Käthe");
        v.put("birthDate", "1965-12-24");
        address(v, "address", "Rosenstraße", "15", null, "01900", "Großröhrsdorf");
        v.put("phone", "+49 35952 12345");
        v.put("dogName", "Bärbel");
        v.put("breed", "Dackel-Mischling");
        v.put("dogSex", "female");
        v.put("dogBirthDate", "2024-02-01");
        v.put("chipNumber", "276098106543210");
        v.put("keptSince", "2025-06-01");
        v.put("previousMunicipality", "Ottendorf-Okrilla");
        v.put("listedBreed", "no");
        v.put("taxRelief", "none");
      }
      case "verlustanzeige-ausweis" -> {
        v.put("familyName", "Groß");
        v.put("givenNames", "Søren");
        v.put("birthDate", "2001-08-17");
        address(v, "address", "Bischofswerdaer Straße", "33", null, "01900", "Großröhrsdorf");
        v.put("documentType", "idCard");
        v.put("documentNumber", "L01X00T48");
        v.put("lossKind", "stolen");
        v.put("lossDate", "2025-06-12");
        v.put("lossPlace", "Dresden, Straßenbahnlinie 11");
        v.put(
            "circumstances",
            "Geldbörse im Gedränge entwendet; Fahrkarte und Bankkarte ebenfalls weg.");
        v.put("policeReference", "PD DD 2025/4711");
        v.put("blockOnlineId", "yes");
      }
      case "nachreichung" -> {
        v.put("referencedCaseNumber", "BK01-000041-9");
        v.put("note", "Mietvertrag, vom Rathaus angefordert");
      }
      default -> throw new IllegalArgumentException("no sample for " + formId);
    }
    return v;
  }

  private static void address(
      Map<String, String> v,
      String id,
      String street,
      String number,
      String supplement,
      String postalCode,
      String city) {
    v.put(id + ".street", street);
    v.put(id + ".houseNumber", number);
    if (supplement != null) {
      v.put(id + ".supplement", supplement);
    }
    v.put(id + ".postalCode", postalCode);
    v.put(id + ".city", city);
  }

  private static void person(
      Map<String, String> v,
      int row,
      String familyName,
      String birthName,
      String givenNames,
      String sex,
      String birthDate,
      String placeOfBirth) {
    String p = "persons[" + row + "].";
    v.put(p + "familyName", familyName);
    if (birthName != null) {
      v.put(p + "birthName", birthName);
    }
    v.put(p + "givenNames", givenNames);
    v.put(p + "sex", sex);
    v.put(p + "birthDate", birthDate);
    v.put(p + "placeOfBirth", placeOfBirth);
    v.put(p + "nationality", "deutsch");
    v.put(p + "religion", row == 1 ? "ev" : "none");
    v.put(p + "maritalStatus", row == 2 ? "single" : "married");
  }
}
