export interface EndpointOptions {
    readonly region: string;
    /** An explicit URL (VPC endpoint, emulator): replaces the whole URL. */
    readonly url?: string | undefined;
    /** Which input or variable the explicit URL came from, for messages. */
    readonly urlInput?: string | undefined;
    readonly fips?: boolean | undefined;
    readonly dualStack?: boolean | undefined;
}
/** https://docs.aws.amazon.com/general/latest/gr/rolesanywhere.html */
export declare function resolveEndpoint(options: EndpointOptions): URL;
