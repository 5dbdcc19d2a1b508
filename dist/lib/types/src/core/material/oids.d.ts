/**
 * Object identifiers the material parsers recognise, in one place. Names follow the defining
 * documents: RFC 5280 (X.509), RFC 7292 (PKCS#12), RFC 8018 (PKCS#5), RFC 7914 (scrypt).
 */
export declare const OID: {
    readonly data: "1.2.840.113549.1.7.1";
    readonly signedData: "1.2.840.113549.1.7.2";
    readonly envelopedData: "1.2.840.113549.1.7.3";
    readonly encryptedData: "1.2.840.113549.1.7.6";
    readonly keyBag: "1.2.840.113549.1.12.10.1.1";
    readonly pkcs8ShroudedKeyBag: "1.2.840.113549.1.12.10.1.2";
    readonly certBag: "1.2.840.113549.1.12.10.1.3";
    readonly safeContentsBag: "1.2.840.113549.1.12.10.1.6";
    readonly x509Certificate: "1.2.840.113549.1.9.22.1";
    readonly pbes2: "1.2.840.113549.1.5.13";
    readonly pbkdf2: "1.2.840.113549.1.5.12";
    readonly pbmac1: "1.2.840.113549.1.5.14";
    readonly scrypt: "1.3.6.1.4.1.11591.4.11";
    readonly keyUsage: "2.5.29.15";
    readonly basicConstraints: "2.5.29.19";
    readonly rsassaPss: "1.2.840.113549.1.1.10";
};
/** RFC 8018 PBES1 identifiers: DES and RC2 with MD2/MD5/SHA-1, all obsolete. */
export declare const PBES1_OIDS: ReadonlySet<string>;
export type HashName = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';
/** Digest algorithms as used by PKCS#12 MACs (RFC 7292 section 4) and RSASSA-PSS. */
export declare const DIGEST_OIDS: Readonly<Record<string, HashName>>;
/** PBKDF2 pseudo-random functions (RFC 8018 appendix B.1). */
export declare const HMAC_PRF_OIDS: Readonly<Record<string, HashName>>;
/** PBES2 encryption schemes this module decrypts, with node's cipher name and key size. */
export declare const PBES2_CIPHER_OIDS: Readonly<Record<string, {
    cipher: string;
    keyLength: number;
}>>;
export type Pkcs12PbeCipher = {
    kind: 'node';
    cipher: 'des-ede3-cbc' | 'des-ede-cbc';
    keyLength: number;
} | {
    kind: 'rc2';
    keyLength: number;
} | {
    kind: 'unsupported';
    name: string;
};
/** RFC 7292 appendix C: password-based encryption with the PKCS#12 key derivation. */
export declare const PKCS12_PBE_OIDS: Readonly<Record<string, Pkcs12PbeCipher>>;
export type SignatureHash = 'MD5' | 'SHA-1' | 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87' | 'unknown';
/**
 * Certificate signature algorithms by the hash they sign with (RFC 3279, 4055, 5758); ML-DSA
 * (RFC 9881) hashes internally with SHAKE256, so it stands for itself.
 */
export declare const SIGNATURE_HASH_OIDS: Readonly<Record<string, SignatureHash>>;
/** Short names for distinguished-name attributes, as OpenSSL prints them. */
export declare const NAME_ATTRIBUTE_OIDS: Readonly<Record<string, string>>;
