import { createHash } from 'node:crypto';
import { rawChainInputs } from '../../core/chain/chainSettings.js';
import type { SessionSettings } from '../../core/settings.js';

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/;
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A fingerprint of the certificate input without parsing it (a cache hit must not load the ASN.1
 * library): the leaf's DER for PEM and base64 of PEM, the bytes themselves for DER and PKCS#12.
 */
export function certificateInputFingerprint(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  const text = bytes.toString('latin1');
  const pem = PEM_CERTIFICATE.exec(text)?.[1];
  if (pem !== undefined) return sha256(Buffer.from(pem.replace(/\s+/g, ''), 'base64'));
  if (BASE64_TEXT.test(text.trim()) && text.trim().length >= 64) {
    const decoded = Buffer.from(text.replace(/\s+/g, ''), 'base64');
    const inner = PEM_CERTIFICATE.exec(decoded.toString('latin1'))?.[1];
    return sha256(inner === undefined ? decoded : Buffer.from(inner.replace(/\s+/g, ''), 'base64'));
  }
  return sha256(bytes);
}

/** One cache file per identity and request: anything that changes the answer changes the key. */
export function cacheKey(settings: SessionSettings, certificateFingerprint: string): string {
  return sha256(
    JSON.stringify([
      'v1',
      certificateFingerprint,
      settings.trustAnchor.arn,
      settings.profile.arn,
      settings.role.arn,
      settings.region,
      settings.endpoint.href,
      settings.durationSeconds,
      settings.roleSessionName ?? '',
      // Only when set, so entries cached without these options keep their keys.
      ...(settings.chain === undefined ? [] : [rawChainInputs(settings.chain)]),
      ...(settings.allowedAccountIds?.length ? [settings.allowedAccountIds] : []),
    ]),
  );
}
