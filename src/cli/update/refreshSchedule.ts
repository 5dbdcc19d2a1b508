/**
 * When `update` calls CreateSession next. Pure: the clock comes in as `now`.
 *
 * aws_signing_helper refreshes 5 minutes before expiry; so do we. But a session that is already
 * inside that margin when it arrives (short sessions from the profile or the server, a
 * certificate near its notAfter) would make "5 minutes before expiry" mean "now", every time: so
 * no two calls are closer than MIN_INTERVAL_MS, repeated short sessions and failures back off,
 * and a certificate that can no longer outlast the margin ends the loop.
 */
export const REFRESH_BEFORE_MS = 5 * 60_000;
export const MIN_INTERVAL_MS = 30_000;
export const MAX_BACKOFF_MS = 5 * 60_000;

export type RefreshStep =
  | { readonly kind: 'wait'; readonly ms: number; readonly short: boolean }
  | { readonly kind: 'give-up'; readonly why: string };

/** 30 s, 60 s, 120 s, 240 s, then every 5 minutes. */
export function backoffMs(streak: number): number {
  return Math.min(MAX_BACKOFF_MS, MIN_INTERVAL_MS * 2 ** Math.max(0, Math.min(streak - 1, 10)));
}

/**
 * After credentials arrived: wait until 5 minutes before they expire; when that is less than the
 * minimum interval, back off by how many short sessions came in a row (`shortStreak`, this one
 * included), or give up when the certificate itself ends within the margin.
 */
export function afterRefresh(
  expiration: Date,
  certificateNotAfter: Date,
  now: Date,
  shortStreak: number,
): RefreshStep {
  const untilRefresh = expiration.getTime() - REFRESH_BEFORE_MS - now.getTime();
  if (untilRefresh >= MIN_INTERVAL_MS) return { kind: 'wait', ms: untilRefresh, short: false };
  return afterFailure(certificateNotAfter, now, shortStreak, true);
}

/**
 * After a failed refresh (or a session too short to use): back off by how many came in a row,
 * or give up when the certificate itself ends within the margin, since no later call can do
 * better (a service that refuses sessions past a certificate's notAfter fails the same way).
 */
export function afterFailure(
  certificateNotAfter: Date,
  now: Date,
  streak: number,
  short = false,
): RefreshStep {
  if (certificateNotAfter.getTime() - now.getTime() <= REFRESH_BEFORE_MS + MIN_INTERVAL_MS)
    return {
      kind: 'give-up',
      why: `the certificate expires at ${certificateNotAfter.toISOString()}, so no session it can get outlasts the ${REFRESH_BEFORE_MS / 60_000}-minute refresh margin. Renew the certificate and start update again.`,
    };
  return { kind: 'wait', ms: backoffMs(streak), short };
}
