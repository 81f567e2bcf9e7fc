package de.buergerkoffer.kit.protection;

import de.buergerkoffer.bundle.crypto.DataCipher;

/** One fixed data key for tests that build the kit's stores without Spring. */
public final class TestDataProtection {

  private static final DataProtection FIXED = new DataProtection(DataCipher.withKey(new byte[32]));

  private TestDataProtection() {}

  /** The same protection every time, so case store and outbox read each other's rows. */
  public static DataProtection fixed() {
    return FIXED;
  }
}
