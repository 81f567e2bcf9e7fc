package de.buergerkoffer.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.crypto.Credential;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BundleRoundTripTest {

  private final TestPki pki = TestPki.create();
  private final Credential kit = pki.kit("kit-07");

  static CaseData sampleCase() {
    return new CaseData(
        UUID.randomUUID(),
        "BK07-000001-8",
        "meldebescheinigung",
        1,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        "m.mueller",
        Map.of("familyName", "Weiß", "givenNames", "Jürgen", "birthDate", "1941-02-28"));
  }

  @Test
  void opensWhatTheKitSealedWithIdenticalValues() throws Exception {
    CaseData original = sampleCase();
    SealedBundle sealed = pki.sealer(kit).seal(List.of(original));

    OpenedBundle opened = pki.opener().open(sealed.bytes());

    assertThat(opened.cases()).containsExactly(original);
    assertThat(opened.manifest().bundleId()).isEqualTo(sealed.bundleId());
    assertThat(opened.manifest().kitId()).isEqualTo("kit-07");
    assertThat(opened.sha256()).isEqualTo(sealed.sha256());
  }

  @Test
  void sealedBytesDoNotContainThePlainNames() {
    SealedBundle sealed = pki.sealer(kit).seal(List.of(sampleCase()));

    String asText = new String(sealed.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(asText).doesNotContain("Weiß", "Jürgen", "1941-02-28", "meldebescheinigung");
  }

  @Test
  void refusesABundleChangedOnTheWay() {
    byte[] bytes = pki.sealer(kit).seal(List.of(sampleCase())).bytes();
    bytes[bytes.length - 40] ^= 0x01;

    assertThatThrownBy(() -> pki.opener().open(bytes))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e ->
                assertThat(e.reason())
                    .isIn(RejectReason.DECRYPTION_FAILED, RejectReason.MALFORMED));
  }

  @Test
  void refusesABundleEncryptedForAnotherHub() {
    TestPki otherTown = TestPki.create();
    byte[] bytes =
        new BundleSealer(kit, List.of(otherTown.hubEncryption().certificate()), TestPki.CLOCK)
            .seal(List.of(sampleCase()))
            .bytes();

    assertThatThrownBy(() -> pki.opener().open(bytes))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.NOT_FOR_THIS_HUB));
  }

  @Test
  void refusesAKitCertifiedBySomeoneElse() {
    Credential stranger = TestPki.create().kit("kit-07");
    byte[] bytes = pki.sealer(stranger).seal(List.of(sampleCase())).bytes();

    assertThatThrownBy(() -> pki.opener().open(bytes))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.UNTRUSTED_SIGNER));
  }

  @Test
  void refusesGarbage() {
    assertThatThrownBy(() -> pki.opener().open("hello".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED));
  }

  @Test
  void everyRecipientCanOpenTheSameBundle() throws Exception {
    TestPki archive = TestPki.create();
    var sealer =
        new BundleSealer(
            kit,
            List.of(pki.hubEncryption().certificate(), archive.hubEncryption().certificate()),
            TestPki.CLOCK);
    byte[] bytes = sealer.seal(List.of(sampleCase())).bytes();

    assertThat(pki.opener().open(bytes).cases()).hasSize(1);
    assertThat(
            new de.buergerkoffer.bundle.crypto.Cms.Verified(
                    de.buergerkoffer.bundle.crypto.Cms.decrypt(bytes, archive.hubEncryption()),
                    null)
                .content())
        .isNotEmpty();
  }

  @Test
  void rejectsUnsafeEntryNames() {
    assertThat(BundleOpener.isSafeName("cases/a.json")).isTrue();
    assertThat(BundleOpener.isSafeName("../etc/passwd")).isFalse();
    assertThat(BundleOpener.isSafeName("/abs")).isFalse();
    assertThat(BundleOpener.isSafeName("cases\\x")).isFalse();
    assertThat(BundleOpener.isSafeName("cases//x")).isFalse();
  }

  @Test
  void aCaseCannotCarryANullFieldValue() {
    var fields = new java.util.HashMap<String, String>();
    fields.put("familyName", null);

    assertThatThrownBy(
            () ->
                new CaseData(
                    UUID.randomUUID(), "BK07-000001-8", "f", 1, Instant.now(), "c", fields))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("familyName");
  }

  @Test
  void carriesEachCasesDocumentsAsAttachments() throws Exception {
    CaseData first = sampleCase();
    CaseData second = sampleCase();
    byte[] scan = new byte[300_000];
    new java.util.Random(7).nextBytes(scan);
    var contents =
        List.of(
            new CaseContent(
                first,
                List.of(
                    new Attachment("scan-1.pdf", scan),
                    new Attachment("unterschrift.json", "{\"strokes\":[]}".getBytes()))),
            CaseContent.of(second));

    OpenedBundle opened = pki.opener().open(pki.sealer(kit).sealContents(contents).bytes());

    assertThat(opened.attachmentsOf(first.caseId()))
        .containsExactly(
            new Attachment("scan-1.pdf", scan),
            new Attachment("unterschrift.json", "{\"strokes\":[]}".getBytes()));
    assertThat(opened.attachmentsOf(second.caseId())).isEmpty();
    assertThat(opened.manifest().entries())
        .extracting(BundleManifest.Entry::name)
        .contains("attachments/" + first.caseId() + "/scan-1.pdf");
  }

  @Test
  void anAttachmentNeedsAPlainNameWithAKnownType() {
    assertThatThrownBy(() -> new Attachment("../x.pdf", new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Attachment("virus.exe", new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Attachment("Scan_2.JPG", new byte[1]).mediaType()).isEqualTo("image/jpeg");
  }

  @Test
  void refusesABundleWhoseKeyAgreementUsesTheSha1Kdf() throws Exception {
    byte[] signed = de.buergerkoffer.bundle.crypto.Cms.sign("not a zip".getBytes(), kit);
    var generator = new org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator();
    var ephemeral = de.buergerkoffer.bundle.crypto.Pki.newKeyPair();
    generator.addRecipientInfoGenerator(
        new org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator(
                org.bouncycastle.cms.CMSAlgorithm.ECDH_SHA1KDF,
                ephemeral.getPrivate(),
                ephemeral.getPublic(),
                org.bouncycastle.cms.CMSAlgorithm.AES256_WRAP)
            .addRecipient(pki.hubEncryption().certificate())
            .setProvider("BC"));
    byte[] weak =
        generator
            .generate(
                new org.bouncycastle.cms.CMSProcessableByteArray(signed),
                (org.bouncycastle.operator.OutputAEADEncryptor)
                    new org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder(
                            org.bouncycastle.cms.CMSAlgorithm.AES256_GCM)
                        .setProvider("BC")
                        .build())
            .getEncoded();

    assertThatThrownBy(() -> pki.opener().open(weak))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED);
              assertThat(e.getMessage()).contains("SHA-256 KDF");
            });
  }

  @Test
  void refusesABundleWhoseContentKeyIsWrappedWithAes128() throws Exception {
    byte[] signed = de.buergerkoffer.bundle.crypto.Cms.sign("not a zip".getBytes(), kit);
    var generator = new org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator();
    var ephemeral = de.buergerkoffer.bundle.crypto.Pki.newKeyPair();
    generator.addRecipientInfoGenerator(
        new org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator(
                org.bouncycastle.cms.CMSAlgorithm.ECDH_SHA256KDF,
                ephemeral.getPrivate(),
                ephemeral.getPublic(),
                org.bouncycastle.cms.CMSAlgorithm.AES128_WRAP)
            .addRecipient(pki.hubEncryption().certificate())
            .setProvider("BC"));
    byte[] weak =
        generator
            .generate(
                new org.bouncycastle.cms.CMSProcessableByteArray(signed),
                (org.bouncycastle.operator.OutputAEADEncryptor)
                    new org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder(
                            org.bouncycastle.cms.CMSAlgorithm.AES256_GCM)
                        .setProvider("BC")
                        .build())
            .getEncoded();

    assertThatThrownBy(() -> pki.opener().open(weak))
        .isInstanceOfSatisfying(
            BundleRejectedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED);
              assertThat(e.getMessage()).contains("AES-256");
            });
  }
}
