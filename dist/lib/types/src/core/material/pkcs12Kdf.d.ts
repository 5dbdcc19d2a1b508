import type { HashName } from './oids.js';
/** RFC 7292 appendix B.3: what the derived bytes are for. */
export declare const Pkcs12KeyPurpose: {
    readonly key: 1;
    readonly iv: 2;
    readonly mac: 3;
};
export type Pkcs12KeyPurpose = (typeof Pkcs12KeyPurpose)[keyof typeof Pkcs12KeyPurpose];
/**
 * The PKCS#12 key derivation (RFC 7292 appendix B.2), used for the MAC key of every PKCS#12 file
 * and for the legacy pbeWithSHAAnd... ciphers. `password` is already the BMPString form (see
 * `bmpPassword`); node:crypto does not expose this KDF.
 */
export declare function pkcs12Kdf(hash: HashName, password: Uint8Array, salt: Uint8Array, purpose: Pkcs12KeyPurpose, iterations: number, length: number): Buffer;
/**
 * A password as PKCS#12 hashes it: UTF-16BE with a two-byte terminator (RFC 7292 appendix B.1).
 * `undefined` is the "no password" of some exporters, hashed as zero bytes.
 */
export declare function bmpPassword(password: string | undefined): Buffer;
