package de.buergerkoffer.kit.capture;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.forms.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentLimitsTest {

  private final AttachmentLimits limits = new AttachmentLimits(1_000_000, 1_500_000);

  @Test
  void documentsWithinTheLimitsPass() {
    assertThat(limits.check(List.of(new Attachment("scan-1.pdf", new byte[900_000])))).isEmpty();
  }

  @Test
  void namesTheDocumentItsSizeAndTheLimitWhenOneIsTooLarge() {
    List<FieldError> errors =
        limits.check(List.of(new Attachment("mietvertrag.pdf", new byte[1_234_567])));

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule()).isEqualTo("max-attachment-size");
              assertThat(e.messageDe()).contains("mietvertrag.pdf", "1,2 MB", "1,0 MB");
            });
  }

  @Test
  void reportsWhenTheDocumentsTogetherAreTooLarge() {
    List<FieldError> errors =
        limits.check(
            List.of(
                new Attachment("scan-1.pdf", new byte[800_000]),
                new Attachment("scan-2.pdf", new byte[800_000])));

    assertThat(errors).extracting(FieldError::rule).containsExactly("max-case-size");
    assertThat(errors.get(0).messageDe()).contains("1,6 MB", "1,5 MB");
  }
}
