import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { RolesAnywhereError } from '../core/errors.js';
import { withLockSync } from './lockFile.js';
import { NOFOLLOW, NONBLOCK } from './openFlags.js';
import { writePrivateFileAtomic } from './privateFiles.js';

/** AWS_SHARED_CREDENTIALS_FILE (with ~ expanded, as botocore does) or ~/.aws/credentials. */
export function sharedCredentialsPath(
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  const configured = env['AWS_SHARED_CREDENTIALS_FILE'];
  if (configured === undefined || configured.trim() === '')
    return join(home, '.aws', 'credentials');
  return configured.replace(/^~(?=$|[/\\])/, home);
}

function unsafe(path: string, why: string): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_FILE_UNSAFE',
    `Refusing to write the credentials file ${path}: ${why}.`,
    { input: 'AWS_SHARED_CREDENTIALS_FILE' },
  );
}

/** The current content ('' when absent); never follows a symlink, never reads another user's file. */
export function readSharedCredentials(path: string): string {
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw new RolesAnywhereError(
      'ERR_FILE',
      `Cannot inspect ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      { cause: error },
    );
  }
  if (stats.isSymbolicLink())
    throw unsafe(path, 'it is a symlink (point AWS_SHARED_CREDENTIALS_FILE at the real file)');
  if (!stats.isFile()) throw unsafe(path, 'it is not a regular file');
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid)
    throw unsafe(path, `it belongs to uid ${stats.uid}, not to us`);
  const fd = openSync(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw unsafe(path, 'it changed while being read');
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Replaces the file atomically with a 0600 one; its directory is created 0700 if missing. */
export function writeSharedCredentials(path: string, content: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writePrivateFileAtomic(path, content);
  } catch (error) {
    if (error instanceof RolesAnywhereError) throw error;
    throw new RolesAnywhereError(
      'ERR_FILE',
      `Cannot write the credentials file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      { cause: error },
    );
  }
}

/**
 * Reads, edits and replaces the file under an exclusive lock (`<file>.lock` beside it), so that
 * concurrent writers (several `update` runs, a job's Action steps) never lose each other's
 * profiles: without it, two read-modify-write cycles that overlap keep only the later one. With
 * `removeWhenBlank`, an edit that leaves nothing removes the file.
 */
export function editSharedCredentials(
  path: string,
  edit: (content: string) => string,
  options: { readonly removeWhenBlank?: boolean } = {},
): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new RolesAnywhereError(
      'ERR_FILE',
      `Cannot create the directory of the credentials file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      { cause: error },
    );
  }
  const busy = (lockPath: string): RolesAnywhereError =>
    new RolesAnywhereError(
      'ERR_FILE',
      `Cannot edit the credentials file ${path}: another process has held ${lockPath} for over ${LOCK_WAIT_MS / 1000} s. If none is running, remove ${lockPath}.`,
      { input: 'AWS_SHARED_CREDENTIALS_FILE' },
    );
  const foreign = (lockPath: string, why: string): RolesAnywhereError =>
    new RolesAnywhereError(
      'ERR_FILE_UNSAFE',
      `Refusing to edit the credentials file ${path}: its lock ${lockPath} is not this user's lock file (${why}). Keep the credentials file in a directory only you can write to, or remove ${lockPath} if you trust it.`,
      { input: 'AWS_SHARED_CREDENTIALS_FILE' },
    );
  const lockOptions = { staleMs: LOCK_STALE_MS, maxWaitMs: LOCK_WAIT_MS, busy, foreign };
  try {
    withLockSync(`${path}.lock`, lockOptions, () => {
      const content = edit(readSharedCredentials(path));
      if (options.removeWhenBlank === true && content.trim() === '') unlinkSync(path);
      else writeSharedCredentials(path, content);
    });
  } catch (error) {
    if (error instanceof RolesAnywhereError) throw error;
    throw new RolesAnywhereError(
      'ERR_FILE',
      `Cannot lock the credentials file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
      { cause: error },
    );
  }
}

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 15_000;
