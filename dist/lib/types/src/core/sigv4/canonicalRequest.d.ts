export interface CanonicalInput {
    readonly method: string;
    readonly path: string;
    /** Already-canonical query string; empty for CreateSession's body form. */
    readonly query: string;
    /** Only the headers to sign, any case. */
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string | Uint8Array;
}
export interface CanonicalRequest {
    readonly canonicalRequest: string;
    readonly signedHeaders: string;
}
export declare function hashHex(data: string | Uint8Array): string;
export declare function createCanonicalRequest(input: CanonicalInput): CanonicalRequest;
