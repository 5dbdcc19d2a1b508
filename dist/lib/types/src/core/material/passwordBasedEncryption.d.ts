import { type AlgorithmIdentifier, type Asn1Node } from './asn1.js';
import { type DerivationBudget, type DerivationCost } from './derivationBudget.js';
/**
 * Password-based decryption for PKCS#12 bags and PKCS#8 keys: PBES2 (RFC 8018 section 6.2) and
 * the PKCS#12 PBE schemes (RFC 7292 appendix C). The two hash the password differently, so the
 * caller passes both forms.
 */
export interface PasswordForms {
    /** BMPString with terminator, for the PKCS#12 KDF. */
    readonly bmp: Uint8Array;
    /** UTF-8 bytes, for PBKDF2 and scrypt. */
    readonly utf8: Uint8Array;
    /** Shared by every derivation of one bundle or key, whichever password is tried. */
    readonly budget: DerivationBudget;
}
export type PbeFailure = 'unsupported' | 'malformed' | 'bad-decrypt' | 'too-costly';
/** Why decryption failed; the message names algorithms, never data. */
export declare class PbeError extends Error {
    readonly reason: PbeFailure;
    readonly name = "PbeError";
    constructor(reason: PbeFailure, message: string);
}
export declare const MAX_ITERATIONS = 2000000;
interface Pbes2Kdf {
    readonly kind: 'pbkdf2' | 'scrypt';
    /** The work one derivation of `keyLength` bytes takes. */
    readonly cost: (keyLength: number) => DerivationCost;
    readonly derive: (password: Uint8Array, keyLength: number) => Buffer;
    readonly keyLength: number | undefined;
    readonly description: string;
}
export interface Pbes2Scheme {
    readonly kdf: Pbes2Kdf;
    readonly cipher: string;
    readonly keyLength: number;
    readonly iv: Uint8Array;
    readonly description: string;
}
/** Reads PBES2-params; throws PbeError('unsupported') for schemes this module cannot run. */
export declare function parsePbes2(parameters: Asn1Node | undefined): Pbes2Scheme;
/** A short name for an encryption algorithm, for messages. */
export declare function describeEncryption(algorithm: AlgorithmIdentifier): string;
/** Decrypts `data` as described by `algorithm`. Throws PbeError. */
export declare function pbeDecrypt(algorithm: AlgorithmIdentifier, data: Uint8Array, password: PasswordForms): Buffer;
/** Counts a PBES2 derivation against the budget before it runs. */
export declare function chargePbes2(scheme: Pbes2Scheme, budget: DerivationBudget): void;
export declare function chargeOrFail(budget: DerivationBudget, cost: DerivationCost, what: string): void;
export {};
