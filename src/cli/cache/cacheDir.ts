import { chmodSync, lstatSync, mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { PRODUCT } from '../../version.js';
import { isPrivate } from '../../files/privateFiles.js';

export interface CacheDirChoice {
  readonly dir: string;
  /** What chose it, for `--debug`. */
  readonly source: string;
}

/** --cache-dir, RAC_CACHE_DIR, $XDG_CACHE_HOME/<product>, ~/.cache/<product>. */
export function chooseCacheDir(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): CacheDirChoice {
  if (flag !== undefined && flag.trim() !== '') return { dir: flag, source: '--cache-dir' };
  const override = env['RAC_CACHE_DIR'];
  if (override !== undefined && override.trim() !== '')
    return { dir: override, source: 'RAC_CACHE_DIR' };
  const xdg = env['XDG_CACHE_HOME'];
  // The XDG spec says to ignore a relative XDG_CACHE_HOME.
  if (xdg !== undefined && isAbsolute(xdg))
    return { dir: join(xdg, PRODUCT), source: 'XDG_CACHE_HOME' };
  return { dir: join(home, '.cache', PRODUCT), source: '~/.cache' };
}

/**
 * Makes the directory 0700 if it is new and checks it otherwise. A symlink or a directory of
 * another user is refused (the cache is then skipped); our own directory with loose bits is
 * tightened to 0700. Returns why it was refused, or undefined when it is fit to use.
 */
export function prepareCacheDir(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    return `cannot create it (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  const stats = lstatSync(dir);
  if (stats.isSymbolicLink()) return 'it is a symlink';
  if (!stats.isDirectory()) return 'it is not a directory';
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid)
    return `it belongs to uid ${stats.uid}, not to us (uid ${uid})`;
  if (!isPrivate(stats)) chmodSync(dir, 0o700);
  return undefined;
}
