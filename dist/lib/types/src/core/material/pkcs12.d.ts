import { type KeyObject } from 'node:crypto';
/**
 * Reads a PKCS#12 (PFX) bundle in password integrity mode (RFC 7292): verifies the MAC, decrypts
 * the bags and returns the keys and certificates. Both OpenSSL 3's default encoding (PBES2 with
 * AES-256-CBC, HMAC-SHA256 MAC) and the legacy one (3DES key bag, RC2-40 certificate bag, SHA-1
 * MAC) are read, as are bundles with an empty password or none at all.
 */
export interface Pkcs12Contents {
    readonly keys: readonly KeyObject[];
    /** DER certificates in bundle order. */
    readonly certificates: readonly Uint8Array[];
    /** A passphrase was given but the bundle opened with an empty password. */
    readonly passphraseUnused: boolean;
}
export interface Pkcs12Context {
    readonly input: string;
    readonly passphraseInput: string;
}
export declare function readPkcs12(der: Uint8Array, passphrase: string | undefined, context: Pkcs12Context): Pkcs12Contents;
/**
 * readPkcs12 for a bundle given as `input`, noting in `notes` when the passphrase given under
 * `passphraseInput` was not needed (a bundle without a password).
 */
export declare function readPkcs12Noting(der: Uint8Array, passphrase: string | undefined, names: {
    readonly input: string;
    readonly passphraseInput: string;
}, notes: string[]): Pkcs12Contents;
