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
export declare const DEFAULT_RETRY_POLICY: RetryPolicy;
/** Full jitter: a random wait up to an exponentially growing cap (AWS Architecture Blog). */
export declare function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number;
/** 5xx, throttling, timeouts and resets may pass; auth and validation answers never will. */
export declare function isRetryable(error: unknown): boolean;
export declare function parseMaxAttempts(value: string | undefined, input: string): number | undefined;
