package de.buergerkoffer.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.hardware.printer.Receipt;
import org.junit.jupiter.api.Test;

class EscPosReceiptRendererTest {

  private final EscPosReceiptRenderer pc858 = new EscPosReceiptRenderer(EscPosSettings.defaults());

  @Test
  void keepsGermanLettersAndTheEuroSign() {
    assertThat(pc858.printable("ÄÖÜäöüß €")).isEqualTo("ÄÖÜäöüß €");
  }

  @Test
  void dropsAccentsThePrinterCannotShowAndKeepsThoseItCan() {
    assertThat(pc858.printable("Dvořák Čapek")).isEqualTo("Dvorák Capek");
  }

  @Test
  void showsAQuestionMarkForWhatHasNoPlainForm() {
    assertThat(pc858.printable("Łódź")).isEqualTo("?ódz");
  }

  @Test
  void leavesOutTheCutForPrintersWithoutCutter() {
    EscPosReceiptRenderer noCut =
        new EscPosReceiptRenderer(new EscPosSettings(EscPosSettings.CodePage.PC858, 32, false));

    byte[] bytes = noCut.render(Receipt.builder().text("x").build());

    assertThat(EscPosDecoder.decode(bytes)).noneMatch(EscPosDecoder.Cut.class::isInstance);
  }

  @Test
  void selectsTheConfiguredCodePage() {
    EscPosReceiptRenderer pc850 =
        new EscPosReceiptRenderer(new EscPosSettings(EscPosSettings.CodePage.PC850, 48, true));

    assertThat(EscPosDecoder.decode(pc850.render(Receipt.builder().text("ü").build())))
        .contains(new EscPosDecoder.SelectCodeTable(2));
    assertThat(pc850.printable("12 €")).isEqualTo("12 ?");
  }
}
