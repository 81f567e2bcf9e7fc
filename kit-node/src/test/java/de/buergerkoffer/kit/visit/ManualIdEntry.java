package de.buergerkoffer.kit.visit;

import de.buergerkoffer.hardware.idcard.manual.CheckDigit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The ICAO specimen card (Erika Mustermann) as a clerk types it into the manual-entry form. */
final class ManualIdEntry {

  private ManualIdEntry() {}

  /** The form fields with correct check digits; a new, changeable map each time. */
  static Map<String, String> specimen() {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("surname", "Mustermann");
    typed.put("givenNames", "Erika");
    typed.put("nationality", "D");
    typed.put("documentNumber", "T22000129");
    typed.put("documentNumberCheckDigit", String.valueOf(CheckDigit.compute("T22000129")));
    typed.put("birthDate", "12.08.1964");
    typed.put("birthDateCheckDigit", String.valueOf(CheckDigit.compute("640812")));
    typed.put("expiryDate", "31.10.2031");
    typed.put("expiryDateCheckDigit", String.valueOf(CheckDigit.compute("311031")));
    return typed;
  }
}
