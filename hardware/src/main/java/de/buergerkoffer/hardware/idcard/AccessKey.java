package de.buergerkoffer.hardware.idcard;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the chip of an eMRTD wants before it answers: either the six-digit card access number
 * printed on the German ID card (PACE with CAN) or document number, birth date and expiry date from
 * the machine-readable zone (BAC, or PACE with MRZ).
 */
public sealed interface AccessKey permits AccessKey.CardAccessNumber, AccessKey.MrzAccessKey {

  /**
   * The card access number (Zugangsnummer) printed on the front of the German ID card.
   *
   * @param digits exactly six digits
   */
  record CardAccessNumber(String digits) implements AccessKey {
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public CardAccessNumber {
      Objects.requireNonNull(digits, "digits");
      if (!SIX_DIGITS.matcher(digits).matches()) {
        throw new IllegalArgumentException("Die Zugangsnummer hat genau sechs Ziffern.");
      }
    }
  }

  /**
   * The MRZ data that derive the BAC/PACE key.
   *
   * @param documentNumber upper-case letters and digits without fillers; 1 to 9 characters, up to
   *     22 for the long numbers some TD1 cards carry
   * @param birthDate the holder's birth date
   * @param expiryDate the document's expiry date
   */
  record MrzAccessKey(String documentNumber, LocalDate birthDate, LocalDate expiryDate)
      implements AccessKey {
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{1,22}");

    public MrzAccessKey {
      Objects.requireNonNull(documentNumber, "documentNumber");
      Objects.requireNonNull(birthDate, "birthDate");
      Objects.requireNonNull(expiryDate, "expiryDate");
      if (!DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
        throw new IllegalArgumentException(
            "Die Ausweisnummer besteht aus Großbuchstaben und Ziffern.");
      }
    }
  }
}
