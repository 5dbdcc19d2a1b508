import type { KeyObject, X509Certificate } from 'node:crypto';
import type { EndEntityVerdict } from './endEntityRules.js';
import type { ExternalKey } from '../sigv4/constants.js';
/** What the user brought, exactly as the front end received it. */
export interface MaterialSources {
    /**
     * PEM (the leaf, optionally followed by intermediates), DER, base64 of PEM or DER, or a PKCS#12
     * bundle (bytes or base64).
     */
    readonly certificate: string | Uint8Array;
    /**
     * PKCS#1, SEC1 (an EC PARAMETERS block before it is fine), PKCS#8, encrypted PKCS#8 or PKCS#12,
     * as PEM, DER or base64. Optional when `certificate` is a PKCS#12 bundle.
     */
    readonly privateKey?: string | Uint8Array;
    /** For an encrypted PKCS#8 key or a PKCS#12 bundle. */
    readonly passphrase?: string;
    /** One or more intermediate certificates, in the same forms as `certificate`. */
    readonly intermediates?: string | Uint8Array;
    /** A key on a device (PKCS#11) instead of `privateKey`: it signs, it is never read. */
    readonly externalKey?: ExternalKey;
}
/** How the front end calls each input, so messages name what the user actually typed. */
export interface InputNames {
    certificate: string;
    privateKey: string;
    passphrase: string;
    intermediates: string;
}
/** The GitHub Action's input names; the CLI passes its flags instead. */
export declare const DEFAULT_INPUT_NAMES: Readonly<InputNames>;
export interface CredentialMaterial {
    readonly leaf: X509Certificate;
    readonly leafDer: Buffer;
    /** Leaf-side first, without the self-signed root (Roles Anywhere takes that from the anchor). */
    readonly intermediates: readonly X509Certificate[];
    readonly privateKey: KeyObject | ExternalKey;
    readonly keyType: 'rsa' | 'ec' | 'ml-dsa';
    /** Decimal, no leading zeros; serials up to 160 bits and beyond. */
    readonly serialDecimal: string;
    /** Short one-line subject, e.g. "CN=ci-runner, O=Example". */
    readonly subject: string;
    /** One-line issuer name, for hints about the chain. */
    readonly issuer: string;
    readonly notBefore: Date;
    readonly notAfter: Date;
    readonly fingerprint256: string;
    /** Things worth telling the user that did not stop the load. */
    readonly notes: readonly string[];
    /**
     * End-entity rules the certificate misses without being refused (a missing extension): each
     * front end shows them once, and a 403 from the service lists them among the likely causes.
     */
    readonly warnings: readonly EndEntityVerdict[];
    /**
     * Lines (8+ characters) of decoded textual forms of the private key or passphrase that did not
     * appear verbatim in the input, for the Action to mask.
     */
    readonly secretFragments: readonly string[];
}
export interface LoadOptions {
    /** The clock, injected: certificate validity is judged at this instant. */
    readonly now: Date;
    readonly names?: Partial<InputNames>;
}
