package de.buergerkoffer.forms.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.forms.document.QrCodes;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseSealTest {

  private static final LocalDate DAY = LocalDate.of(2025, 6, 14);
  private static final Map<String, String> VALUES = Map.of("familyName", "Weiß");
  private static final byte[] HASH = CaseHash.of("meldebescheinigung", 1, VALUES);

  private final KeyPair kitKey = TestKeys.newKeyPair();
  private final ReceiptSigner kit = TestKeys.signer("kit-01", kitKey);
  private final ReceiptVerifier townHall = TestKeys.verifier(Map.of("kit-01", kitKey.getPublic()));

  @Test
  void aSignedSealSurvivesTheQrTextAndVerifies() {
    CaseSeal seal = CaseSeal.signed("BK01-000042-7", DAY, HASH, kit);

    CaseSeal read = CaseSeal.decode(seal.encode());

    assertThat(read).isEqualTo(seal);
    assertThat(read.signerId()).isEqualTo("kit-01");
    assertThat(read.verify(townHall)).isTrue();
    assertThat(read.matches("meldebescheinigung", 1, VALUES)).isTrue();
    assertThat(read.matches("meldebescheinigung", 1, Map.of("familyName", "Weiss"))).isFalse();
  }

  @Test
  void theTextUsesOnlyQrAlphanumericCharactersAndFitsASmallCode() {
    String text = CaseSeal.signed("BK01-000042-7", DAY, HASH, kit).encode();

    assertThat(text).startsWith("BK1:").matches("[0-9A-Z $%*+\\-./:]+");
    assertThat(text.length()).isLessThan(200);
    assertThat(QrCodes.encode(text).getWidth()).isLessThanOrEqualTo(53);
  }

  @Test
  void theTownHallAcceptsAGenuineReceipt() {
    String text = CaseSeal.signed("BK01-000042-7", DAY, HASH, kit).encode();

    assertThat(SealCheck.of(text, townHall))
        .isInstanceOfSatisfying(
            SealCheck.Genuine.class,
            g -> assertThat(g.seal().caseNumber()).isEqualTo("BK01-000042-7"));
  }

  @Test
  void aReceiptWithAChangedCaseNumberIsRejected() {
    CaseSeal genuine = CaseSeal.signed("BK01-000042-7", DAY, HASH, kit);
    CaseSeal forged = new CaseSeal("kit-01", "BK01-000043-5", DAY, HASH, genuine.signature());

    assertThat(SealCheck.of(forged.encode(), townHall))
        .isInstanceOfSatisfying(
            SealCheck.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(SealCheck.Reason.BAD_SIGNATURE));
  }

  @Test
  void aReceiptSignedByAnotherKeyIsRejected() {
    ReceiptSigner impostor = TestKeys.signer("kit-01", TestKeys.newKeyPair());
    String text = CaseSeal.signed("BK01-000042-7", DAY, HASH, impostor).encode();

    assertThat(SealCheck.of(text, townHall))
        .isInstanceOfSatisfying(
            SealCheck.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(SealCheck.Reason.BAD_SIGNATURE));
  }

  @Test
  void aReceiptOfAnUnknownKitIsRejected() {
    String text =
        CaseSeal.signed("BK09-000001-3", DAY, HASH, TestKeys.signer("kit-09", kitKey)).encode();

    assertThat(SealCheck.of(text, townHall))
        .isInstanceOfSatisfying(
            SealCheck.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(SealCheck.Reason.BAD_SIGNATURE));
  }

  @Test
  void theUnsignedSealOfACaseDocumentIsNoReceipt() {
    String text = CaseSeal.unsigned("BK01-000042-7", DAY, HASH).encode();

    assertThat(SealCheck.of(text, townHall))
        .isInstanceOfSatisfying(
            SealCheck.Rejected.class,
            r -> assertThat(r.reason()).isEqualTo(SealCheck.Reason.UNSIGNED));
  }

  @Test
  void garbageAndDamagedCodesAreMalformed() {
    String text = CaseSeal.signed("BK01-000042-7", DAY, HASH, kit).encode();

    for (String bad :
        new String[] {
          "https://example.org",
          "BK1:",
          "BK1:abc",
          text.substring(0, text.length() - 6),
          text + "00"
        }) {
      assertThat(SealCheck.of(bad, townHall))
          .as(bad)
          .isInstanceOfSatisfying(
              SealCheck.Rejected.class,
              r -> assertThat(r.reason()).isEqualTo(SealCheck.Reason.MALFORMED));
    }
  }

  @Test
  void aSealNeedsSignerAndSignatureTogether() {
    assertThatThrownBy(() -> new CaseSeal("kit-01", "BK01-000042-7", DAY, HASH, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseSeal("", "BK01-000042-7", DAY, HASH, new byte[64]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
