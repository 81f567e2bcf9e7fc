package de.buergerkoffer.kit.documents;

import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.document.CasePdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Wires the case documents into capture and warms the PDF renderer up at start. */
@Configuration
class DocumentsConfig {

  private static final Logger log = LoggerFactory.getLogger(DocumentsConfig.class);

  @Bean
  CaseDocuments caseDocuments(FormCatalog catalog, TownProperties town) {
    return new CaseDocuments(catalog, town.municipality(), town.place());
  }

  /**
   * Loads fonts, PDFBox and the image codecs in the background once the kit is up, so the first
   * capture is not slow (see {@code docs/benchmarks.md}).
   */
  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    Thread warmer =
        new Thread(
            () -> {
              try {
                long start = System.nanoTime();
                CasePdf.warmUp();
                log.info(
                    "PDF renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
              } catch (RuntimeException e) {
                log.warn("PDF warm-up failed: {}", e.toString());
              }
            },
            "kit-pdf-warmup");
    warmer.setDaemon(true);
    warmer.setPriority(Thread.MIN_PRIORITY);
    warmer.start();
  }
}
