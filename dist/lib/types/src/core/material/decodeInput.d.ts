import { type EncodingContext } from './encoding.js';
/**
 * One thing found in an input. Classification is by content, not by PEM label, so a PKCS#8 key
 * under an "RSA PRIVATE KEY" label or a key pasted into the certificate input is still seen for
 * what it is.
 */
export type MaterialItem = {
    readonly kind: 'certificate';
    readonly der: Uint8Array;
} | {
    readonly kind: 'private-key';
    readonly format: 'pkcs1' | 'sec1' | 'pkcs8';
    readonly der: Uint8Array;
    readonly lines: readonly string[];
} | {
    readonly kind: 'encrypted-private-key';
    readonly der: Uint8Array;
    readonly lines: readonly string[];
} | {
    readonly kind: 'legacy-encrypted-key';
    readonly pem: string;
    readonly cipher: string;
    readonly lines: readonly string[];
} | {
    readonly kind: 'pkcs12';
    readonly der: Uint8Array;
} | {
    readonly kind: 'unsupported-key';
    readonly description: string;
    readonly lines: readonly string[];
} | {
    readonly kind: 'other';
    readonly description: string;
    readonly recognized: boolean;
};
export interface DecodedInput {
    readonly items: readonly MaterialItem[];
    readonly form: 'PEM' | 'base64-encoded PEM' | 'DER' | 'base64-encoded DER';
    /** The input's own lines, trimmed: decoded lines found here need no extra masking. */
    readonly verbatimLines: ReadonlySet<string>;
}
export type InputRole = 'certificate' | 'private-key';
export interface DecodeContext extends EncodingContext {
    /** Decides which error code a structurally broken value gets. */
    readonly role: InputRole;
}
export declare function decodeInput(value: string | Uint8Array, context: DecodeContext): DecodedInput;
/** The items that are (or claim to be) private keys. */
export type KeyItem = Extract<MaterialItem, {
    kind: 'private-key' | 'encrypted-private-key' | 'legacy-encrypted-key' | 'unsupported-key';
}>;
export declare function isKeyItem(item: MaterialItem): item is KeyItem;
