package de.buergerkoffer.hardware.scanner;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScanRequestTest {

  @Test
  void theGlassHoldsOnlyOnePage() {
    assertThatThrownBy(
            () ->
                new ScanRequest(
                    200, ScanRequest.ColorMode.GRAY, ScanRequest.PaperSource.FLATBED, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesResolutionsNoScannerOffers() {
    assertThatThrownBy(
            () ->
                new ScanRequest(
                    4800, ScanRequest.ColorMode.GRAY, ScanRequest.PaperSource.FLATBED, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
