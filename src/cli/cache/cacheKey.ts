import { createHash } from 'node:crypto';
import { rawChainInputs } from '../../core/chain/chainSettings.js';
import type { MaterialSources } from '../../core/material/index.js';
import type { SessionSettings } from '../../core/settings.js';

/**
 * Who is asking. `inputs`: the certificate blocks and the unencrypted private key exactly as
 * given; an entry under such a key was written only after the full loader paired that very key
 * with its leaf, so a hit needs no key parsing. `loaded`: the leaf and public key the full loader
 * found, for forms that cannot be read without it (DER, PKCS#12, an encrypted key).
 */
export type CacheIdentity =
  | {
      readonly kind: 'inputs';
      readonly certificateDers: readonly Uint8Array[];
      readonly keyDers: readonly Uint8Array[];
    }
  | { readonly kind: 'loaded'; readonly leafDer: Uint8Array; readonly publicKeyDer: Uint8Array };

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\s]*)-----END \1-----/g;
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;
/** PKCS#8, PKCS#1 and SEC1 keys in the clear; an encrypted key needs the full loader. */
const CLEAR_KEY = /^(RSA |EC )?PRIVATE KEY$/;

/** The PEM text of an input given as PEM or as base64 of PEM; undefined for any other form. */
function pemText(content: string | Uint8Array): string | undefined {
  const text = typeof content === 'string' ? content : Buffer.from(content).toString('latin1');
  if (text.includes('-----BEGIN ')) return text;
  const trimmed = text.trim();
  if (trimmed.length < 64 || !BASE64_TEXT.test(trimmed)) return undefined;
  const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('latin1');
  return decoded.includes('-----BEGIN ') ? decoded : undefined;
}

/** The DER of each block whose label passes; undefined when any block's label is not expected. */
function ders(text: string, wanted: (label: string) => boolean): Uint8Array[] {
  return [...text.matchAll(PEM_BLOCK)]
    .filter((match) => wanted(match[1] ?? ''))
    .map((match) => Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64'));
}

/**
 * The identity from PEM inputs without parsing them: a cache hit must not load the ASN.1 library
 * nor open the key (OpenSSL's PEM decoders cost a cold process more than the rest of a hit).
 * Undefined for any other form; the caller then loads the material fully, which refuses a wrong
 * or missing key with its own error.
 */
export function quickCacheIdentity(sources: MaterialSources): CacheIdentity | undefined {
  const certificateText = pemText(sources.certificate);
  const keyText = pemText(sources.privateKey ?? sources.certificate);
  if (certificateText === undefined || keyText === undefined) return undefined;
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(keyText))
    return undefined;
  const certificateDers = ders(certificateText, (label) => label === 'CERTIFICATE');
  const keyDers = ders(keyText, (label) => CLEAR_KEY.test(label));
  if (certificateDers.length === 0 || keyDers.length === 0) return undefined;
  return { kind: 'inputs', certificateDers, keyDers };
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One cache file per identity and request: anything that changes the answer changes the key. */
export function cacheKey(settings: SessionSettings, identity: CacheIdentity): string {
  const who =
    identity.kind === 'inputs'
      ? ['inputs', identity.certificateDers.map(sha256), identity.keyDers.map(sha256)]
      : ['loaded', sha256(identity.leafDer), sha256(identity.publicKeyDer)];
  return sha256(
    JSON.stringify([
      'v2',
      who,
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
