import type { X509Certificate } from 'node:crypto';
import { type KeyType } from './keyDescription.js';
import { type SignatureHash } from './oids.js';
/**
 * What the checks and the doctor command need to know about a certificate. Node's
 * X509Certificate lacks key usage bits and the signature algorithm, so those come from the DER.
 */
export interface CertificateFacts {
    readonly serialDecimal: string;
    readonly subject: string;
    readonly issuer: string;
    readonly notBefore: Date;
    readonly notAfter: Date;
    /** 1, 2 or 3 as people write it (the DER holds 0, 1 or 2); undefined when unreadable. */
    readonly version: number | undefined;
    /** basicConstraints cA is TRUE. */
    readonly isCA: boolean;
    /** Whether there is a basicConstraints extension at all; undefined when unreadable. */
    readonly hasBasicConstraints: boolean | undefined;
    /** undefined when there is no keyUsage extension (which allows every use). */
    readonly digitalSignature: boolean | undefined;
    /** keyUsage bit names, undefined without the extension. */
    readonly keyUsage: readonly string[] | undefined;
    readonly signatureHash: SignatureHash;
    readonly keyType: KeyType;
    /** "RSA 2048", "EC P-256". */
    readonly keyDescription: string;
    readonly selfSigned: boolean;
}
export declare function certificateFacts(cert: X509Certificate): CertificateFacts;
/** Whether `child` carries a valid signature by `issuer`'s key. */
export declare function verifiesWith(child: X509Certificate, issuer: X509Certificate): boolean;
