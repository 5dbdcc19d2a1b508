import { existsSync, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';

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
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new RolesAnywhereError(
      'ERR_PKCS11_UNAVAILABLE',
      `${input} ${path} does not exist; give the path of the token's PKCS#11 module.`,
      { input },
    );
  }
  // Loading a module runs its code: one that another local user could replace, or whose
  // directory (or a symlink's directory on the way) they could swap, is refused.
  const why = unsafeToLoad(real) ?? unsafeDirectories(dirname(resolve(path)));
  if (why !== undefined) {
    throw new RolesAnywhereError(
      'ERR_FILE_UNSAFE',
      `${input} ${path}: ${why}; a PKCS#11 module runs inside this process, so it and every directory above it must belong to root or to this user and be writable by their owner only.`,
      { input },
    );
  }
  return path;
}

/** Owned by root or by this user, and writable by nobody else. */
function trusted(stats: Stats): boolean {
  const uid = process.getuid?.();
  const ownerOk = uid === undefined || stats.uid === 0 || stats.uid === uid;
  return ownerOk && (stats.mode & 0o022) === 0;
}

function ownership(stats: Stats): string {
  return `owner uid ${stats.uid}, mode ${(stats.mode & 0o7777).toString(8)}`;
}

/** Why the resolved module file, or a directory above it, could be changed by another user. */
function unsafeToLoad(real: string): string | undefined {
  const stats = statSync(real);
  if (!stats.isFile()) return `${real} is not a regular file`;
  if (!trusted(stats)) return `${real} could be replaced by another user (${ownership(stats)})`;
  return unsafeDirectories(dirname(real));
}

/** The first directory from `dir` up to / that another user could write to. */
function unsafeDirectories(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const stats = lstatSync(current);
    // A symlinked directory on the way is judged by its own directory, which the loop reaches.
    if (!stats.isSymbolicLink() && !trusted(stats))
      return `the directory ${current} is writable by another user (${ownership(stats)})`;
    if (dirname(current) === current) return undefined;
  }
}
