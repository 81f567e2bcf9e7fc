package de.buergerkoffer.bundle;

/** Names and version of the bundle format; see {@code docs/bundle-format.md}. */
public final class BundleFormat {

  /** Value of {@link BundleManifest#format()}. */
  public static final String NAME = "buergerkoffer-bundle";

  /** Major version this code writes and reads. A different major is rejected. */
  public static final int MAJOR = 1;

  /**
   * Minor version this code writes; readers accept any minor of their major. 1.1 added the optional
   * {@code identityCheck} of a case.
   */
  public static final int MINOR = 1;

  /** Path of the manifest inside the ZIP. */
  public static final String MANIFEST = "manifest.json";

  /** Folder of the case JSON files inside the ZIP. */
  public static final String CASES_FOLDER = "cases/";

  /** Folder of the attachments inside the ZIP, one sub-folder per case id. */
  public static final String ATTACHMENTS_FOLDER = "attachments/";

  private BundleFormat() {}

  /** The version string written into new manifests. */
  public static String version() {
    return MAJOR + "." + MINOR;
  }
}
