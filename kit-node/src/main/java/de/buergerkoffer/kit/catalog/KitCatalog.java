package de.buergerkoffer.kit.catalog;

import de.buergerkoffer.bundle.HubSigned;
import de.buergerkoffer.forms.CatalogRelease;
import de.buergerkoffer.forms.FormCatalog;
import de.buergerkoffer.forms.FormDefinitionException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form catalog this kit works with: the newest release the town hall published and signed, or
 * the built-in catalog until one arrived. A release counts only when it is signed by the hub's
 * signing key (certified by the kit's CA), newer than the one held, and every form in it is
 * consistent; anything else is logged and ignored, and the kit keeps what it had.
 *
 * <p>The release is stored as signed and verified again when read after a restart.
 */
public final class KitCatalog {

  private static final Logger log = LoggerFactory.getLogger(KitCatalog.class);

  private final FormCatalog builtIn;
  private final StoredCatalog store;
  private final Supplier<Optional<X509Certificate>> ca;
  private final Clock clock;
  private volatile Held held;

  /** A catalog in force and the release version it came from (0: built in). */
  private record Held(long version, FormCatalog catalog) {}

  public KitCatalog(
      FormCatalog builtIn,
      StoredCatalog store,
      Supplier<Optional<X509Certificate>> ca,
      Clock clock) {
    this.builtIn = builtIn;
    this.store = store;
    this.ca = ca;
    this.clock = clock;
  }

  /** The catalog in force now. */
  public FormCatalog current() {
    return held().catalog();
  }

  /** The version of the release in force, 0 for the built-in catalog. */
  public long version() {
    return held().version();
  }

  private Held held() {
    Held h = held;
    if (h == null) {
      synchronized (this) {
        if (held == null) {
          held = restore();
        }
        h = held;
      }
    }
    return h;
  }

  private Held restore() {
    Held fallback = new Held(0, builtIn);
    Optional<byte[]> stored = store.load();
    if (stored.isEmpty()) {
      return fallback;
    }
    try {
      CatalogRelease release = verify(stored.get());
      return new Held(release.version(), release.toCatalog());
    } catch (GeneralSecurityException | FormDefinitionException e) {
      log.warn("Stored form catalog not usable ({}); using the built-in one", e.getMessage());
      return fallback;
    }
  }

  /**
   * Takes a release from the hub; never throws.
   *
   * @return true when it is now the catalog in force
   */
  public boolean accept(byte[] signed) {
    CatalogRelease release;
    try {
      release = verify(signed);
    } catch (GeneralSecurityException | RuntimeException e) {
      log.warn("Form catalog from the hub ignored: {}", e.getMessage());
      return false;
    }
    // the retained release comes again on every reconnect: compare versions before the costly
    // strict reading of every form
    if (release.version() <= held().version()) {
      log.debug("Form catalog {} ignored: holding {}", release.version(), held().version());
      return false;
    }
    FormCatalog catalog;
    try {
      catalog = release.toCatalog();
    } catch (RuntimeException e) {
      log.warn("Form catalog {} from the hub ignored: {}", release.version(), e.getMessage());
      return false;
    }
    synchronized (this) {
      if (release.version() <= held().version()) {
        return false;
      }
      store.save(release.version(), signed, clock.instant());
      held = new Held(release.version(), catalog);
    }
    log.info(
        "Form catalog {} from the hub in force: {} form versions",
        release.version(),
        catalog.all().size());
    return true;
  }

  private CatalogRelease verify(byte[] signed) throws GeneralSecurityException {
    X509Certificate trust =
        ca.get().orElseThrow(() -> new GeneralSecurityException("kit is not enrolled"));
    return HubSigned.verify(signed, trust, clock.instant(), CatalogRelease.class);
  }
}
