import { type KeyObject } from 'node:crypto';
import type { KeyType } from './constants.js';
/**
 * RSA: PKCS#1 v1.5 over SHA-256. ECDSA: SHA-256 with the signature as ASN.1 DER SEQUENCE{r,s};
 * the service rejects WebCrypto's raw r||s form.
 */
export declare function createSignature(stringToSign: string, privateKey: KeyObject, keyType: KeyType): string;
