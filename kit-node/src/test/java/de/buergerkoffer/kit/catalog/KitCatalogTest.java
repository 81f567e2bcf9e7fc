package de.buergerkoffer.kit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.forms.CatalogRelease;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinition;
import de.buergerkoffer.forms.FormLoader;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KitCatalogTest {

  private final Clock clock = Clock.systemUTC();
  private final Credential ca = Pki.createCa("Test Hub CA", Duration.ofDays(30), clock);
  private final Credential hub = issue(ca, "hub", Role.HUB_SIGNING);
  private final MemoryStore store = new MemoryStore();
  private final KitCatalog kit = kitCatalog();

  private KitCatalog kitCatalog() {
    return new KitCatalog(FormCatalog.builtIn(), store, () -> Optional.of(ca.certificate()), clock);
  }

  private Credential issue(Credential issuer, String name, Role role) {
    KeyPair keys = Pki.newKeyPair();
    return new Credential(
        keys.getPrivate(),
        Pki.issue(issuer, keys.getPublic(), name, role, Duration.ofDays(1), clock),
        List.of(issuer.certificate()));
  }

  /** The built-in catalog plus a version 2 of the Meldebescheinigung with a new title. */
  private static FormCatalog withMeldebescheinigungV2() {
    FormDefinition v1 = FormCatalog.builtIn().find("meldebescheinigung", 1).orElseThrow();
    ObjectNode tree = (ObjectNode) FormLoader.toTree(v1);
    tree.put("version", 2);
    tree.put("titleDe", "Meldebescheinigung (neu)");
    List<FormDefinition> all = new ArrayList<>(FormCatalog.builtIn().all());
    all.add(FormLoader.read(tree, "test"));
    return new FormCatalog(all);
  }

  private byte[] release(long version, FormCatalog catalog, Credential signer) {
    return HubSigned.sign(CatalogRelease.of(version, Instant.now(), catalog), signer);
  }

  @Test
  void withoutAReleaseTheKitUsesItsBuiltInCatalog() {
    assertThat(kit.version()).isZero();
    assertThat(kit.current().latest("meldebescheinigung").orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void aNewerReleaseSignedByTheHubIsInForceAndSurvivesARestart() {
    assertThat(kit.accept(release(5, withMeldebescheinigungV2(), hub))).isTrue();

    assertThat(kit.current().latest("meldebescheinigung").orElseThrow().titleDe())
        .isEqualTo("Meldebescheinigung (neu)");
    KitCatalog restarted = kitCatalog();
    assertThat(restarted.version()).isEqualTo(5);
    assertThat(restarted.current().latest("meldebescheinigung").orElseThrow().version())
        .isEqualTo(2);
  }

  @Test
  void aReleaseSignedByAnotherCaIsIgnored() {
    Credential otherCa = Pki.createCa("Forger CA", Duration.ofDays(30), clock);
    Credential forger = issue(otherCa, "hub", Role.HUB_SIGNING);

    assertThat(kit.accept(release(5, withMeldebescheinigungV2(), forger))).isFalse();

    assertThat(kit.version()).isZero();
    assertThat(store.signed).isNull();
  }

  @Test
  void aReleaseSignedByAKitKeyIsIgnored() {
    Credential someKit = issue(ca, "kit-99", Role.KIT);

    assertThat(kit.accept(release(5, withMeldebescheinigungV2(), someKit))).isFalse();
    assertThat(kit.version()).isZero();
  }

  @Test
  void anOlderOrEqualReleaseIsIgnored() {
    kit.accept(release(5, withMeldebescheinigungV2(), hub));

    assertThat(kit.accept(release(4, FormCatalog.builtIn(), hub))).isFalse();
    assertThat(kit.accept(release(5, FormCatalog.builtIn(), hub))).isFalse();

    assertThat(kit.current().latest("meldebescheinigung").orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void garbageIsIgnored() {
    assertThat(kit.accept(new byte[] {1, 2, 3})).isFalse();
    assertThat(kit.version()).isZero();
  }

  /** Keeps the release in memory. */
  static final class MemoryStore implements StoredCatalog {
    byte[] signed;

    @Override
    public Optional<byte[]> load() {
      return Optional.ofNullable(signed);
    }

    @Override
    public void save(long version, byte[] signed, Instant receivedAt) {
      this.signed = signed;
    }
  }
}
