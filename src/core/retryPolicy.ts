import { RolesAnywhereError } from './errors.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Bound on the whole operation, sleeps included: no attempt starts that could end past it. */
  readonly deadlineMs: number;
  /** Bound on one attempt. */
  readonly attemptTimeoutMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Sized by `npm run bench:scale` (docs/performance.md, "At scale"): 200 jobs that start within one
 * second against the default CreateSession quota of 10 requests a second need about 20 s of the
 * account's capacity, so each client must be willing to spread its attempts over half a minute or
 * more; a cap of 20 s does that in a dozen attempts. The deadline is what a CI user waits at worst,
 * throttled or facing an outage alike.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 12,
  deadlineMs: 90_000,
  attemptTimeoutMs: 10_000,
  baseDelayMs: 1_000,
  maxDelayMs: 20_000,
};

/** Full jitter: a random wait up to an exponentially growing cap (AWS Architecture Blog). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
}

/**
 * The wait before the next attempt: the jittered backoff, or longer when the server said how long
 * to wait (`Retry-After`), since retrying sooner only spends quota on another refusal.
 */
export function retryDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs: number | undefined,
): number {
  return Math.max(backoffDelay(attempt, policy, random), retryAfterMs ?? 0);
}

/** 5xx, throttling, timeouts and resets may pass; auth and validation answers never will. */
export function isRetryable(error: unknown): boolean {
  return error instanceof RolesAnywhereError && error.details.retryable === true;
}

export function parseMaxAttempts(value: string | undefined, input: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 1 || n > 20) {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `${input} must be a whole number from 1 to 20, got "${value.trim()}".`,
      { input },
    );
  }
  return n;
}

/** Seconds a caller will wait for credentials at most, retries included; in milliseconds. */
export function parseRetryTimeout(value: string | undefined, input: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 20 || n > 3600) {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `${input} must be a whole number of seconds from 20 to 3600, got "${value.trim()}".`,
      { input },
    );
  }
  return n * 1000;
}

/**
 * `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in milliseconds from
 * `receivedAt`; undefined when absent or unreadable, so a garbled header falls back to backoff.
 */
export function parseRetryAfter(value: string | undefined, receivedAt: Date): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d{1,9}$/.test(text)) return Number(text) * 1000;
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - receivedAt.getTime());
}
