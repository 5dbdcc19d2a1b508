import { KeyObject, sign } from 'node:crypto';
import type { ExternalKey, KeyType } from './constants.js';

/**
 * RSA: PKCS#1 v1.5 over SHA-256. ECDSA: SHA-256 with the signature as ASN.1 DER SEQUENCE{r,s};
 * the service rejects WebCrypto's raw r||s form. ML-DSA: pure ML-DSA (FIPS 204 section 5.2) with
 * an empty context over the string to sign, no pre-hash; node passes `null` for "no digest".
 */
export function createSignature(
  stringToSign: string,
  privateKey: KeyObject | ExternalKey,
  keyType: KeyType,
): string {
  const data = Buffer.from(stringToSign, 'utf8');
  if (!(privateKey instanceof KeyObject)) {
    return Buffer.from(privateKey.sign(data)).toString('hex');
  }
  switch (keyType) {
    case 'ec':
      return sign('sha256', data, { key: privateKey, dsaEncoding: 'der' }).toString('hex');
    case 'rsa':
      return sign('sha256', data, privateKey).toString('hex');
    case 'ml-dsa':
      return sign(null, data, privateKey).toString('hex');
  }
}
