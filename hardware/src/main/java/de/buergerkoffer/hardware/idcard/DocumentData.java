package de.buergerkoffer.hardware.idcard;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The holder's data from an identity document, whether read from the chip, parsed from the MRZ or
 * typed by the clerk ({@link #source()} says which).
 *
 * <p>Names from the chip or MRZ are in the ICAO character set: upper case, without umlauts ({@code
 * MUELLER} for Müller); the clerk compares them with the printed card. Codes follow ICAO 9303
 * ({@code D} for Germany, three letters otherwise).
 *
 * @param documentType ICAO document code, e.g. {@code ID} or {@code P}; {@code ?} if unknown
 * @param issuingState issuing state or organisation, e.g. {@code D}
 * @param documentNumber the document number, without fillers
 * @param surname surname(s)
 * @param givenNames given names separated by spaces, may be empty
 * @param birthDate date of birth
 * @param nationality nationality code, e.g. {@code D}
 * @param expiryDate date of expiry
 * @param faceImage the photo, only from the chip
 * @param source where the data came from
 * @param authenticity what was checked about the data (passive authentication for chip data)
 */
public record DocumentData(
    String documentType,
    String issuingState,
    String documentNumber,
    String surname,
    String givenNames,
    LocalDate birthDate,
    String nationality,
    LocalDate expiryDate,
    Optional<FaceImage> faceImage,
    DataSource source,
    Authenticity authenticity) {

  public DocumentData {
    Objects.requireNonNull(documentType, "documentType");
    Objects.requireNonNull(issuingState, "issuingState");
    Objects.requireNonNull(documentNumber, "documentNumber");
    Objects.requireNonNull(surname, "surname");
    Objects.requireNonNull(givenNames, "givenNames");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(nationality, "nationality");
    Objects.requireNonNull(expiryDate, "expiryDate");
    Objects.requireNonNull(faceImage, "faceImage");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(authenticity, "authenticity");
  }

  /** Data that could not be checked for authenticity (from the MRZ or typed by hand). */
  public DocumentData(
      String documentType,
      String issuingState,
      String documentNumber,
      String surname,
      String givenNames,
      LocalDate birthDate,
      String nationality,
      LocalDate expiryDate,
      Optional<FaceImage> faceImage,
      DataSource source) {
    this(
        documentType,
        issuingState,
        documentNumber,
        surname,
        givenNames,
        birthDate,
        nationality,
        expiryDate,
        faceImage,
        source,
        Authenticity.notChecked());
  }

  /** The MRZ access key for this document, e.g. to read the chip after typing the data. */
  public AccessKey.MrzAccessKey accessKey() {
    return new AccessKey.MrzAccessKey(documentNumber, birthDate, expiryDate);
  }
}
