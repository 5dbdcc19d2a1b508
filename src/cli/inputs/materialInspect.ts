/**
 * The CLI's window into the material module below loadMaterial, for the commands that need less
 * than a full, checked identity: read-certificate-data (no key), sign-string (no certificate) and
 * doctor (which reports every problem instead of stopping at the first).
 */
import type { KeyObject, X509Certificate } from 'node:crypto';
import { RolesAnywhereError } from '../../core/errors.js';
import {
  assertSupportedKey,
  certificateFacts,
  decodeInput,
  loadPrivateKey,
  parseCertificate,
  readPkcs12,
  type KeyItem,
  type MaterialItem,
} from '../../core/material/index.js';

const KEY_KINDS: ReadonlySet<string> = new Set([
  'private-key',
  'encrypted-private-key',
  'legacy-encrypted-key',
  'unsupported-key',
]);

function isKeyItem(item: MaterialItem): item is KeyItem {
  return KEY_KINDS.has(item.kind);
}

export interface InspectedCertificates {
  /** "PEM", "DER", "base64-encoded PEM", "PKCS#12 (DER)" … */
  readonly form: string;
  readonly certificates: readonly X509Certificate[];
  /** The certificate that pairs with a bundled key, else the first one. */
  readonly leaf: X509Certificate;
  readonly serialDecimal: string;
  readonly bundledKeys: readonly KeyObject[];
  readonly fromPkcs12: boolean;
}

const CERT_INPUT = { input: '--certificate', passphraseInput: '--pkcs8-password' };

export function inspectCertificateInput(
  content: string | Uint8Array,
  passphrase: string | undefined,
): InspectedCertificates {
  const decoded = decodeInput(content, {
    input: '--certificate',
    expected: 'certificate',
    role: 'certificate',
  });
  const bundle = decoded.items.find((item) => item.kind === 'pkcs12');
  let certificates: X509Certificate[];
  let keys: readonly KeyObject[] = [];
  if (bundle !== undefined) {
    const contents = readPkcs12(bundle.der, passphrase, CERT_INPUT);
    certificates = contents.certificates.map((der) => parseCertificate(der, '--certificate'));
    keys = contents.keys;
  } else {
    certificates = decoded.items.flatMap((item) =>
      item.kind === 'certificate' ? [parseCertificate(item.der, '--certificate')] : [],
    );
  }
  const paired = certificates.find((cert) => keys.some((key) => safeCheck(cert, key)));
  const leaf = paired ?? certificates[0];
  if (leaf === undefined) {
    throw new RolesAnywhereError(
      'ERR_CERT_INVALID',
      `--certificate holds no X.509 certificate (found ${decoded.items.map((i) => i.kind).join(', ') || 'nothing'}); give the certificate as PEM, DER, base64 or PKCS#12.`,
      { input: '--certificate' },
    );
  }
  return {
    form: bundle === undefined ? decoded.form : `PKCS#12 (${decoded.form})`,
    certificates,
    leaf,
    serialDecimal: certificateFacts(leaf).serialDecimal,
    bundledKeys: keys,
    fromPkcs12: bundle !== undefined,
  };
}

function safeCheck(cert: X509Certificate, key: KeyObject): boolean {
  try {
    return cert.checkPrivateKey(key);
  } catch {
    return false;
  }
}

export interface InspectedKey {
  readonly key: KeyObject;
  readonly keyType: 'rsa' | 'ec' | 'ml-dsa';
  /** "PKCS#8 in PEM", "encrypted PKCS#8 in DER", "PKCS#12 (DER)" … */
  readonly form: string;
}

const FORMATS: Readonly<Record<string, string>> = {
  pkcs1: 'PKCS#1 RSA',
  sec1: 'SEC1 EC',
  pkcs8: 'PKCS#8',
};

function describeItem(item: KeyItem): string {
  switch (item.kind) {
    case 'private-key':
      return FORMATS[item.format] ?? item.format;
    case 'encrypted-private-key':
      return 'encrypted PKCS#8';
    case 'legacy-encrypted-key':
      return `legacy encrypted PEM (${item.cipher})`;
    case 'unsupported-key':
      return item.description;
  }
}

/** A private key on its own, in any form the material module reads, checked to be usable. */
export function inspectPrivateKeyInput(
  content: string | Uint8Array,
  passphrase: string | undefined,
  input = '--private-key',
): InspectedKey {
  const context = { input, passphraseInput: '--pkcs8-password' };
  const decoded = decodeInput(content, { input, expected: 'private key', role: 'private-key' });
  const bundle = decoded.items.find((item) => item.kind === 'pkcs12');
  if (bundle !== undefined) {
    const [key] = readPkcs12(bundle.der, passphrase, context).keys;
    if (key === undefined)
      throw new RolesAnywhereError(
        'ERR_KEY_MISSING',
        `${input} is a PKCS#12 bundle without a private key.`,
        { input },
      );
    return {
      key,
      keyType: assertSupportedKey(key, input).keyType,
      form: `PKCS#12 (${decoded.form})`,
    };
  }
  const items = decoded.items.filter(isKeyItem);
  const [item] = items;
  if (item === undefined || items.length > 1) {
    const what = item === undefined ? 'no private key' : `${items.length} private keys`;
    throw new RolesAnywhereError(
      'ERR_KEY_INVALID',
      `${input} holds ${what}; give exactly one private key (PEM, DER or their base64).`,
      { input },
    );
  }
  const { key } = loadPrivateKey(item, passphrase, context);
  return {
    key,
    keyType: assertSupportedKey(key, input).keyType,
    form: `${describeItem(item)} in ${decoded.form}`,
  };
}

export {
  certificateFacts,
  describeKey,
  orderChain,
  verifiesWith,
  type CertificateFacts,
} from '../../core/material/index.js';

/** Every certificate in an input that may only hold certificates (--intermediates, --ca). */
export function readCertificateList(
  content: string | Uint8Array,
  input: string,
): X509Certificate[] {
  const decoded = decodeInput(content, { input, expected: 'CA certificates', role: 'certificate' });
  const certificates = decoded.items.flatMap((item) =>
    item.kind === 'certificate' ? [parseCertificate(item.der, input)] : [],
  );
  if (certificates.length === 0) {
    throw new RolesAnywhereError(
      'ERR_CERT_INVALID',
      `${input} holds no certificate; give CA certificates as PEM or DER.`,
      { input },
    );
  }
  return certificates;
}
