package de.buergerkoffer.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReceiptLayoutTest {

  @Test
  void wrapsAtSpaces() {
    assertThat(ReceiptLayout.wrap("Ihr Antrag ist im Koffer gespeichert", 16))
        .containsExactly("Ihr Antrag ist", "im Koffer", "gespeichert");
  }

  @Test
  void breaksWordsLongerThanALine() {
    assertThat(ReceiptLayout.wrap("Donaudampfschifffahrt", 8))
        .containsExactly("Donaudam", "pfschiff", "fahrt");
  }

  @Test
  void keepsAnEmptyLine() {
    assertThat(ReceiptLayout.wrap("", 10)).containsExactly("");
  }

  @Test
  void showsAReceiptAsPlainText() {
    Receipt receipt = Receipt.builder().title("Beleg").separator().qr("BK01-000001-8").build();

    assertThat(ReceiptLayout.plainText(receipt, 20))
        .containsExactly("       Beleg", "-".repeat(20), "[QR: BK01-000001-8]");
  }

  @Test
  void aQrCodeTakesPrintableAsciiOnly() {
    assertThatThrownBy(() -> new ReceiptLine.QrCode("Straße"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Receipt.builder().build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
