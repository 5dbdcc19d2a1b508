import type { KeyObject, X509Certificate } from 'node:crypto';

import { certificateFacts } from './certificateFacts.js';
import type { LeafSource } from './certificateInput.js';
import { assertSupportedKey, identify } from './checks.js';
import { materialError } from './materialError.js';
import type { InputNames } from './types.js';

/**
 * Picks the leaf: the certificate whose public key pairs with the private key. Matching by key,
 * not by position, finds the leaf in a bundle and in a chain pasted in the wrong order.
 */
export function matchLeaf(
  leafSource: LeafSource,
  keys: readonly KeyObject[],
  keySource: string,
  names: InputNames,
  notes: string[],
): { leaf: X509Certificate; key: KeyObject; keyType: 'rsa' | 'ec' | 'ml-dsa' } {
  // With one key, an unsupported type is the clearer message than a mismatch.
  const [onlyKey] = keys;
  if (keys.length === 1 && onlyKey !== undefined) assertSupportedKey(onlyKey, keySource);
  for (const key of keys) {
    const index = leafSource.certificates.findIndex((cert) => belongsTo(cert, key));
    const leaf = leafSource.certificates[index];
    if (leaf === undefined) continue;
    if (index > 0 && !leafSource.fromBundle) {
      notes.push(
        `${names.certificate} lists the certificate for the private key in position ${index + 1}; ` +
          `used it as the leaf.`,
      );
    }
    const supported = assertSupportedKey(key, keySource);
    notes.push(...supported.notes);
    return { leaf, key, keyType: supported.keyType };
  }
  const [first] = leafSource.certificates;
  const which = first === undefined ? '' : ` (${identify(certificateFacts(first))})`;
  throw materialError(
    'ERR_KEY_MISMATCH',
    keySource,
    `The private key does not belong to the certificate${which}. Check that ` +
      `${names.privateKey} and ${names.certificate} come from the same issuance.`,
  );
}

function belongsTo(cert: X509Certificate, key: KeyObject): boolean {
  try {
    return cert.checkPrivateKey(key);
  } catch {
    return false;
  }
}
