package de.buergerkoffer.hardware.idcard;

import de.buergerkoffer.hardware.Device;

/**
 * Reads the holder's data from an identity document's chip.
 *
 * <p>Contract: {@link #read(AccessKey)} blocks until the chip answered or failed (a few seconds),
 * never throws for device or card problems and never returns null: every problem is a {@link
 * ReadResult.Failure} with a German message that offers the way on (type the data by hand, see
 * {@code idcard.manual}). The reader keeps nothing: the caller stores what it needs in the case.
 */
public interface IdCardReader extends Device {

  /**
   * Reads the document on the reader.
   *
   * @param accessKey the CAN or the MRZ data the chip wants before it answers (PACE/BAC)
   * @return the document data, or why not
   */
  ReadResult read(AccessKey accessKey);
}
