import { generateKeyPairSync } from 'node:crypto';

import { algorithmIdentifier, isUniversal, parseDer, sequence, Tag } from './asn1.js';
import { materialError } from './materialError.js';

/**
 * ML-DSA (FIPS 204), which Roles Anywhere accepts as AWS4-X509-MLDSA. Node signs it from version 24
 * (OpenSSL 3.5); older Nodes cannot even read the key, so the parameter set is read from the DER to
 * say what is missing instead of reporting a broken key or a wrong passphrase.
 */
export type MlDsaParameterSet = 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87';

/** RFC 9881 / NIST CSOR: one OID per parameter set, for keys and signatures alike. */
export const ML_DSA_OIDS: Readonly<Record<string, MlDsaParameterSet>> = {
  '2.16.840.1.101.3.4.3.17': 'ML-DSA-44',
  '2.16.840.1.101.3.4.3.18': 'ML-DSA-65',
  '2.16.840.1.101.3.4.3.19': 'ML-DSA-87',
};

let available: boolean | undefined;

/** Whether this Node's crypto can make and use ML-DSA keys (feature test, not a version test). */
export function mlDsaAvailable(): boolean {
  if (available === undefined) {
    try {
      // The type names follow the Node 20 baseline, which lacks 'ml-dsa-44'.
      (generateKeyPairSync as (type: string) => unknown)('ml-dsa-44');
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/** The ML-DSA parameter set of a PKCS#8 PrivateKeyInfo or a SubjectPublicKeyInfo, if it is one. */
export function mlDsaParameterSetOf(der: Uint8Array): MlDsaParameterSet | undefined {
  try {
    const parts = sequence(parseDer(der, 'key'), 'key');
    // PrivateKeyInfo starts with a version INTEGER; SubjectPublicKeyInfo with the algorithm.
    const node = parts.find((part) => isUniversal(part, Tag.sequence));
    return ML_DSA_OIDS[algorithmIdentifier(node, 'key algorithm').oid];
  } catch {
    return undefined;
  }
}

/** One line: ML-DSA needs a newer Node. */
export function mlDsaNeedsNode24(parameterSet: MlDsaParameterSet, input: string): Error {
  return materialError(
    'ERR_KEY_UNSUPPORTED',
    input,
    `${input} holds an ${parameterSet} key, which needs Node.js 24 or later (the GitHub ` +
      `Action's runtime, with OpenSSL 3.5); this Node.js cannot sign with ML-DSA. Run this ` +
      `tool with Node.js 24 or later.`,
  );
}

/** Throws the Node 24 message when `pkcs8Der` is an ML-DSA key this Node cannot load. */
export function assertMlDsaLoadable(pkcs8Der: Uint8Array, input: string): void {
  const parameterSet = mlDsaParameterSetOf(pkcs8Der);
  if (parameterSet !== undefined && !mlDsaAvailable()) throw mlDsaNeedsNode24(parameterSet, input);
}
