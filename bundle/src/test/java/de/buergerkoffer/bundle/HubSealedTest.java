package de.buergerkoffer.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Role;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HubSealedTest {

  private final TestPki pki = TestPki.create();
  private final Credential kit = pki.kit("kit-a");
  private final Instant now = Instant.now();

  private final VisitPlan plan = planOf();

  private VisitPlan plan() {
    return plan;
  }

  private VisitPlan planOf() {
    return new VisitPlan(
        "kit-a",
        7,
        now,
        List.of(
            new VisitPlan.PlannedVisit(
                UUID.randomUUID(),
                LocalDate.of(2026, 11, 23),
                "10:30",
                "Erika Mustermann",
                "Heidestraße 17, 04821 Brandis",
                List.of("meldebescheinigung"),
                "")));
  }

  @Test
  void aSealedVisitPlanOpensForItsKitWithTheSameContent() throws Exception {
    byte[] sealed = HubSigned.sealFor(plan(), pki.hubSigning(), kit.certificate());

    VisitPlan opened =
        HubSigned.openSealed(sealed, kit, pki.ca().certificate(), now, VisitPlan.class);

    assertThat(opened).isEqualTo(plan);
  }

  @Test
  void aSealedMessageDoesNotShowTheResidentsNameInItsBytes() {
    byte[] sealed = HubSigned.sealFor(plan(), pki.hubSigning(), kit.certificate());

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Mustermann");
  }

  @Test
  void anotherKitCannotOpenIt() {
    byte[] sealed = HubSigned.sealFor(plan(), pki.hubSigning(), kit.certificate());
    Credential other = pki.kit("kit-b");

    assertThatThrownBy(
            () -> HubSigned.openSealed(sealed, other, pki.ca().certificate(), now, VisitPlan.class))
        .isInstanceOf(GeneralSecurityException.class)
        .hasMessageContaining("envelope");
  }

  @Test
  void aMessageSealedByAKitInsteadOfTheHubIsRefused() {
    Credential impostor = TestPki.issue(pki.ca(), "kit-c", Role.KIT);
    byte[] sealed = HubSigned.sealFor(plan(), impostor, kit.certificate());

    assertThatThrownBy(
            () -> HubSigned.openSealed(sealed, kit, pki.ca().certificate(), now, VisitPlan.class))
        .isInstanceOf(GeneralSecurityException.class);
  }
}
