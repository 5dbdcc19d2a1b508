/**
 * The flags the `pki` commands share, each read into a checked value with one clear line when it
 * is wrong: key type, validity, subject, passphrases (never from argv) and the CA to sign with.
 */
import type { X509Certificate } from 'node:crypto';
import { type KeyObject } from 'node:crypto';
import { RolesAnywhereError } from '../../core/errors.js';
import { decodeInput, isKeyItem, loadPrivateKey } from '../../core/material/index.js';
import type { PkiKeyType } from '../../emulator/pki.js';
import { parseDistinguishedName } from '../../emulator/pkiEncoding.js';
import type { CliIo } from '../io.js';
import { certificateFacts, readCertificateList } from '../inputs/materialInspect.js';
import { rememberKeyLines } from '../inputs/sessionInputs.js';
import { createStdinReader, readSource } from '../inputs/readSource.js';

export const KEY_TYPES = ['ec-p256', 'ec-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'] as const;
export type KeyTypeName = (typeof KEY_TYPES)[number];

export interface KeyChoice {
  readonly keyType: PkiKeyType;
  readonly rsaBits?: number;
  readonly name: KeyTypeName;
}

export function parseKeyType(value: string | undefined): KeyChoice {
  const name = value ?? 'ec-p256';
  if (!(KEY_TYPES as readonly string[]).includes(name)) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `--key-type "${name}" is not a key type this tool makes; choose one of ${KEY_TYPES.join(', ')} (Roles Anywhere signs with RSA 2048 to 4096 or EC P-256/P-384).`,
      { input: '--key-type' },
    );
  }
  const typed = name as KeyTypeName;
  if (typed.startsWith('rsa-'))
    return { keyType: 'rsa', rsaBits: Number(typed.slice(4)), name: typed };
  return { keyType: typed as 'ec-p256' | 'ec-p384', name: typed };
}

export function parseDays(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1 || days > max) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `--days must be a whole number of days from 1 to ${max}, got "${value}".`,
      { input: '--days' },
    );
  }
  return days;
}

export function checkSubject(value: string | undefined): string {
  if (value === undefined || value.trim() === '') {
    throw new RolesAnywhereError(
      'ERR_INPUT_MISSING',
      '--subject is required: a distinguished name such as "CN=ci-deployer, O=Example".',
      { input: '--subject' },
    );
  }
  try {
    parseDistinguishedName(value);
  } catch {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `--subject "${value.slice(0, 200)}" is not a distinguished name this tool writes; use comma-separated CN=, O=, OU=, C=, L=, ST= parts, e.g. "CN=ci-deployer, O=Example".`,
      { input: '--subject' },
    );
  }
  if (!/(^|,)\s*CN\s*=/i.test(value)) {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `--subject "${value.slice(0, 200)}" has no CN; Roles Anywhere sets the session's source identity from the subject CN, e.g. "CN=ci-deployer".`,
      { input: '--subject' },
    );
  }
  return value;
}

/** Comma-separated values of a list flag, empty entries dropped. */
export function listFlag(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * A passphrase from env:NAME or - (stdin, one trailing newline removed), never from argv, where
 * other local users could read it. Remembered as a secret so no message can print it.
 */
export async function readPassphraseSource(
  value: string | undefined,
  flag: string,
  io: CliIo,
  isNew = false,
): Promise<string | undefined> {
  if (value === undefined) return undefined;
  if (value !== '-' && !value.startsWith('env:')) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `${flag} takes env:NAME or - (stdin), never the passphrase itself, which other processes could read from argv.`,
      { input: flag },
    );
  }
  const source = await readSource(value, flag, io, createStdinReader(io));
  const text = (
    typeof source.content === 'string'
      ? source.content
      : Buffer.from(source.content).toString('utf8')
  ).replace(/\r?\n$/, '');
  io.secrets.add(text);
  if (isNew && Array.from(text).length < 8) {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `${flag} (${source.where}) is shorter than 8 characters; a key deserves a passphrase of 8 characters or more.`,
      { input: flag },
    );
  }
  return text;
}

export interface LoadedCa {
  readonly certificateDer: Buffer;
  readonly certificatePem: string;
  readonly privateKey: KeyObject;
  readonly subject: string;
}

/** The CA certificate and its key, checked to be a CA that may sign and to belong together. */
export async function readCa(
  options: {
    readonly 'ca-cert'?: string | undefined;
    readonly 'ca-key'?: string | undefined;
    readonly 'ca-passphrase'?: string | undefined;
  },
  io: CliIo,
): Promise<LoadedCa> {
  const certFlag = options['ca-cert'];
  const keyFlag = options['ca-key'];
  if (certFlag === undefined || keyFlag === undefined) {
    throw new RolesAnywhereError(
      'ERR_INPUT_MISSING',
      `${certFlag === undefined ? '--ca-cert' : '--ca-key'} is required: the CA certificate and key that \`pki ca\` wrote (ca.pem and ca.key).`,
      { input: certFlag === undefined ? '--ca-cert' : '--ca-key' },
    );
  }
  const stdin = createStdinReader(io);
  const certSource = await readSource(certFlag, '--ca-cert', io, stdin);
  const [certificate] = readCertificateList(certSource.content, '--ca-cert');
  if (certificate === undefined) throw new Error('readCertificateList returned no certificate');
  const facts = certificateFacts(certificate);
  if (!facts.isCA || (facts.keyUsage !== undefined && !facts.keyUsage.includes('keyCertSign'))) {
    throw new RolesAnywhereError(
      'ERR_CERT_INVALID',
      `--ca-cert ${certSource.where} (subject ${facts.subject}) is not a CA certificate that may sign certificates (it needs basicConstraints CA:TRUE and keyUsage keyCertSign); give the CA certificate from \`pki ca\`.`,
      { input: '--ca-cert' },
    );
  }
  const key = await readCaKey(keyFlag, options['ca-passphrase'], io);
  if (!safeCheck(certificate, key.value)) {
    throw new RolesAnywhereError(
      'ERR_KEY_MISMATCH',
      `--ca-key ${key.where} does not belong to --ca-cert ${certSource.where} (subject ${facts.subject}); give the key written with that certificate.`,
      { input: '--ca-key' },
    );
  }
  return {
    certificateDer: Buffer.from(certificate.raw),
    certificatePem: certificate.toString(),
    privateKey: key.value,
    subject: facts.subject,
  };
}

/** The CA key, decrypted with --ca-passphrase when it is encrypted. */
async function readCaKey(
  flag: string,
  passphraseFlag: string | undefined,
  io: CliIo,
): Promise<{ value: KeyObject; where: string }> {
  const source = await readSource(flag, '--ca-key', io, createStdinReader(io));
  rememberKeyLines(source.content, io);
  const passphrase = await readPassphraseSource(passphraseFlag, '--ca-passphrase', io);
  const decoded = decodeInput(source.content, {
    input: '--ca-key',
    expected: 'private key',
    role: 'private-key',
  });
  const items = decoded.items.filter(isKeyItem);
  const [item] = items;
  if (item === undefined || items.length > 1) {
    throw new RolesAnywhereError(
      'ERR_KEY_INVALID',
      `--ca-key ${source.where} holds ${item === undefined ? 'no private key' : `${items.length} private keys`}; give the CA key that \`pki ca\` wrote.`,
      { input: '--ca-key' },
    );
  }
  const { key } = loadPrivateKey(item, passphrase, {
    input: '--ca-key',
    passphraseInput: '--ca-passphrase',
  });
  return { value: key, where: source.where };
}

function safeCheck(certificate: X509Certificate, key: KeyObject): boolean {
  try {
    return certificate.checkPrivateKey(key);
  } catch {
    return false;
  }
}

/** `0x…` hex as openssl prints serials, or with colons (`1a:2b:…`), or decimal. */
export function parseSerial(text: string): bigint | undefined {
  const value = text.trim();
  if (/^0x[0-9a-f]+$/i.test(value)) return BigInt(value);
  if (/^[0-9a-f]{2}(:[0-9a-f]{2})+$/i.test(value)) return BigInt(`0x${value.replace(/:/g, '')}`);
  if (/^\d+$/.test(value)) return BigInt(value);
  return undefined;
}

export function serialHex(serial: bigint): string {
  return `0x${serial.toString(16)}`;
}
