package de.buergerkoffer.bundle;

/** A bundle was refused; {@link #reason()} is the stable code, the message the detail. */
public final class BundleRejectedException extends Exception {

  private final RejectReason reason;

  public BundleRejectedException(RejectReason reason, String detail) {
    this(reason, detail, null);
  }

  public BundleRejectedException(RejectReason reason, String detail, Throwable cause) {
    super(detail, cause);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }
}
