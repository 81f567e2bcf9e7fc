package de.buergerkoffer.kit.capture;

import java.time.Duration;

/**
 * When the kit stops taking new cases because too much waits to leave it, as set by the town hall:
 * so much unsent data that a lost kit would hurt, or too little disk to store more safely. The kit
 * warns at three quarters of a limit (at twice the free-disk limit) and refuses new captures at the
 * limit until it has synced or exported; a case already started can always be finished.
 *
 * @param maxWithoutSync how long cases may wait without a sync or export
 * @param maxUnsentCases how many cases may wait
 * @param minFreeDiskBytes free space the data folder must keep
 */
public record FreezeLimits(Duration maxWithoutSync, int maxUnsentCases, long minFreeDiskBytes) {}
