import { existsSync, statSync } from 'node:fs';

import { RolesAnywhereError } from '../core/errors.js';

// Where distributions install p11-kit's proxy, which forwards to every module p11-kit knows.
const P11_KIT_PROXY = [
  '/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so',
  '/usr/lib/aarch64-linux-gnu/p11-kit-proxy.so',
  '/usr/lib64/p11-kit-proxy.so',
  '/usr/lib/p11-kit-proxy.so',
  '/usr/local/lib/p11-kit-proxy.so',
  '/opt/homebrew/lib/p11-kit-proxy.dylib',
];

/**
 * The PKCS#11 module to load: the one given (flag or the URI's module-path), else p11-kit's proxy
 * where installed. `input` names where a path came from, for messages.
 */
export function resolveModulePath(given: string | undefined, input: string): string {
  const path = given ?? P11_KIT_PROXY.find((candidate) => existsSync(candidate));
  if (path === undefined) {
    throw new RolesAnywhereError(
      'ERR_PKCS11_UNAVAILABLE',
      `No PKCS#11 module to load: p11-kit-proxy.so is not installed; give ${input} with ` +
        `the token's module (e.g. /usr/lib/softhsm/libsofthsm2.so).`,
      { input },
    );
  }
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new RolesAnywhereError(
      'ERR_PKCS11_UNAVAILABLE',
      `${input} ${path} does not exist; give the path of the token's PKCS#11 module.`,
      { input },
    );
  }
  // Loading a module runs its code: one that another local user could have replaced is refused.
  if (!stat.isFile() || (stat.mode & 0o022) !== 0) {
    throw new RolesAnywhereError(
      'ERR_FILE_UNSAFE',
      `${input} ${path} is ${stat.isFile() ? 'writable by group or others' : 'not a regular file'}; ` +
        `a PKCS#11 module runs inside this process, so it must be writable by its owner only.`,
      { input },
    );
  }
  return path;
}
