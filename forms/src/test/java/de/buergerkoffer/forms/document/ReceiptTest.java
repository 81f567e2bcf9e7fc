package de.buergerkoffer.forms.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.seal.ReceiptSigner;
import de.buergerkoffer.forms.seal.ReceiptVerifier;
import de.buergerkoffer.forms.seal.SealCheck;
import de.buergerkoffer.forms.seal.TestKeys;
import java.awt.image.BufferedImage;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class ReceiptTest {

  private final KeyPair kitKey = TestKeys.newKeyPair();
  private final ReceiptSigner kit = TestKeys.signer("kit-01", kitKey);
  private final ReceiptVerifier townHall = TestKeys.verifier(Map.of("kit-01", kitKey.getPublic()));
  private final FormDefinition anmeldung = FormCatalog.builtIn().latest("anmeldung").orElseThrow();
  private final CaseDocument doc = CasePdfTest.sampleDocument(anmeldung, 100);
  private final Receipt receipt = Receipt.of(doc, kit);

  @Test
  void theThermalReceiptFitsFortyEightColumns() {
    ThermalReceipt thermal = ThermalReceipt.of(receipt);

    assertThat(thermal.plainLines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(48));
    assertThat(thermal.lines())
        .filteredOn(l -> l instanceof ThermalReceipt.Text t && t.large())
        .allSatisfy(
            l -> assertThat(((ThermalReceipt.Text) l).text().length()).isLessThanOrEqualTo(24));
  }

  @Test
  void theReceiptListsWhatTheResidentHandedIn() throws Exception {
    assertThat(receipt.handedInDe())
        .containsExactly("Wohnungsgeberbestätigung (1 Seite)", "Unterschrift");
    assertThat(ThermalReceipt.of(receipt).plainText())
        .contains("Eingereicht: Wohnungsgeberbestätigung (1 Seite)");
    assertThat(CasePdfTest.text(new ReceiptPdf().render(receipt)))
        .contains("Eingereicht", "Wohnungsgeberbestätigung (1 Seite)", "Unterschrift");
  }

  @Test
  void theThermalReceiptNamesCaseServiceDateClerkAndNextSteps() {
    String text = ThermalReceipt.of(receipt).plainText();

    assertThat(text)
        .contains("BK01-000042-7")
        .contains("Anmeldung einer Wohnung")
        .contains("14.06.2025, 10:32 Uhr")
        .contains("Frau Schröder")
        .contains("Großröhrsdorf")
        .contains("Wie geht es weiter?")
        .contains("Melderegister")
        .contains("[QR-Code]");
  }

  @Test
  void theThermalReceiptUsesOnlyWhatAReceiptPrinterCanPrint() {
    String text = ThermalReceipt.of(receipt).plainText();

    assertThat(text).doesNotContain("–", "„", "“").contains("Bürgerbüro - mobiler Bürgerservice");
    assertThat(java.nio.charset.Charset.forName("IBM00858").newEncoder().canEncode(text)).isTrue();
  }

  @Test
  void theThermalQrCodeScansToAGenuineSeal() throws Exception {
    ThermalReceipt.Qr qr =
        ThermalReceipt.of(receipt).lines().stream()
            .filter(ThermalReceipt.Qr.class::isInstance)
            .map(ThermalReceipt.Qr.class::cast)
            .findFirst()
            .orElseThrow();

    BufferedImage raster = qr.raster(4);

    assertThat(raster.getWidth()).isLessThanOrEqualTo(576);
    assertThat(SealCheck.of(decode(raster), townHall))
        .isInstanceOfSatisfying(
            SealCheck.Genuine.class,
            g -> {
              assertThat(g.seal().caseNumber()).isEqualTo("BK01-000042-7");
              assertThat(g.seal().matches("anmeldung", 1, doc.values())).isTrue();
            });
  }

  @Test
  void theA4ReceiptIsSmallValidPdfA2u() {
    byte[] pdf = new ReceiptPdf().render(receipt);

    assertThat(pdf.length).isLessThan(60 * 1024);
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
  }

  @Test
  void theA4ReceiptShowsTheSameFactsAndAGenuineSeal() throws Exception {
    byte[] pdf = new ReceiptPdf().render(receipt);

    assertThat(CasePdfTest.text(pdf))
        .contains("Empfangsbestätigung")
        .contains("BK01-000042-7")
        .contains("Anmeldung einer Wohnung")
        .contains("14.06.2025, 10:32 Uhr")
        .contains("Frau Schröder")
        .contains("Melderegister");
    assertThat(SealCheck.of(CasePdfTest.readQrCode(pdf, 0), townHall))
        .isInstanceOf(SealCheck.Genuine.class);
  }

  @Test
  void aCaseDocumentCanCarryTheSignedSealToo() throws Exception {
    byte[] pdf = new CasePdf(kit).render(doc);

    List<String> failures = VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U);

    assertThat(failures).isEmpty();
    assertThat(SealCheck.of(CasePdfTest.readQrCode(pdf, 1), townHall))
        .isInstanceOf(SealCheck.Genuine.class);
  }

  private static String decode(BufferedImage image) throws Exception {
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
        .getText();
  }
}
