/** Names fixed by the Roles Anywhere signing spec (SigV4 with an X.509 key). */
export declare const SERVICE = "rolesanywhere";
export declare const TERMINATOR = "aws4_request";
export declare const CREATE_SESSION_PATH = "/sessions";
export declare const CONTENT_TYPE = "application/json";
export declare const HEADER_AMZ_DATE = "x-amz-date";
export declare const HEADER_X509 = "x-amz-x509";
export declare const HEADER_X509_CHAIN = "x-amz-x509-chain";
export type KeyType = 'rsa' | 'ec' | 'ml-dsa';
/**
 * RSA and ECDSA always sign a SHA-256 digest, whatever hash signed the certificate itself. ML-DSA
 * (FIPS 204) names no hash: it signs the string to sign itself, as the official helper does.
 */
export declare const ALGORITHMS: Readonly<Record<KeyType, string>>;
/**
 * A private key that never leaves its device (a PKCS#11 token): it signs the string to sign and
 * returns the signature in the form the service wants (RSA PKCS#1 v1.5 / SHA-256, ECDSA SHA-256
 * as DER, or ML-DSA), so no key material ever reaches this process.
 */
export interface ExternalKey {
    readonly kind: 'external';
    readonly keyType: KeyType;
    /** "RSA 2048 on token ci (PKCS#11)": for messages, never a secret. */
    readonly description: string;
    sign(data: Uint8Array): Uint8Array;
}
