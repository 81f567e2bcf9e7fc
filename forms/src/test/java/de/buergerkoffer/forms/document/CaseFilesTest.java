package de.buergerkoffer.forms.document;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.SampleCases;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class CaseFilesTest {

  private final FormDefinition anmeldung = FormCatalog.builtIn().latest("anmeldung").orElseThrow();

  @Test
  void pagesAndSignatureAreFoundByTheirNamesAndBrokenFilesLeftOut() throws Exception {
    byte[] page = png(TestScans.a4Letter(100, 1));
    CaseDocument doc =
        CaseFiles.document(
            anmeldung,
            "BK01-000042-7",
            SampleCases.values("anmeldung"),
            Instant.parse("2025-06-14T08:32:00Z"),
            "Frau Schröder",
            "Großröhrsdorf",
            Municipality.of("Gemeinde Musterhausen"),
            Map.of(
                "landlordConfirmation-2.png",
                page,
                "landlordConfirmation-1.png",
                page,
                "landlordConfirmation-3.png",
                new byte[] {1, 2, 3},
                "signature.png",
                png(TestScans.signature()),
                "antrag.pdf",
                new byte[] {'%', 'P', 'D', 'F'}));

    assertThat(doc.attachments()).hasSize(1);
    assertThat(doc.attachments().get(0).requirementId()).isEqualTo("landlordConfirmation");
    assertThat(doc.attachments().get(0).pages()).hasSize(2);
    assertThat(doc.signature()).isNotNull();
    byte[] pdf = new CasePdf().render(doc);
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
  }

  private static byte[] png(BufferedImage image) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
