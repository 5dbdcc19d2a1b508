/**
 * When to refresh and how long to wait after a failure: pure arithmetic on instants, so the
 * schedule can be tested without a clock.
 */

export interface RefreshPolicy {
  /**
   * Refresh this long before expiry... 15 minutes is botocore's advisory refresh window, so a
   * Python client holding fresh credentials does not ask again on every call.
   */
  readonly marginMs: number;
  /** ...or at this fraction of the session's life when the margin would be more than that. */
  readonly maxMarginFraction: number;
  /** First wait after a failed refresh; doubles with each consecutive failure. */
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** Credentials closer than this to expiry are not handed out: a client could not use them. */
  readonly minValidityMs: number;
  /** A timer that fires this late (a suspended laptop, a stalled event loop) is caught by a request. */
  readonly lateTimerGraceMs: number;
}

export const DEFAULT_REFRESH_POLICY: RefreshPolicy = {
  marginMs: 15 * 60_000,
  maxMarginFraction: 0.5,
  retryBaseMs: 1_000,
  retryMaxMs: 60_000,
  minValidityMs: 30_000,
  lateTimerGraceMs: 5_000,
};

/**
 * The instant (ms since the epoch) at which credentials obtained at `obtainedAt` are refreshed:
 * an hour-long session at 45 minutes, a 15-minute one at half-life (7.5 minutes), which leaves
 * half the session to ride out an outage of the endpoint.
 */
export function refreshDueAt(obtainedAt: Date, expiration: Date, policy: RefreshPolicy): number {
  const lifetime = Math.max(0, expiration.getTime() - obtainedAt.getTime());
  const margin = Math.min(policy.marginMs, lifetime * policy.maxMarginFraction);
  return expiration.getTime() - margin;
}

/**
 * The wait before retry number `failures` (1 for the first): exponential, capped, with "equal
 * jitter" (half fixed, half random) so a fleet of servers does not retry in step, yet a retry is
 * never immediate.
 */
export function retryDelayMs(
  failures: number,
  policy: RefreshPolicy,
  random: () => number,
): number {
  const cap = Math.min(policy.retryMaxMs, policy.retryBaseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/** Whether credentials expiring at `expiration` may be handed to a client at `now`. */
export function isServable(expiration: Date, now: Date, policy: RefreshPolicy): boolean {
  return expiration.getTime() - now.getTime() > policy.minValidityMs;
}
