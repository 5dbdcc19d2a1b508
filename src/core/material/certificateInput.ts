import type { KeyObject, X509Certificate } from 'node:crypto';

import type { RolesAnywhereError } from '../errors.js';
import { parseCertificate } from './certificate.js';
import { decodeInput, isKeyItem, type DecodedInput, type KeyItem } from './decodeInput.js';
import { isBlank } from './encoding.js';
import { materialError } from './materialError.js';
import { readPkcs12Noting } from './pkcs12.js';
import type { InputNames } from './types.js';

// The certificate side of the inputs: the certificate input (PEM or DER certificates, possibly
// with a key pasted after them, or a PKCS#12 bundle) and the optional intermediates input.

/** What the certificate input offers: leaf candidates, and any key that came with them. */
export interface LeafSource {
  readonly certificates: readonly X509Certificate[];
  /** Keys found alongside the certificates (a PKCS#12 bundle or a combined PEM). */
  readonly bundledKeys: readonly KeyObject[];
  readonly embeddedKey: KeyItem | undefined;
  readonly fromBundle: boolean;
}

export function readCertificateInput(
  value: string | Uint8Array,
  passphrase: string | undefined,
  names: InputNames,
  notes: string[],
): LeafSource {
  const input = names.certificate;
  const decoded = decodeInput(value, { input, expected: 'certificate', role: 'certificate' });
  const bundle = decoded.items.find((item) => item.kind === 'pkcs12');
  if (bundle !== undefined) {
    const contents = readPkcs12Noting(
      bundle.der,
      passphrase,
      { input, passphraseInput: names.passphrase },
      notes,
    );
    if (contents.certificates.length === 0) {
      throw materialError(
        'ERR_PKCS12_INVALID',
        input,
        `${input} is a PKCS#12 bundle without any certificate; export it again with the ` +
          `certificate included (openssl pkcs12 -export -in cert.pem -inkey key.pem).`,
      );
    }
    return {
      certificates: contents.certificates.map((der) => parseCertificate(der, input)),
      bundledKeys: contents.keys,
      embeddedKey: undefined,
      fromBundle: true,
    };
  }
  const certificates = decoded.items.flatMap((item) =>
    item.kind === 'certificate' ? [parseCertificate(item.der, input)] : [],
  );
  const keys = decoded.items.filter(isKeyItem);
  if (certificates.length === 0) {
    if (keys.length > 0) {
      throw materialError(
        'ERR_CERT_EXPECTED_GOT_KEY',
        input,
        `${input} holds a private key, not a certificate; put the certificate (-----BEGIN ` +
          `CERTIFICATE-----) in ${input} and the key in ${names.privateKey}.`,
      );
    }
    throw notACertificate(decoded, input);
  }
  noteIgnored(decoded, input, notes);
  return {
    certificates,
    bundledKeys: [],
    embeddedKey: keys.length === 1 ? keys[0] : undefined,
    fromBundle: false,
  };
}

export function readIntermediates(
  value: string | Uint8Array | undefined,
  names: InputNames,
): X509Certificate[] {
  if (value === undefined || isBlank(value)) return [];
  const input = names.intermediates;
  const decoded = decodeInput(value, {
    input,
    expected: 'intermediate certificates',
    role: 'certificate',
  });
  const certificates: X509Certificate[] = [];
  for (const item of decoded.items) {
    if (item.kind === 'certificate') {
      certificates.push(parseCertificate(item.der, input));
    } else if (isKeyItem(item)) {
      throw materialError(
        'ERR_CERT_EXPECTED_GOT_KEY',
        input,
        `${input} holds a private key, not certificates; it takes only the intermediate CA ` +
          `certificates, and the key belongs in ${names.privateKey}.`,
      );
    } else if (item.kind === 'pkcs12') {
      throw materialError(
        'ERR_CERT_INVALID',
        input,
        `${input} holds a PKCS#12 bundle; give the intermediate certificates as PEM, ` +
          `or put the bundle in ${names.certificate}.`,
      );
    } else {
      throw materialError(
        'ERR_CERT_INVALID',
        input,
        `${input} holds ${item.description}, not certificates; give the intermediate CA ` +
          `certificates as PEM (leaf side first).`,
      );
    }
  }
  if (certificates.length === 0) throw notACertificate(decoded, input);
  return certificates;
}

export function notACertificate(decoded: DecodedInput, input: string): RolesAnywhereError {
  const other = decoded.items.find((item) => item.kind === 'other');
  const found = other?.kind === 'other' ? other.description : 'no certificate';
  return materialError(
    'ERR_CERT_INVALID',
    input,
    `${input} holds ${found}, not an X.509 certificate; give the certificate itself ` +
      `(-----BEGIN CERTIFICATE-----, DER or their base64).`,
  );
}

function noteIgnored(decoded: DecodedInput, input: string, notes: string[]): void {
  for (const item of decoded.items) {
    if (item.kind === 'other') notes.push(`${input} also holds ${item.description}; ignored it.`);
  }
}
