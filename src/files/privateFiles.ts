import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RolesAnywhereError } from '../core/errors.js';
import { NOFOLLOW, NONBLOCK } from './openFlags.js';

/** Owned by us (where uids exist) and readable by nobody else. */
export function isPrivate(stats: Stats, allowGroupRead = false): boolean {
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid) return false;
  if (process.platform === 'win32') return true;
  return (stats.mode & (allowGroupRead ? 0o022 : 0o077)) === 0;
}

/**
 * Writes `data` to `path` atomically: a fresh temp file in the same directory (O_EXCL and
 * O_NOFOLLOW, so nothing planted there is followed), fsync, then rename over the target. A reader
 * sees the old file or the new one, never half of one; a symlink at `path` is replaced, not
 * followed. Without `fsync`, a crash may leave the new file empty or short: only for files whose
 * reader refuses such a file and loses nothing by it.
 */
export function writePrivateFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { readonly fsync: boolean } = { fsync: true },
): void {
  const temp = writeTempBeside(path, data, options);
  try {
    renameSync(temp, path);
  } catch (error) {
    removeFileQuietly(temp);
    throw error;
  }
}

/** Creates `path` for writing, 0600, with O_EXCL and O_NOFOLLOW: nothing there is overwritten or followed. */
export function openNewPrivateFile(path: string): number {
  return openSync(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW,
    0o600,
  );
}

/** Writes `data` whole to `fd`, syncs it when asked, and closes it, also when a write fails. */
export function writeWholeAndClose(
  fd: number,
  data: string | Uint8Array,
  options: { readonly fsync: boolean },
): void {
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    if (options.fsync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `data` whole to a fresh private temp file beside `path` (see openNewPrivateFile) and
 * returns its path; on failure it leaves nothing behind. The caller renames or links it into
 * place, and removes it when that fails.
 */
export function writeTempBeside(
  path: string,
  data: string | Uint8Array,
  options: { readonly fsync: boolean },
): string {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const fd = openNewPrivateFile(temp);
  try {
    writeWholeAndClose(fd, data, options);
  } catch (error) {
    removeFileQuietly(temp);
    throw error;
  }
  return temp;
}

export type PrivateRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'unsafe'; readonly why: string }
  | { readonly kind: 'ok'; readonly content: Buffer };

/** Reads a file only if it is a regular file of ours, not a symlink, and private (0600). */
export function readPrivateFile(path: string, maxBytes = 64 * 1024): PrivateRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO planted here would otherwise wait forever for a writer.
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ELOOP' || code === 'EMLINK') return { kind: 'unsafe', why: 'it is a symlink' };
    if (code === 'EACCES' || code === 'EPERM')
      return { kind: 'unsafe', why: 'it is not readable by this user (another owner?)' };
    if (code === 'ENXIO') return { kind: 'unsafe', why: 'it is not a regular file' };
    throw new RolesAnywhereError('ERR_FILE', `Cannot read ${path} (${code ?? 'error'}).`, {
      cause: error,
    });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'unsafe', why: 'it is not a regular file' };
    if (process.platform === 'win32' && lstatSync(path).isSymbolicLink())
      return { kind: 'unsafe', why: 'it is a symlink' };
    if (!isPrivate(stats))
      return {
        kind: 'unsafe',
        why: `its owner or mode (${(stats.mode & 0o777).toString(8)}) lets others read or change it`,
      };
    if (stats.size > maxBytes)
      return { kind: 'unsafe', why: `it is larger than ${maxBytes} bytes` };
    const buffer = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < buffer.length) {
      const n = readSync(fd, buffer, offset, buffer.length - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return { kind: 'ok', content: buffer.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}

/** Removes a file if it is there; a file already gone is not an error. */
export function removeFileQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** writePrivateFileAtomic for a file the user named with `input`: a failure is one clear line. */
export function writeNamedPrivateFile(
  input: string,
  path: string,
  data: string | Uint8Array,
): void {
  try {
    writePrivateFileAtomic(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why =
      code === 'EISDIR'
        ? 'it is a directory'
        : code === 'ENOENT'
          ? 'its directory does not exist'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code;
    throw new RolesAnywhereError('ERR_FILE', `${input} ${path}: cannot write it (${why}).`, {
      input,
      cause: error,
    });
  }
}
