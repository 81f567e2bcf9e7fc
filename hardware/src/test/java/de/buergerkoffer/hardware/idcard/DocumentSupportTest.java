package de.buergerkoffer.hardware.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentSupportTest {

  @Test
  void theGermanIdCardIsReadOnlyOnlineThroughTheEidFunction() {
    assertThat(DocumentSupport.GERMAN_ID_CARD.worksOffline()).isFalse();
    assertThat(DocumentSupport.GERMAN_ID_CARD.howDe()).contains("Online-Ausweisfunktion", "PIN");
  }

  @Test
  void passportsAreReadOfflineWithTheMrzData() {
    assertThat(DocumentSupport.PASSPORT.worksOffline()).isTrue();
    assertThat(DocumentSupport.PASSPORT.howDe()).contains("offline", "Foto");
  }

  @Test
  void everyDocumentSaysHowToGoOn() {
    for (DocumentSupport support : DocumentSupport.values()) {
      assertThat(support.documentDe()).isNotBlank();
      assertThat(support.howDe()).isNotBlank();
    }
  }
}
