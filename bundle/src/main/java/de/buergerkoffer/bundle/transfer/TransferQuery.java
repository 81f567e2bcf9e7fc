package de.buergerkoffer.bundle.transfer;

import java.util.UUID;

/**
 * A kit's question before it resumes a transfer: which chunks of this bundle does the hub hold?
 *
 * @param bundleId the bundle
 */
public record TransferQuery(UUID bundleId) {}
