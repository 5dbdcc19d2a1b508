import type { KeyObject } from 'node:crypto';
export type KeyType = 'rsa' | 'rsa-pss' | 'ec' | 'ml-dsa-44' | 'ml-dsa-65' | 'ml-dsa-87' | 'ed25519' | 'ed448' | 'dsa' | 'x25519' | 'x448' | 'dh' | 'unknown';
export interface KeyDescription {
    readonly type: KeyType;
    /** "RSA 2048", "EC P-256", "Ed25519". */
    readonly description: string;
    /** Modulus size for RSA and DSA. */
    readonly bits: number | undefined;
    /** NIST name where there is one ("P-256"), else OpenSSL's curve name. */
    readonly curve: string | undefined;
}
/** Describes a public or private key for messages and for the support check. */
export declare function describeKey(key: KeyObject): KeyDescription;
