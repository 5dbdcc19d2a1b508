import { RolesAnywhereError } from './errors.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Bound on the whole operation, sleeps included. */
  readonly deadlineMs: number;
  /** Bound on one attempt. */
  readonly attemptTimeoutMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  deadlineMs: 60_000,
  attemptTimeoutMs: 10_000,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
};

/** Full jitter: a random wait up to an exponentially growing cap (AWS Architecture Blog). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
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
