import type { KeyObject } from 'node:crypto';

import type { RolesAnywhereError } from '../errors.js';
import type { LeafSource } from './certificateInput.js';
import { decodeInput, isKeyItem, type DecodedInput } from './decodeInput.js';
import { isBlank } from './encoding.js';
import { materialError } from './materialError.js';
import { readPkcs12Noting } from './pkcs12.js';
import { loadPrivateKey } from './privateKey.js';
import type { SecretFragments } from './secretFragments.js';
import type { InputNames, MaterialSources } from './types.js';

/** What each step of reading the key needs, and where its notes and secrets go. */
interface KeyReading {
  readonly passphrase: string | undefined;
  readonly names: InputNames;
  readonly notes: string[];
  readonly secrets: SecretFragments;
}

/**
 * The private-key side of the inputs: the key input in any of its forms, or, when it is empty,
 * the key that came with the certificate (a PKCS#12 bundle or a combined PEM).
 */
export function readKeyInput(
  sources: MaterialSources,
  passphrase: string | undefined,
  leafSource: LeafSource,
  names: InputNames,
  notes: string[],
  secrets: SecretFragments,
): readonly KeyObject[] {
  const reading: KeyReading = { passphrase, names, notes, secrets };
  if (sources.privateKey === undefined || isBlank(sources.privateKey))
    return keyBesideCertificate(leafSource, reading);
  const decoded = decodeInput(sources.privateKey, {
    input: names.privateKey,
    expected: 'private key',
    role: 'private-key',
  });
  const bundle = decoded.items.find((item) => item.kind === 'pkcs12');
  if (bundle !== undefined) return keysFromBundle(bundle.der, reading);
  return singleKey(decoded, leafSource, reading);
}

/** No key input: the key the certificate input brought, in its bundle or beside it in the PEM. */
function keyBesideCertificate(leafSource: LeafSource, reading: KeyReading): readonly KeyObject[] {
  const { passphrase, names, notes, secrets } = reading;
  const input = names.privateKey;
  if (leafSource.bundledKeys.length > 0) return leafSource.bundledKeys;
  if (leafSource.embeddedKey !== undefined) {
    const item = leafSource.embeddedKey;
    const loaded = loadPrivateKey(item, passphrase, {
      input: names.certificate,
      passphraseInput: names.passphrase,
    });
    // The certificate input is not treated as secret, so all of the key's lines need masking.
    secrets.addLines(item.lines, new Set());
    notes.push(`${names.certificate} also holds the private key; used it.`);
    notePassphrase(loaded.passphrase, passphrase, names.certificate, names, notes, secrets);
    return [loaded.key];
  }
  throw materialError(
    'ERR_KEY_MISSING',
    input,
    `${input} is not set and ${names.certificate} holds no private key; set ${input} to the ` +
      `key that pairs with the certificate, or give a PKCS#12 bundle as ${names.certificate}.`,
  );
}

/** A PKCS#12 bundle given as the key input: its keys. */
function keysFromBundle(der: Uint8Array, reading: KeyReading): readonly KeyObject[] {
  const { names, notes } = reading;
  const input = names.privateKey;
  const contents = readPkcs12Noting(
    der,
    reading.passphrase,
    { input, passphraseInput: names.passphrase },
    notes,
  );
  if (contents.keys.length === 0) {
    throw materialError(
      'ERR_KEY_MISSING',
      input,
      `${input} is a PKCS#12 bundle without a private key; export it again with the key ` +
        `included (openssl pkcs12 -export -inkey key.pem -in cert.pem).`,
    );
  }
  return contents.keys;
}

/** PEM, DER or base64 key input: exactly one key, perhaps beside certificates it ignores. */
function singleKey(
  decoded: DecodedInput,
  leafSource: LeafSource,
  reading: KeyReading,
): readonly KeyObject[] {
  const { passphrase, names, notes, secrets } = reading;
  const input = names.privateKey;
  const keys = decoded.items.filter(isKeyItem);
  const [item] = keys;
  if (item === undefined) throw notAKey(decoded, input, names);
  if (keys.length > 1) {
    throw materialError(
      'ERR_KEY_INVALID',
      input,
      `${input} holds ${keys.length} private keys; give exactly the one that pairs with the certificate.`,
    );
  }
  const loaded = loadPrivateKey(item, passphrase, { input, passphraseInput: names.passphrase });
  secrets.addLines(item.lines, decoded.verbatimLines);
  const unused = leafSource.fromBundle ? undefined : passphrase;
  notePassphrase(loaded.passphrase, unused, input, names, notes, secrets);
  if (decoded.items.some((entry) => entry.kind === 'certificate')) {
    notes.push(
      `${input} also holds certificates; ignored them (certificates belong in ${names.certificate}).`,
    );
  }
  return [loaded.key];
}

function notePassphrase(
  used: 'none' | 'given' | 'trimmed',
  passphrase: string | undefined,
  keyInput: string,
  names: InputNames,
  notes: string[],
  secrets: SecretFragments,
): void {
  if (used === 'trimmed' && passphrase !== undefined) {
    const trimmed = passphrase.replace(/[\r\n]+$/, '');
    secrets.add(trimmed);
    notes.push(`${names.passphrase} ends with a line break; the key opened without it.`);
  }
  if (used === 'none' && passphrase !== undefined) {
    notes.push(
      `${names.passphrase} is set but the key in ${keyInput} is not encrypted; it was not needed.`,
    );
  }
}

function notAKey(decoded: DecodedInput, input: string, names: InputNames): RolesAnywhereError {
  if (decoded.items.some((item) => item.kind === 'certificate')) {
    return materialError(
      'ERR_KEY_EXPECTED_GOT_CERT',
      input,
      `${input} holds a certificate, not a private key; put the private key in ${input} ` +
        `and the certificate in ${names.certificate}.`,
    );
  }
  const other = decoded.items.find((item) => item.kind === 'other');
  const found = other?.kind === 'other' ? other.description : 'no private key';
  return materialError(
    'ERR_KEY_INVALID',
    input,
    `${input} holds ${found}, not a private key; give the private key that pairs with the ` +
      `certificate (PEM, DER or their base64).`,
  );
}
