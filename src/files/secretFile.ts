import { RolesAnywhereError } from '../core/errors.js';
import { readPrivateFile } from './privateFiles.js';

export interface SecretFileOptions {
  /** The input that named the file, for the message. */
  readonly input: string;
  /** What the file holds, for the message ("token", "PIN"). */
  readonly holds: string;
  /**
   * Whether the path may be quoted. A value given where a file belongs may itself be the
   * secret (`pin-source=1234`), so such inputs say only that no file was found.
   */
  readonly showPath: boolean;
  readonly maxBytes: number;
}

/**
 * A secret (a serve token, a PKCS#11 PIN) read from a file: only a regular file of this user,
 * not a symlink, that no one else can read or write. A file another local user could have
 * written holds a value they know: trusting it would hand them what the secret guards.
 */
export function readSecretFile(path: string, options: SecretFileOptions): Buffer {
  const shown = options.showPath ? ` ${path}` : '';
  const read = readPrivateFile(path, options.maxBytes);
  if (read.kind === 'ok') return read.content;
  if (read.kind === 'missing')
    throw new RolesAnywhereError(
      'ERR_FILE',
      `${options.input}: the ${options.holds} file${options.showPath ? shown : ' it names (not shown: it may be the secret itself)'} does not exist; give the path of a ${options.holds} file or env:NAME.`,
      { input: options.input },
    );
  throw new RolesAnywhereError(
    'ERR_FILE_UNSAFE',
    `${options.input}: refusing the ${options.holds} file${shown}: ${read.why}. It must be a regular file of this user that no one else can read or write (chmod 600), not a symlink.`,
    { input: options.input },
  );
}
