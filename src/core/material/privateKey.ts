import { createPrivateKey, getCiphers, type KeyObject } from 'node:crypto';

import { algorithmIdentifier, Asn1Error, octets, parseDer, sequence } from './asn1.js';
import type { KeyItem } from './decodeInput.js';

export type { KeyItem };
import { materialError, summarizeCause } from './materialError.js';
import { assertMlDsaLoadable } from './mlDsa.js';
import { OID, PKCS12_PBE_OIDS } from './oids.js';
import { DerivationBudget } from './derivationBudget.js';
import {
  chargePbes2,
  describeEncryption,
  parsePbes2,
  pbeDecrypt,
  PbeError,
} from './passwordBasedEncryption.js';
import { bmpPassword } from './pkcs12Kdf.js';

/**
 * Turns one private-key item into a KeyObject. Unencrypted and PBES2-encrypted PKCS#8 keys go to
 * OpenSSL through node:crypto; keys under the PKCS#12 PBE schemes (openssl pkcs8 -v1 PBE-SHA1-*)
 * are decrypted here because OpenSSL needs its legacy provider for some of them.
 */
export interface KeyContext {
  readonly input: string;
  readonly passphraseInput: string;
}

export interface LoadedKey {
  readonly key: KeyObject;
  /** Which passphrase opened the key: none needed, as given, or with trailing newlines removed. */
  readonly passphrase: 'none' | 'given' | 'trimmed';
}

const FORMAT_NAMES = { pkcs1: 'PKCS#1 RSA', sec1: 'SEC1 EC', pkcs8: 'PKCS#8' } as const;

export function loadPrivateKey(
  item: KeyItem,
  passphrase: string | undefined,
  context: KeyContext,
): LoadedKey {
  switch (item.kind) {
    case 'private-key':
      return { key: plainKey(item.der, item.format, context), passphrase: 'none' };
    case 'unsupported-key':
      throw unsupportedFormat(item.description, context);
    case 'encrypted-private-key':
      return withPassphrase(passphrase, 'encrypted PKCS#8', context, (candidate) =>
        encryptedPkcs8(item.der, candidate, context),
      );
    case 'legacy-encrypted-key':
      return withPassphrase(passphrase, `encrypted PEM (${item.cipher})`, context, (candidate) =>
        legacyPem(item.pem, item.cipher, candidate, context),
      );
  }
}

function plainKey(
  der: Uint8Array,
  format: keyof typeof FORMAT_NAMES,
  context: KeyContext,
): KeyObject {
  try {
    return createPrivateKey({ key: Buffer.from(der), format: 'der', type: format });
  } catch (error) {
    if (format === 'pkcs8') assertMlDsaLoadable(der, context.input);
    throw materialError(
      'ERR_KEY_INVALID',
      context.input,
      `${context.input} holds a ${FORMAT_NAMES[format]} private key that cannot be read ` +
        `(${summarizeCause(error)}); export the key again as PEM.`,
      error,
    );
  }
}

/** Thrown by a decryption attempt when the passphrase, not the key, is the problem. */
class WrongPassphrase extends Error {
  override readonly name = 'WrongPassphrase';
}

/**
 * Tries the passphrase as given, then without trailing line breaks: secrets pasted from a file
 * often carry its final newline, and the user cannot see it.
 */
function withPassphrase(
  passphrase: string | undefined,
  what: string,
  context: KeyContext,
  open: (candidate: string) => KeyObject,
): LoadedKey {
  if (passphrase === undefined || passphrase === '') {
    throw materialError(
      'ERR_PASSPHRASE_REQUIRED',
      context.passphraseInput,
      `${context.input} is an ${what} key but ${context.passphraseInput} is not set; ` +
        `set ${context.passphraseInput} to the key's passphrase.`,
    );
  }
  const trimmed = passphrase.replace(/[\r\n]+$/, '');
  const attempts: Array<[string, LoadedKey['passphrase']]> = [[passphrase, 'given']];
  if (trimmed !== passphrase && trimmed !== '') attempts.push([trimmed, 'trimmed']);
  for (const [candidate, used] of attempts) {
    try {
      return { key: open(candidate), passphrase: used };
    } catch (error) {
      if (!(error instanceof WrongPassphrase)) throw error;
    }
  }
  throw materialError(
    'ERR_PASSPHRASE_WRONG',
    context.passphraseInput,
    `${context.passphraseInput} does not decrypt ${context.input} (${what}); ` +
      `check the passphrase, including any trailing space.`,
  );
}

function encryptedPkcs8(der: Uint8Array, passphrase: string, context: KeyContext): KeyObject {
  let algorithm;
  try {
    const [algorithmNode, dataNode] = sequence(parseDer(der, 'EncryptedPrivateKeyInfo'), 'key');
    algorithm = algorithmIdentifier(algorithmNode, 'key encryption');
    octets(dataNode, 'encrypted key');
  } catch (error) {
    if (!(error instanceof Asn1Error)) throw error;
    throw invalidEncryptedKey(context, error.message);
  }
  if (algorithm.oid === OID.pbes2) {
    try {
      // OpenSSL runs the derivation itself: the budget is charged from the parameters first.
      chargePbes2(parsePbes2(algorithm.parameters), new DerivationBudget());
    } catch (error) {
      throw pbeProblem(error, describeEncryption(algorithm), context);
    }
    try {
      return createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8', passphrase });
    } catch {
      assertMlDsaLoadable(decryptQuietly(der, algorithm, passphrase), context.input);
      // The scheme is one OpenSSL runs, so a failure here is a wrong passphrase.
      throw new WrongPassphrase();
    }
  }
  if (PKCS12_PBE_OIDS[algorithm.oid] !== undefined) {
    let plain: Buffer;
    try {
      const [, dataNode] = sequence(parseDer(der, 'EncryptedPrivateKeyInfo'), 'key');
      plain = pbeDecrypt(algorithm, octets(dataNode, 'encrypted key'), {
        bmp: bmpPassword(passphrase),
        utf8: Buffer.from(passphrase, 'utf8'),
        budget: new DerivationBudget(),
      });
    } catch (error) {
      if (error instanceof PbeError && error.reason === 'bad-decrypt') throw new WrongPassphrase();
      throw pbeProblem(error, describeEncryption(algorithm), context);
    }
    try {
      return createPrivateKey({ key: plain, format: 'der', type: 'pkcs8' });
    } catch {
      assertMlDsaLoadable(plain, context.input);
      throw new WrongPassphrase();
    }
  }
  throw unsupportedEncryption(describeEncryption(algorithm), context);
}

/**
 * Decrypts a PBES2 key with this module's own code, only to learn what OpenSSL refused: a key
 * type this Node lacks (ML-DSA before Node 24) rather than a wrong passphrase. Empty on failure.
 */
function decryptQuietly(
  der: Uint8Array,
  algorithm: ReturnType<typeof algorithmIdentifier>,
  passphrase: string,
): Uint8Array {
  try {
    const [, dataNode] = sequence(parseDer(der, 'EncryptedPrivateKeyInfo'), 'key');
    return pbeDecrypt(algorithm, octets(dataNode, 'encrypted key'), {
      bmp: bmpPassword(passphrase),
      utf8: Buffer.from(passphrase, 'utf8'),
      budget: new DerivationBudget(),
    });
  } catch {
    return new Uint8Array(0);
  }
}

function legacyPem(
  pem: string,
  cipher: string,
  passphrase: string,
  context: KeyContext,
): KeyObject {
  if (!getCiphers().includes(cipher.toLowerCase())) {
    throw unsupportedEncryption(
      `traditional PEM encryption with ${cipher || 'an unnamed cipher'}`,
      context,
    );
  }
  try {
    return createPrivateKey({ key: pem, format: 'pem', passphrase });
  } catch {
    throw new WrongPassphrase();
  }
}

function pbeProblem(error: unknown, description: string, context: KeyContext): Error {
  if (error instanceof PbeError && error.reason === 'too-costly') {
    return materialError(
      'ERR_INPUT_TOO_LARGE',
      context.input,
      `${context.input} is an encrypted key that asks for too much key-derivation work: ${error.message} per key. ` +
        `Encrypt it again, e.g. openssl pkcs8 -topk8 -v2 aes-256-cbc (2,048 iterations by default).`,
    );
  }
  if (error instanceof PbeError && error.reason === 'unsupported') {
    return unsupportedEncryption(`${description}: ${error.message}`, context);
  }
  if (error instanceof PbeError || error instanceof Asn1Error) {
    return invalidEncryptedKey(context, error.message);
  }
  return error instanceof Error ? error : new Error(String(error));
}

function invalidEncryptedKey(context: KeyContext, reason: string): Error {
  return materialError(
    'ERR_KEY_INVALID',
    context.input,
    `${context.input} is an encrypted PKCS#8 key that cannot be read (${reason}); ` +
      `export the key again as PEM.`,
  );
}

function unsupportedEncryption(description: string, context: KeyContext): Error {
  return materialError(
    'ERR_KEY_UNSUPPORTED',
    context.input,
    `${context.input} is encrypted with ${description}, which is not supported; re-encrypt it ` +
      `with openssl pkcs8 -topk8 -v2 aes-256-cbc -in key.pem -out key-encrypted.pem.`,
  );
}

function unsupportedFormat(description: string, context: KeyContext): Error {
  const advice = description.includes('OpenSSH')
    ? 'convert it with ssh-keygen -p -m PKCS8 -f <key file> (rewrites the file in place)'
    : 'Roles Anywhere signs with RSA (2048 bits or more) or EC P-256/P-384 keys';
  return materialError(
    'ERR_KEY_UNSUPPORTED',
    context.input,
    `${context.input} holds ${description}, which is not supported; ${advice}.`,
  );
}
