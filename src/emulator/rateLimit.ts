/**
 * The account's CreateSession quota (10 requests a second per account and Region by default, in
 * the Service Quotas console under IAM Roles Anywhere): a token bucket that refills at the rate and
 * holds at most one second's worth, read on the emulator's clock so tests can step it.
 */
import { jsonErrorReply, newReplyContext } from './replies.js';
import type { Outcome } from './verdict.js';

export class TokenBucket {
  private readonly ratePerSecond: number;
  private tokens: number;
  private lastMs: number | undefined;

  constructor(ratePerSecond: number) {
    this.ratePerSecond = ratePerSecond;
    this.tokens = ratePerSecond;
  }

  /** Spends one token if there is one at `nowMs`; a refused request spends nothing. */
  take(nowMs: number): boolean {
    if (this.lastMs !== undefined && nowMs > this.lastMs) {
      const refill = ((nowMs - this.lastMs) / 1000) * this.ratePerSecond;
      this.tokens = Math.min(this.ratePerSecond, this.tokens + refill);
    }
    if (this.lastMs === undefined || nowMs > this.lastMs) this.lastMs = nowMs;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/**
 * What the service answers past its quota: 429 with a REST-JSON `ThrottlingException`, which the
 * AWS SDKs' retryers (and the official helper's, built on them) treat as throttling.
 */
export function throttledOutcome(now: Date, ratePerSecond: number): Outcome {
  return {
    reply: jsonErrorReply(429, 'ThrottlingException', 'Rate exceeded', newReplyContext(now)),
    verdict: {
      status: 429,
      label: 'ThrottlingException',
      reason: `over the rate limit of ${ratePerSecond} requests a second`,
      details: [['operation', 'CreateSession']],
    },
    accepted: false,
  };
}
