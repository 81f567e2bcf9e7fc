package de.buergerkoffer.kit.downlink;

import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.bundle.crypto.Credential;
import de.buergerkoffer.bundle.crypto.Pki;
import de.buergerkoffer.bundle.crypto.Role;
import de.buergerkoffer.kit.enrollment.KitIdentity;
import de.buergerkoffer.kit.protection.TestDataProtection;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A test PKI (hub CA, hub signing key, the kit's key) and a migrated kit database, for tests of the
 * listeners that take sealed messages from the hub.
 */
public final class TestHub {

  public final Clock clock;
  public final Credential ca;
  public final Credential hubSigning;
  public final Credential kit;
  public final KitIdentity identity;
  public final JdbcTemplate jdbc;
  public final DownlinkStore store;

  public TestHub(Path dataDir, Clock clock) {
    this.clock = clock;
    ca = Pki.createCa("Test Hub CA", Duration.ofDays(30), clock);
    hubSigning = issue(ca, "hub", Role.HUB_SIGNING);
    kit = issue(ca, "kit-07", Role.KIT);
    identity =
        new KitIdentity(kit, ca.certificate(), issue(ca, "hub", Role.HUB_ENCRYPTION).certificate());
    DataSource db = new DriverManagerDataSource("jdbc:sqlite:" + dataDir.resolve("kit.db"));
    Flyway.configure().dataSource(db).locations("classpath:db/kit").load().migrate();
    jdbc = new JdbcTemplate(db);
    store = new DownlinkStore(jdbc, TestDataProtection.fixed(), clock);
  }

  /** The opener as the kit "kit-07" has it. */
  public SealedDownlink downlink() {
    return new SealedDownlink("kit-07", () -> Optional.of(identity), clock);
  }

  /** Signed by the hub and sealed for the kit, as the hub publishes it. */
  public byte[] sealed(Object message) {
    return HubSigned.sealFor(message, hubSigning, kit.certificate());
  }

  /** Signed by a key from another CA. */
  public byte[] sealedByStranger(Object message) {
    Credential otherCa = Pki.createCa("Fremde CA", Duration.ofDays(30), clock);
    return HubSigned.sealFor(message, issue(otherCa, "hub", Role.HUB_SIGNING), kit.certificate());
  }

  private Credential issue(Credential issuer, String commonName, Role role) {
    KeyPair keys = Pki.newKeyPair();
    return new Credential(
        keys.getPrivate(),
        Pki.issue(issuer, keys.getPublic(), commonName, role, Duration.ofDays(1), clock),
        List.of(issuer.certificate()));
  }
}
