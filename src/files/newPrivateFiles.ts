import { closeSync, constants, fsyncSync, lstatSync, openSync, writeSync } from 'node:fs';
import { RolesAnywhereError } from '../core/errors.js';
import { NOFOLLOW } from './openFlags.js';
import { removeFileQuietly } from './privateFiles.js';

export interface NewFile {
  readonly path: string;
  readonly data: string | Uint8Array;
}

function refuse(input: string, path: string, why: string, cause?: unknown): RolesAnywhereError {
  return new RolesAnywhereError('ERR_FILE', `${input} ${path}: ${why}.`, { input, cause });
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates each file 0600 with O_CREAT|O_EXCL|O_NOFOLLOW, so nothing already there (a file, a
 * planted symlink) is overwritten or followed. Every path is checked before the first is written,
 * and files written before a failure are removed, so a refusal leaves no half set behind.
 */
export function writeNewPrivateFiles(input: string, files: readonly NewFile[]): void {
  for (const file of files) {
    if (exists(file.path)) {
      throw refuse(
        input,
        file.path,
        'already exists; choose another path or move it away first (it is never overwritten)',
      );
    }
  }
  const written: string[] = [];
  try {
    for (const file of files) {
      writeOne(input, file);
      written.push(file.path);
    }
  } catch (error) {
    for (const path of written) removeFileQuietly(path);
    throw error;
  }
}

function writeOne(input: string, file: NewFile): void {
  let fd: number;
  try {
    fd = openSync(
      file.path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW,
      0o600,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why =
      code === 'EEXIST'
        ? 'already exists; choose another path or move it away first (it is never overwritten)'
        : code === 'ENOENT'
          ? 'its directory does not exist'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : `cannot create it (${code})`;
    throw refuse(input, file.path, why, error);
  }
  try {
    const bytes = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeFileQuietly(file.path);
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw refuse(input, file.path, `cannot write it (${code})`, error);
  }
  closeSync(fd);
}
