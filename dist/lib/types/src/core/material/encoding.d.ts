/**
 * The outer encoding of an input value, before any ASN.1 is read: PEM text, or binary (DER or
 * PKCS#12) given directly or as base64. CI systems mangle multi-line secrets in a few known ways
 * (CRLF, surrounding blank lines or quotes, literal "\n" escapes, newlines folded into spaces,
 * base64 to fit a single-line masked variable); all of them are undone here.
 */
export type OuterForm = {
    readonly kind: 'pem';
    readonly text: string;
    readonly via: 'text' | 'base64';
} | {
    readonly kind: 'binary';
    readonly bytes: Uint8Array;
    readonly via: 'bytes' | 'base64';
};
export interface EncodingContext {
    /** The front end's name for the input, for messages. */
    readonly input: string;
    /** What the input should hold, e.g. "certificate" or "private key", for messages. */
    readonly expected: string;
}
/** True when an optional input was left empty (front ends pass '' for unset inputs). */
export declare function isBlank(value: string | Uint8Array | undefined): boolean;
export declare function decodeOuterForm(value: string | Uint8Array, context: EncodingContext): OuterForm;
/** Undoes the ways CI variables and UIs commonly mangle PEM and base64 values. */
export declare function normalizeText(raw: string): string;
/** Decodes standard or URL-safe base64 with any whitespace; undefined if it is not base64. */
export declare function decodeBase64(text: string): Uint8Array | undefined;
