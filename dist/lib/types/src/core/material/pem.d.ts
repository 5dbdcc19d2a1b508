/**
 * RFC 7468 textual encoding, read leniently: whitespace anywhere in the body (some CI UIs fold
 * newlines into spaces), RFC 1421 headers (traditional encrypted keys carry Proc-Type and
 * DEK-Info), and text between blocks are all tolerated.
 */
export interface PemBlock {
    readonly label: string;
    readonly headers: ReadonlyMap<string, string>;
    readonly der: Uint8Array;
    /** The block's lines as decoded text (armor included), for masking decoded secrets. */
    readonly lines: readonly string[];
}
/** A PEM block that cannot be read. The message describes structure, never content. */
export declare class PemError extends Error {
    readonly name = "PemError";
}
export declare function parsePem(text: string): PemBlock[];
