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
export declare const DEFAULT_RETRY_POLICY: RetryPolicy;
/** Full jitter: a random wait up to an exponentially growing cap (AWS Architecture Blog). */
export declare function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number;
/**
 * The wait before the next attempt: the jittered backoff, or longer when the server said how long
 * to wait (`Retry-After`), since retrying sooner only spends quota on another refusal.
 */
export declare function retryDelay(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs: number | undefined): number;
/** 5xx, throttling, timeouts and resets may pass; auth and validation answers never will. */
export declare function isRetryable(error: unknown): boolean;
export declare function parseMaxAttempts(value: string | undefined, input: string): number | undefined;
/** Seconds a caller will wait for credentials at most, retries included; in milliseconds. */
export declare function parseRetryTimeout(value: string | undefined, input: string): number | undefined;
/**
 * `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in milliseconds from
 * `receivedAt`; undefined when absent or unreadable, so a garbled header falls back to backoff.
 */
export declare function parseRetryAfter(value: string | undefined, receivedAt: Date): number | undefined;
