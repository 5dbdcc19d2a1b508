import { isPkcs11Uri, parsePkcs11Uri, type Pkcs11Uri } from '../../core/pkcs11/uri.js';
import { tokenKeyFlag, type TokenFlags } from './tokenFlags.js';
import { openTokenKey, type TokenKey } from '../../pkcs11/tokenKey.js';
import { resolveModulePath } from '../../pkcs11/tokenOptions.js';
import { readSecretFile } from '../../files/secretFile.js';
import type { CliIo } from '../io.js';
import { createStdinReader, readSource } from './readSource.js';

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
