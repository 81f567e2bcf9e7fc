package de.buergerkoffer.forms.seal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The content of the QR codes on case documents and receipts, in the spirit of the BSI's "digitales
 * Siegel": case number, capture date and the data's fingerprint ({@link CaseHash}), on receipts
 * signed by the kit, so the town hall can scan a receipt a resident shows and see whether it is
 * genuine and matches the stored case.
 *
 * <p>Text form: {@code BK1:} followed by Base45 of the binary form (all characters are in the QR
 * alphanumeric set). Binary form, version 1, all lengths one unsigned byte:
 *
 * <pre>
 * 0x01 | len | signer id (ASCII, empty if unsigned) | len | case number (ASCII)
 *      | capture date (2 bytes, days since 1970-01-01, big-endian) | SHA-256 (32 bytes)
 *      | len | signature (empty if unsigned)
 * </pre>
 *
 * The signature covers every byte before its own length byte.
 *
 * @param signerId who signed (the kit id), or "" when unsigned
 * @param caseNumber the case number, such as {@code BK01-000001-8}
 * @param date the capture day (Europe/Berlin)
 * @param dataHash the 32-byte {@link CaseHash}
 * @param signature the signature, or empty when unsigned
 */
public record CaseSeal(
    String signerId, String caseNumber, LocalDate date, byte[] dataHash, byte[] signature) {

  /** What every seal text starts with. */
  public static final String PREFIX = "BK1:";

  private static final int VERSION = 1;
  private static final Pattern ASCII_ID = Pattern.compile("[A-Za-z0-9._-]{0,64}");
  private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  public CaseSeal {
    Objects.requireNonNull(date, "date");
    signerId = signerId == null ? "" : signerId;
    signature = signature == null ? new byte[0] : signature.clone();
    dataHash = dataHash.clone();
    if (!ASCII_ID.matcher(signerId).matches()) {
      throw new IllegalArgumentException("signer id must be 0-64 of [A-Za-z0-9._-]");
    }
    if (caseNumber == null || !CASE_NUMBER.matcher(caseNumber).matches()) {
      throw new IllegalArgumentException("case number must be 1-32 of [A-Za-z0-9._-]");
    }
    if (dataHash.length != 32) {
      throw new IllegalArgumentException("data hash must be 32 bytes (SHA-256)");
    }
    if (signature.length > 255 || signerId.isEmpty() != (signature.length == 0)) {
      throw new IllegalArgumentException("a seal has both signer and signature (<= 255 B) or none");
    }
    long days = date.toEpochDay();
    if (days < 0 || days > 0xffff) {
      throw new IllegalArgumentException("date out of range: " + date);
    }
  }

  /** An unsigned seal, as on the case document. */
  public static CaseSeal unsigned(String caseNumber, LocalDate date, byte[] dataHash) {
    return new CaseSeal("", caseNumber, date, dataHash, new byte[0]);
  }

  /** A seal signed by {@code signer}, as on the receipt. */
  public static CaseSeal signed(
      String caseNumber, LocalDate date, byte[] dataHash, ReceiptSigner signer) {
    byte[] toSign = signedBytes(signer.signerId(), caseNumber, date, dataHash);
    return new CaseSeal(signer.signerId(), caseNumber, date, dataHash, signer.sign(toSign));
  }

  /** Whether the seal carries a signature. */
  public boolean isSigned() {
    return signature.length > 0;
  }

  /** Whether the signature verifies; false for an unsigned seal. */
  public boolean verify(ReceiptVerifier verifier) {
    return isSigned() && verifier.verify(signerId, signedBytes(), signature.clone());
  }

  /** Whether the seal's fingerprint is that of this case data. */
  public boolean matches(String formId, int formVersion, Map<String, String> values) {
    return Arrays.equals(dataHash, CaseHash.of(formId, formVersion, values));
  }

  /** The bytes the signature covers. */
  public byte[] signedBytes() {
    return signedBytes(signerId, caseNumber, date, dataHash);
  }

  private static byte[] signedBytes(
      String signerId, String caseNumber, LocalDate date, byte[] dataHash) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + caseNumber.length());
    out.write(VERSION);
    writeShort(out, signerId.getBytes(StandardCharsets.US_ASCII));
    writeShort(out, caseNumber.getBytes(StandardCharsets.US_ASCII));
    int days = (int) date.toEpochDay();
    out.write(days >> 8);
    out.write(days & 0xff);
    out.writeBytes(dataHash);
    return out.toByteArray();
  }

  /** The text for the QR code: {@code BK1:} + Base45. */
  public String encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(signedBytes());
    writeShort(out, signature);
    return PREFIX + Base45.encode(out.toByteArray());
  }

  /**
   * Reads a seal from the text of a scanned QR code.
   *
   * @throws IllegalArgumentException if the text is not a seal of a known version
   */
  public static CaseSeal decode(String text) {
    if (text == null || !text.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a Bürgerkoffer seal");
    }
    ByteBuffer in = ByteBuffer.wrap(Base45.decode(text.substring(PREFIX.length())));
    try {
      if ((in.get() & 0xff) != VERSION) {
        throw new IllegalArgumentException("unknown seal version");
      }
      String signer = new String(readShort(in), StandardCharsets.US_ASCII);
      String caseNumber = new String(readShort(in), StandardCharsets.US_ASCII);
      LocalDate date = LocalDate.ofEpochDay(in.getShort() & 0xffff);
      byte[] hash = new byte[32];
      in.get(hash);
      byte[] signature = readShort(in);
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("trailing bytes after the seal");
      }
      return new CaseSeal(signer, caseNumber, date, hash, signature);
    } catch (java.nio.BufferUnderflowException e) {
      throw new IllegalArgumentException("seal is cut short", e);
    }
  }

  private static void writeShort(ByteArrayOutputStream out, byte[] bytes) {
    out.write(bytes.length);
    out.writeBytes(bytes);
  }

  private static byte[] readShort(ByteBuffer in) {
    byte[] bytes = new byte[in.get() & 0xff];
    in.get(bytes);
    return bytes;
  }

  @Override
  public byte[] dataHash() {
    return dataHash.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseSeal s
        && signerId.equals(s.signerId)
        && caseNumber.equals(s.caseNumber)
        && date.equals(s.date)
        && Arrays.equals(dataHash, s.dataHash)
        && Arrays.equals(signature, s.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(signerId, caseNumber, date) * 31 + Arrays.hashCode(dataHash);
  }

  @Override
  public String toString() {
    return "CaseSeal[" + caseNumber + ", " + date + ", signed by '" + signerId + "']";
  }
}
