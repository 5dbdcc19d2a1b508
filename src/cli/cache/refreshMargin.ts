const MINUTE_MS = 60_000;

/**
 * How long before expiry a cached entry stops being served. botocore refreshes 15 minutes before
 * expiry (advisory) and insists at 10; handing it credentials inside that window makes it run the
 * process on every call. So: 15 minutes plus one of slack, and half the session for sessions under
 * 32 minutes, which could otherwise never be served from the cache at all.
 */
export function refreshMarginMs(durationSeconds: number): number {
  return Math.min(16 * MINUTE_MS, (durationSeconds * 1000) / 2);
}

export function isFreshEnough(expiration: Date, now: Date, durationSeconds: number): boolean {
  return expiration.getTime() - now.getTime() > refreshMarginMs(durationSeconds);
}
