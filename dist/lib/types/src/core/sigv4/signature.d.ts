import { KeyObject } from 'node:crypto';
import type { ExternalKey, KeyType } from './constants.js';
/**
 * RSA: PKCS#1 v1.5 over SHA-256. ECDSA: SHA-256 with the signature as ASN.1 DER SEQUENCE{r,s};
 * the service rejects WebCrypto's raw r||s form. ML-DSA: pure ML-DSA (FIPS 204 section 5.2) with
 * an empty context over the string to sign, no pre-hash; node passes `null` for "no digest".
 */
export declare function createSignature(stringToSign: string, privateKey: KeyObject | ExternalKey, keyType: KeyType): string;
