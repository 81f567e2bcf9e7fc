package de.buergerkoffer.hub.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import de.buergerkoffer.bundle.Ack;
import de.buergerkoffer.bundle.Attachment;
import de.buergerkoffer.bundle.CaseContent;
import de.buergerkoffer.bundle.CaseData;
import de.buergerkoffer.bundle.IdentityCheck;
import de.buergerkoffer.bundle.SealedBundle;
import de.buergerkoffer.hub.TestHub;
import de.buergerkoffer.hub.TestKit;
import de.buergerkoffer.hub.enrollment.HubKeys;
import de.buergerkoffer.hub.ingest.IngestService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest of what the kit adds in bundle format 1.1: the identity check of a case (shown on its page
 * and in its PDF) and supplements ("Nachreichungen") that the case page links by number – a
 * supplement naming a case the hub does not hold is stored and shown as not linked, never
 * quarantined, and is linked as soon as that case arrives.
 */
class SupplementAndIdentityTest {

  @TempDir static Path dataDir;
  static TestHub hub;
  static TestKit kit;

  @BeforeAll
  static void startHub() {
    hub = TestHub.start(dataDir, Map.of());
    kit = TestKit.certifiedBy(hub.bean(HubKeys.class), "kit-07");
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void theCasePageAndThePdfSayHowTheIdentityWasEstablished() throws Exception {
    CaseData c =
        withIdentity(
            TestKit.meldebescheinigung(),
            new IdentityCheck(
                IdentityCheck.Source.CHIP, IdentityCheck.Outcome.ISSUER_VERIFIED, null));
    accept(kit.seal(c));

    String page = staff().get("/faelle/" + c.caseId()).body();

    assertThat(page)
        .contains("Identität festgestellt")
        .contains(
            "Chip gelesen – Daten unverändert, Dokument echt (Zertifikat des Ausstellerstaats"
                + " geprüft)");
    assertThat(pdfText(hub.bean(CasePdfs.class).pdf(c.caseId()).orElseThrow()))
        .contains("Identität festgestellt Chip gelesen – Daten unverändert");
  }

  @Test
  void aCaseWithoutIdentityCheckAsFromAnOlderKitSaysItWasNotGiven() {
    CaseData c = TestKit.meldebescheinigung();
    accept(kit.seal(c));

    assertThat(staff().get("/faelle/" + c.caseId()).body())
        .contains("nicht angegeben (ohne Ausweis aufgenommen oder Koffer vor Bundle-Format 1.1)");
  }

  @Test
  void aSupplementIsListedOnTheCaseItNamesAndLinksBack() throws Exception {
    CaseData original = TestKit.meldebescheinigung();
    accept(kit.seal(original));
    CaseData supplement = supplementTo(original.caseNumber());

    accept(kit.sealContents(withPage(supplement)));

    String casePage = staff().get("/faelle/" + original.caseId()).body();
    assertThat(casePage)
        .contains("Nachgereichte Unterlagen")
        .contains("/faelle/" + supplement.caseId())
        .contains(supplement.caseNumber());
    String supplementPage = staff().get("/faelle/" + supplement.caseId()).body();
    assertThat(supplementPage)
        .contains("Nachreichung zu")
        .contains("/faelle/" + original.caseId())
        .contains("unterlagen-1.png");
    String inbox = staff().get("/").body();
    String supplementRow =
        inbox.substring(
            inbox.indexOf(supplement.caseNumber()),
            inbox.indexOf("</tr>", inbox.indexOf(supplement.caseNumber())));
    assertThat(supplementRow).contains("Nachreichung", "zu Vorgang", "q=" + original.caseNumber());
  }

  @Test
  void aSupplementForACaseTheHubDoesNotHoldIsStoredUnlinkedAndLinkedOnceTheCaseArrives()
      throws Exception {
    CaseData original = TestKit.meldebescheinigung();
    CaseData supplement = supplementTo(original.caseNumber());

    accept(kit.sealContents(withPage(supplement)));

    assertThat(staff().get("/faelle/" + supplement.caseId()).body())
        .contains(
            "Vorgang "
                + original.caseNumber()
                + " ist im Rathaus (noch) nicht bekannt – nicht verknüpft.");

    accept(kit.seal(original));

    assertThat(staff().get("/faelle/" + supplement.caseId()).body())
        .contains("/faelle/" + original.caseId())
        .doesNotContain("nicht verknüpft");
    assertThat(staff().get("/faelle/" + original.caseId()).body())
        .contains("/faelle/" + supplement.caseId());
  }

  private static CaseData supplementTo(String caseNumber) {
    return TestKit.caseOf("nachreichung", 1, Map.of("referencedCaseNumber", caseNumber));
  }

  private static CaseContent withPage(CaseData c) throws Exception {
    BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return new CaseContent(c, List.of(new Attachment("unterlagen-1.png", png.toByteArray())));
  }

  private static CaseData withIdentity(CaseData c, IdentityCheck check) {
    return new CaseData(
        c.caseId(),
        c.caseNumber(),
        c.formId(),
        c.formVersion(),
        c.capturedAt(),
        c.clerk(),
        c.fields(),
        check);
  }

  private static void accept(SealedBundle bundle) {
    Ack ack =
        hub.bean(IngestService.class).ingest("kit-07", bundle.bundleId(), bundle.bytes()).ack();
    assertThat(ack.outcome()).as(ack.toString()).isEqualTo(Ack.Outcome.ACCEPTED);
  }

  private static TestHub.Session staff() {
    return hub.login(TestHub.ADMIN, TestHub.ADMIN_PASSWORD);
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
