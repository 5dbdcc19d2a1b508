/**
 * The environment variables the AWS SDKs read, read here once for every front end, so the Action,
 * the CLI and the library agree on what `AWS_USE_FIPS_ENDPOINT=True` or an empty
 * `AWS_ENDPOINT_URL` means. Pure: the caller passes the environment in.
 */
export type Environment = Readonly<Record<string, string | undefined>>;
/** An explicit endpoint URL and the input or variable that gave it, for messages. */
export interface ExplicitEndpoint {
    readonly url: string;
    readonly source: string;
}
/**
 * The SDK boolean rule, as the Go SDK v2 (which the official credential helper uses) reads it:
 * `true` or `false` in any case; unset or empty means "not set"; any other word is refused rather
 * than read as false, so `yes` fails instead of silently leaving FIPS off. Surrounding blanks are
 * ignored, as this CLI always did (a trailing newline from a secret store is common).
 */
export declare function parseSdkBoolean(value: string | undefined, name: string): boolean | undefined;
/** A flag variable: false unless set to true. */
export declare function sdkFlag(env: Environment, name: string): boolean;
export type SdkService = 'ROLESANYWHERE' | 'STS';
/**
 * The SDKs' endpoint precedence: the service's own variable, then the global one; a blank value
 * counts as unset. https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
 */
export declare function sdkEndpoint(env: Environment, service: SdkService): ExplicitEndpoint | undefined;
/** An input or flag wins over the variables; a blank one counts as not given. */
export declare function explicitOrSdkEndpoint(explicit: ExplicitEndpoint | undefined, env: Environment, service: SdkService): ExplicitEndpoint | undefined;
/** AWS_MAX_ATTEMPTS, the first attempt included, as the SDKs count it. */
export declare function sdkMaxAttempts(env: Environment): number | undefined;
/** The proxy variables as curl reads them: upper case first, then lower case. */
export interface ProxyVariables {
    readonly https: string | undefined;
    readonly http: string | undefined;
    readonly noProxy: string;
}
export declare function sdkProxyVariables(env: Environment): ProxyVariables;
export interface CaBundleFile {
    readonly path: string;
    readonly variable: 'AWS_CA_BUNDLE' | 'NODE_EXTRA_CA_CERTS';
}
/**
 * The CA files to trust beyond the public roots. Node reads NODE_EXTRA_CA_CERTS once at start-up
 * into its default store, but an explicit `ca` option replaces that store; so it is listed again
 * only when AWS_CA_BUNDLE is set.
 */
export declare function sdkCaBundleFiles(env: Environment): CaBundleFile[];
