import { isPkcs11Uri, parsePkcs11Uri, type Pkcs11Uri } from '../../core/pkcs11/uri.js';
import { openTokenKey, type TokenKey } from '../../pkcs11/tokenKey.js';
import { resolveModulePath } from '../../pkcs11/tokenOptions.js';
import { readSecretFile } from '../../files/secretFile.js';
import type { CliIo } from '../io.js';
import { createStdinReader, readSource } from './readSource.js';

/** The flags of the helper's PKCS#11 support, shared by every credential-vending command. */
export const PKCS11_OPTIONS = {
  'pkcs11-lib': {
    type: 'string',
    value: '<file>',
    description:
      'PKCS#11 module for pkcs11: URIs in --certificate/--private-key (default: p11-kit-proxy.so where present). Needs the optional package pkcs11js.',
  },
  'reuse-pin': {
    type: 'boolean',
    description:
      'Log in again with the same PIN for a token key that asks for it on every signature (CKA_ALWAYS_AUTHENTICATE).',
  },
} as const;

export interface TokenFlags {
  readonly certificate: string | undefined;
  readonly 'private-key': string | undefined;
  readonly 'pkcs11-lib'?: string | undefined;
  readonly 'reuse-pin'?: boolean | undefined;
}

/** The flag holding the key's pkcs11: URI, if the key is on a token. */
export function tokenKeyFlag(flags: TokenFlags): '--private-key' | '--certificate' | undefined {
  const key = flags['private-key'];
  if (key !== undefined) return isPkcs11Uri(key) ? '--private-key' : undefined;
  // As with the helper, a pkcs11: certificate without --private-key names the key's token too.
  return flags.certificate !== undefined && isPkcs11Uri(flags.certificate)
    ? '--certificate'
    : undefined;
}

export async function openToken(flags: TokenFlags, io: CliIo): Promise<TokenKey> {
  const input = tokenKeyFlag(flags) ?? '--private-key';
  const keyText = input === '--private-key' ? flags['private-key'] : flags.certificate;
  const keyUri = parsePkcs11Uri(keyText ?? '', input);
  const certificateUri =
    flags.certificate !== undefined && isPkcs11Uri(flags.certificate)
      ? parsePkcs11Uri(flags.certificate, '--certificate')
      : undefined;
  const module = resolveModulePath(flags['pkcs11-lib'] ?? keyUri.modulePath, '--pkcs11-lib');
  const pin = await readPin(keyUri, input, io);
  return openTokenKey({
    keyUri,
    certificateUri,
    modulePath: module,
    pin,
    reusePin: flags['reuse-pin'] === true,
    input,
  });
}

/** pin-source=env:NAME, file:/path or a path; the PIN never comes from argv. */
async function readPin(uri: Pkcs11Uri, input: string, io: CliIo): Promise<string | undefined> {
  if (uri.pinSource === undefined) return undefined;
  const where = uri.pinSource.replace(/^file:(\/\/)?/, '');
  const flag = `${input} pin-source`;
  const content =
    where.startsWith('env:') || where === '-'
      ? (await readSource(where, flag, io, createStdinReader(io))).content
      : readSecretFile(where, { input: flag, holds: 'PIN', showPath: false, maxBytes: 4096 });
  const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  const pin = text.replace(/[\r\n]+$/, '');
  if (pin !== '') io.secrets.add(pin);
  return pin;
}
