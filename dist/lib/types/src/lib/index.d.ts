import { RolesAnywhereError, type ErrorCode, type ErrorDetails } from '../core/errors.js';
export { RolesAnywhereError, type ErrorCode, type ErrorDetails };
/** A second hop after CreateSession: STS AssumeRole with the Roles Anywhere credentials. */
export interface ChainOptions {
    readonly roleArn: string;
    /** Default: the Roles Anywhere session's name. */
    readonly roleSessionName?: string;
    readonly externalId?: string;
    /** 900 to 3600 (STS caps chained sessions at 1 hour); default 3600. */
    readonly durationSeconds?: number;
    /** An inline session policy: JSON text or the document itself. */
    readonly policy?: string | object;
    readonly policyArns?: readonly string[];
    readonly tags?: Readonly<Record<string, string>>;
    readonly transitiveTagKeys?: readonly string[];
    /** An STS endpoint URL instead of the regional one. */
    readonly endpoint?: string;
}
export interface RolesAnywhereOptions {
    /** PEM (leaf, then any intermediates), DER, base64 of either, or a PKCS#12 bundle. */
    readonly certificate: string | Uint8Array;
    /** PKCS#1, SEC1, PKCS#8 or encrypted PKCS#8, as PEM, DER or base64; omit for PKCS#12. */
    readonly privateKey?: string | Uint8Array;
    readonly passphrase?: string;
    readonly intermediates?: string | Uint8Array | undefined;
    readonly trustAnchorArn: string;
    readonly profileArn: string;
    readonly roleArn: string;
    /** 900 to 43200; default 3600. */
    readonly durationSeconds?: number;
    readonly roleSessionName?: string;
    /** Defaults to the trust anchor's region. */
    readonly region?: string;
    /** A full URL (VPC endpoint, emulator) instead of the public endpoint. */
    readonly endpoint?: string;
    readonly useFipsEndpoint?: boolean;
    readonly useDualstackEndpoint?: boolean;
    /** Assume a second role with the Roles Anywhere credentials and return its credentials. */
    readonly chain?: ChainOptions;
    /** Refuse credentials (either hop) for any account not listed. */
    readonly allowedAccountIds?: readonly string[];
    /**
     * Lets `endpoint` be plain HTTP to a host other than this machine (a test network). Without it
     * only loopback may be plain HTTP; with it a warning is emitted (process.emitWarning).
     */
    readonly allowInsecureEndpoint?: boolean;
}
export interface SignCreateSessionOptions extends RolesAnywhereOptions {
    /** The signing time; default now. */
    readonly now?: Date;
}
export interface SignedCreateSession {
    readonly method: 'POST';
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
}
/** The signed CreateSession request, not sent: for callers with their own HTTP stack. */
export declare function signCreateSession(options: SignCreateSessionOptions): Promise<SignedCreateSession>;
/** The AWS SDK for JavaScript v3 credential identity shape. */
export interface AwsCredentialIdentity {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken: string;
    readonly expiration: Date;
    readonly accountId?: string;
}
export interface FromRolesAnywhereOptions extends RolesAnywhereOptions {
    /** Refresh this long before expiry; default 300 s. */
    readonly refreshMarginSeconds?: number;
    readonly maxAttempts?: number;
    /** The most one refresh may take, retries included: 20 to 3600 s; default 90. */
    readonly retryTimeoutSeconds?: number;
    /**
     * The SDK variables, read as the AWS SDKs read them: proxies, CA bundles, and what the options
     * leave out of AWS_ENDPOINT_URL_ROLESANYWHERE / AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS,
     * AWS_USE_FIPS_ENDPOINT, AWS_USE_DUALSTACK_ENDPOINT and AWS_MAX_ATTEMPTS. Default process.env.
     */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /**
     * The time the refresh decision is made by; default the system clock. Requests are still
     * signed with the system clock, which is what the service checks them against.
     */
    readonly clock?: () => Date;
}
export type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>;
/**
 * A credential provider for AWS SDK for JavaScript v3 clients: memoised, one call in flight at a
 * time, refreshed ahead of expiry. `new S3Client({ credentials: fromRolesAnywhere({...}) })`.
 */
export declare function fromRolesAnywhere(options: FromRolesAnywhereOptions): AwsCredentialIdentityProvider;
