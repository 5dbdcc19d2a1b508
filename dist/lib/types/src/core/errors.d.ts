/**
 * The one error type the project raises. `code` is stable and meant for programs; `message` is one
 * line for people: what failed, which input, what was expected, what was found and what to do.
 * Messages never carry key material, signatures, tokens or secret values.
 */
export type ErrorCode = 'ERR_INPUT_MISSING' | 'ERR_INPUT_INVALID' | 'ERR_INPUT_TOO_LARGE' | 'ERR_USAGE' | 'ERR_MATERIAL_UNRECOGNIZED' | 'ERR_CERT_EXPECTED_GOT_KEY' | 'ERR_KEY_EXPECTED_GOT_CERT' | 'ERR_CERT_INVALID' | 'ERR_KEY_INVALID' | 'ERR_KEY_UNSUPPORTED' | 'ERR_PASSPHRASE_REQUIRED' | 'ERR_PASSPHRASE_WRONG' | 'ERR_PKCS12_INVALID' | 'ERR_KEY_MISSING' | 'ERR_KEY_MISMATCH' | 'ERR_CERT_EXPIRED' | 'ERR_CERT_NOT_YET_VALID' | 'ERR_CERT_VERSION' | 'ERR_CERT_IS_CA' | 'ERR_CERT_KEY_USAGE' | 'ERR_CERT_WEAK_SIGNATURE' | 'ERR_CHAIN_ORDER' | 'ERR_PKCS11_UNAVAILABLE' | 'ERR_PKCS11_PIN' | 'ERR_PKCS11_NOT_FOUND' | 'ERR_PKCS11' | 'ERR_ARN_INVALID' | 'ERR_REGION_INVALID' | 'ERR_REGION_MISMATCH' | 'ERR_ENDPOINT_INVALID' | 'ERR_DURATION_INVALID' | 'ERR_SESSION_NAME_INVALID' | 'ERR_ACCESS_DENIED' | 'ERR_VALIDATION' | 'ERR_NOT_FOUND' | 'ERR_THROTTLED' | 'ERR_SERVICE_UNAVAILABLE' | 'ERR_SERVICE' | 'ERR_RESPONSE_INVALID' | 'ERR_ACCOUNT_NOT_ALLOWED' | 'ERR_POLICY_INVALID' | 'ERR_RESPONSE_EXPIRED' | 'ERR_RESPONSE_TOO_LONG' | 'ERR_RESPONSE_WRONG_ROLE' | 'ERR_NETWORK' | 'ERR_TIMEOUT' | 'ERR_TLS' | 'ERR_PROXY' | 'ERR_FILE_UNSAFE' | 'ERR_FILE' | 'ERR_INTERNAL';
export interface ErrorDetails {
    /** The input (action input, CLI flag, option name) the problem is about. */
    readonly input?: string;
    /** AWS error type from `x-amzn-ErrorType` or the body, e.g. `AccessDeniedException`. */
    readonly awsErrorType?: string;
    /** AWS request id from `x-amzn-RequestId`, for support cases. */
    readonly requestId?: string;
    /** HTTP status of the service's answer. */
    readonly status?: number;
    /** Whether trying again (re-signed) may succeed. */
    readonly retryable?: boolean;
    /** How long the service asked the caller to wait before trying again (`Retry-After`). */
    readonly retryAfterMs?: number;
    /** Why retrying stopped, when it was retried; the message says it. */
    readonly gaveUp?: GaveUp;
}
export interface GaveUp {
    readonly attempts: number;
    /** Present when the deadline, not the attempt count, stopped the retries. */
    readonly deadline?: {
        readonly elapsedMs: number;
        readonly deadlineMs: number;
        /** The service's own `Retry-After`, when it was what made the next wait too long. */
        readonly askedWaitMs?: number;
    };
}
export declare class RolesAnywhereError extends Error {
    readonly name = "RolesAnywhereError";
    readonly code: ErrorCode;
    /** What failed, without how often it was tried: the line one attempt's failure gets. */
    readonly reason: string;
    private recorded;
    constructor(code: ErrorCode, message: string, options?: {
        cause?: unknown;
    } & ErrorDetails);
    get details(): ErrorDetails;
    /**
     * Records why the retries stopped on the error the last attempt raised, rather than wrapping it
     * in another: code, cause and details stay the attempt's own, and every reporter, which prints
     * `message`, says how often it was tried.
     */
    gaveUpAfter(gaveUp: GaveUp): this;
}
export declare function isRolesAnywhereError(value: unknown): value is RolesAnywhereError;
/** Describes an unknown thrown value for a log line without trusting its shape. */
export declare function describeCause(value: unknown): string;
