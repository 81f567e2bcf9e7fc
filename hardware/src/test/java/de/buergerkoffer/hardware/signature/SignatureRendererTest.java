package de.buergerkoffer.hardware.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SignatureRendererTest {

  @Test
  void drawsInkOnATransparentPngCroppedToTheSignature() throws IOException {
    RenderedSignature rendered = new SignatureRenderer(600, 200).render(Signatures.handwritten());

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendered.png()));
    assertThat(image.getWidth()).isEqualTo(rendered.widthPx()).isLessThanOrEqualTo(600);
    assertThat(image.getHeight()).isEqualTo(rendered.heightPx()).isLessThanOrEqualTo(200);
    assertThat(image.getColorModel().hasAlpha()).isTrue();
    // the ink spans 450 of 600 units: cropped, it fills the full height or width of the box
    assertThat(rendered.widthPx() == 600 || rendered.heightPx() == 200).isTrue();
    assertThat(alpha(image, 0, 0)).isZero();
    int inked = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        if (alpha(image, x, y) > 128) {
          inked++;
        }
      }
    }
    assertThat(inked).isGreaterThan(500);
  }

  @Test
  void fitsASmallBoxForThePdf() {
    RenderedSignature rendered = new SignatureRenderer(120, 40).render(Signatures.handwritten());

    assertThat(rendered.widthPx()).isLessThanOrEqualTo(120);
    assertThat(rendered.heightPx()).isLessThanOrEqualTo(40);
  }

  private static int alpha(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) >>> 24;
  }
}
