export interface EndpointOptions {
    readonly region: string;
    /** An explicit URL (VPC endpoint, emulator): replaces the whole URL. */
    readonly url?: string | undefined;
    /** Which input or variable the explicit URL came from, for messages. */
    readonly urlInput?: string | undefined;
    readonly fips?: boolean | undefined;
    readonly dualStack?: boolean | undefined;
    /** Plain HTTP to a host other than this machine, asked for by name (a test network). */
    readonly allowInsecure?: boolean | undefined;
    readonly allowInsecureInput?: string | undefined;
}
/** This machine by name or address: plain HTTP to it never crosses a network. */
export declare function isLoopbackHost(hostname: string): boolean;
/** An explicit endpoint that sends the signed request and the credentials over a network in clear. */
export declare function isInsecureEndpoint(url: URL): boolean;
/** The one warning every front end gives when plain HTTP to another host was allowed. */
export declare function insecureEndpointWarning(url: URL, input: string): string;
/** https://docs.aws.amazon.com/general/latest/gr/rolesanywhere.html */
export declare function resolveEndpoint(options: EndpointOptions): URL;
/** `https://<service>[-fips].<region>.<suffix>`: the partition's suffix, dual-stack or not. */
export declare function regionalServiceUrl(service: string, options: Pick<EndpointOptions, 'region' | 'fips' | 'dualStack'>): URL;
