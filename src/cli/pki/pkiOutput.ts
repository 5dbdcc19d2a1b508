import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { RolesAnywhereError } from '../../core/errors.js';

/**
 * PKCS#8 PEM, encrypted when a passphrase is given. Node (OpenSSL 3) writes PBES2 with
 * PBKDF2-HMAC-SHA256 and AES-256-CBC for this cipher, which every OpenSSL and the AWS helper read.
 */
export function exportKey(key: KeyObject, passphrase: string | undefined): string {
  return passphrase === undefined
    ? key.export({ type: 'pkcs8', format: 'pem' }).toString()
    : key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }).toString();
}

/** A base name for output files: letters, digits, dot, dash and underscore only. */
export function fileBase(value: string, flag: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value)) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `${flag} "${value.slice(0, 100)}" is not a plain file name; use letters, digits, dot, dash and underscore.`,
      { input: flag },
    );
  }
  return value;
}

export function outputPath(dir: string | undefined, name: string): string {
  return join(dir ?? '.', name);
}

export const DAY_MS = 86_400_000;
/** Certificates start a few minutes in the past, so a runner whose clock is slightly behind accepts them. */
export const BACKDATE_MS = 5 * 60_000;
