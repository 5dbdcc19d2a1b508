import { verify, type X509Certificate } from 'node:crypto';

import type { ExternalKey } from '../sigv4/constants.js';
import { certificateFacts } from './certificateFacts.js';
import type { LeafSource } from './certificateInput.js';
import { identify } from './checks.js';
import { materialError } from './materialError.js';
import type { InputNames } from './types.js';

// Not secret and not a request: only proves that the device's key pairs with a certificate.
const PROBE = Buffer.from('rolesanywhere-credentials: does this key belong to the certificate?');

/**
 * Picks the leaf for a key that cannot be read: the certificate whose public key verifies one
 * signature made by the device. One extra signature per load, and a mismatch is caught here
 * rather than as an opaque "Invalid signature" from the service.
 */
export function matchExternalKey(
  leafSource: LeafSource,
  key: ExternalKey,
  names: InputNames,
): X509Certificate {
  const signature = key.sign(PROBE);
  const leaf = leafSource.certificates.find((cert) => verifies(cert, key, signature));
  if (leaf !== undefined) return leaf;
  const [first] = leafSource.certificates;
  const which = first === undefined ? '' : ` (${identify(certificateFacts(first))})`;
  throw materialError(
    'ERR_KEY_MISMATCH',
    names.privateKey,
    `The ${key.description} does not belong to the certificate${which}. Check that ` +
      `${names.privateKey} names the key issued with ${names.certificate} (the same id= on the token).`,
  );
}

/** Whether the device's key pairs with `cert`: one probe signature, verified here. */
export function externalKeyBelongsTo(cert: X509Certificate, key: ExternalKey): boolean {
  return verifies(cert, key, key.sign(PROBE));
}

function verifies(cert: X509Certificate, key: ExternalKey, signature: Uint8Array): boolean {
  try {
    if (key.keyType === 'ml-dsa') return verify(null, PROBE, cert.publicKey, signature);
    return verify('sha256', PROBE, { key: cert.publicKey, dsaEncoding: 'der' }, signature);
  } catch {
    return false;
  }
}
