/**
 * Object identifiers the material parsers recognise, in one place. Names follow the defining
 * documents: RFC 5280 (X.509), RFC 7292 (PKCS#12), RFC 8018 (PKCS#5), RFC 7914 (scrypt).
 */
export const OID = {
  // RFC 5652 / RFC 7292 content types
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  envelopedData: '1.2.840.113549.1.7.3',
  encryptedData: '1.2.840.113549.1.7.6',
  // RFC 7292 section 4.2 bag types
  keyBag: '1.2.840.113549.1.12.10.1.1',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  // RFC 8018
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  pbmac1: '1.2.840.113549.1.5.14',
  scrypt: '1.3.6.1.4.1.11591.4.11',
  // RFC 5280 extensions
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  // Signature algorithms whose hash lives in the parameters (RFC 4055)
  rsassaPss: '1.2.840.113549.1.1.10',
} as const;

/** RFC 8018 PBES1 identifiers: DES and RC2 with MD2/MD5/SHA-1, all obsolete. */
export const PBES1_OIDS: ReadonlySet<string> = new Set([
  '1.2.840.113549.1.5.1',
  '1.2.840.113549.1.5.3',
  '1.2.840.113549.1.5.4',
  '1.2.840.113549.1.5.6',
  '1.2.840.113549.1.5.10',
  '1.2.840.113549.1.5.11',
]);

export type HashName = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

/** Digest algorithms as used by PKCS#12 MACs (RFC 7292 section 4) and RSASSA-PSS. */
export const DIGEST_OIDS: Readonly<Record<string, HashName>> = {
  '1.2.840.113549.2.5': 'md5',
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** PBKDF2 pseudo-random functions (RFC 8018 appendix B.1). */
export const HMAC_PRF_OIDS: Readonly<Record<string, HashName>> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};

/** PBES2 encryption schemes this module decrypts, with node's cipher name and key size. */
export const PBES2_CIPHER_OIDS: Readonly<Record<string, { cipher: string; keyLength: number }>> = {
  '2.16.840.1.101.3.4.1.2': { cipher: 'aes-128-cbc', keyLength: 16 },
  '2.16.840.1.101.3.4.1.22': { cipher: 'aes-192-cbc', keyLength: 24 },
  '2.16.840.1.101.3.4.1.42': { cipher: 'aes-256-cbc', keyLength: 32 },
  '1.2.840.113549.3.7': { cipher: 'des-ede3-cbc', keyLength: 24 },
};

export type Pkcs12PbeCipher =
  | { kind: 'node'; cipher: 'des-ede3-cbc' | 'des-ede-cbc'; keyLength: number }
  | { kind: 'rc2'; keyLength: number }
  | { kind: 'unsupported'; name: string };

/** RFC 7292 appendix C: password-based encryption with the PKCS#12 key derivation. */
export const PKCS12_PBE_OIDS: Readonly<Record<string, Pkcs12PbeCipher>> = {
  '1.2.840.113549.1.12.1.1': { kind: 'unsupported', name: 'pbeWithSHAAnd128BitRC4' },
  '1.2.840.113549.1.12.1.2': { kind: 'unsupported', name: 'pbeWithSHAAnd40BitRC4' },
  '1.2.840.113549.1.12.1.3': { kind: 'node', cipher: 'des-ede3-cbc', keyLength: 24 },
  '1.2.840.113549.1.12.1.4': { kind: 'node', cipher: 'des-ede-cbc', keyLength: 16 },
  '1.2.840.113549.1.12.1.5': { kind: 'rc2', keyLength: 16 },
  '1.2.840.113549.1.12.1.6': { kind: 'rc2', keyLength: 5 },
};

export type SignatureHash =
  | 'MD5'
  | 'SHA-1'
  | 'SHA-224'
  | 'SHA-256'
  | 'SHA-384'
  | 'SHA-512'
  | 'ML-DSA-44'
  | 'ML-DSA-65'
  | 'ML-DSA-87'
  | 'unknown';

/**
 * Certificate signature algorithms by the hash they sign with (RFC 3279, 4055, 5758); ML-DSA
 * (RFC 9881) hashes internally with SHAKE256, so it stands for itself.
 */
export const SIGNATURE_HASH_OIDS: Readonly<Record<string, SignatureHash>> = {
  '1.2.840.113549.1.1.4': 'MD5',
  '1.2.840.113549.1.1.5': 'SHA-1',
  '1.3.14.3.2.29': 'SHA-1',
  '1.2.840.113549.1.1.14': 'SHA-224',
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512',
  '1.2.840.10045.4.1': 'SHA-1',
  '1.2.840.10045.4.3.1': 'SHA-224',
  '1.2.840.10045.4.3.2': 'SHA-256',
  '1.2.840.10045.4.3.3': 'SHA-384',
  '1.2.840.10045.4.3.4': 'SHA-512',
  '1.2.840.10040.4.3': 'SHA-1',
  '2.16.840.1.101.3.4.3.1': 'SHA-224',
  '2.16.840.1.101.3.4.3.2': 'SHA-256',
  '2.16.840.1.101.3.4.3.17': 'ML-DSA-44',
  '2.16.840.1.101.3.4.3.18': 'ML-DSA-65',
  '2.16.840.1.101.3.4.3.19': 'ML-DSA-87',
};

/** Short names for distinguished-name attributes, as OpenSSL prints them. */
export const NAME_ATTRIBUTE_OIDS: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'street',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '2.5.4.46': 'dnQualifier',
  '2.5.4.65': 'pseudonym',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'emailAddress',
};
