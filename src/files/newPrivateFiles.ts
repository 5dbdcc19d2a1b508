import { lstatSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { RolesAnywhereError } from '../core/errors.js';
import { openNewPrivateFile, removeFileQuietly, writeWholeAndClose } from './privateFiles.js';

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
 * Why `dir` is no place for new private files, or undefined when it is: O_EXCL|O_NOFOLLOW guard
 * the last component only, so the directory itself must be a real one that no other user can
 * write to. A sticky world-writable directory (/tmp) still lets others plant files beside ours.
 */
function unsafeDirectory(dir: string): string | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(dir);
  } catch {
    // Missing: the write itself says so, with the file's path.
    return undefined;
  }
  if (stats.isSymbolicLink()) return 'it is a symlink';
  if (!stats.isDirectory()) return 'it is not a directory';
  if (process.platform === 'win32') return undefined;
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid && stats.uid !== 0)
    return `it belongs to uid ${stats.uid}, not to this user (uid ${uid})`;
  if ((stats.mode & 0o022) !== 0)
    return `others can write to it (mode ${(stats.mode & 0o7777).toString(8)})`;
  return undefined;
}

/**
 * Creates each file 0600 with O_CREAT|O_EXCL|O_NOFOLLOW, so nothing already there (a file, a
 * planted symlink) is overwritten or followed. Every path is checked before the first is written,
 * and files written before a failure are removed, so a refusal leaves no half set behind.
 */
export function writeNewPrivateFiles(input: string, files: readonly NewFile[]): void {
  for (const dir of new Set(files.map((file) => dirname(resolve(file.path))))) {
    const why = unsafeDirectory(dir);
    if (why !== undefined)
      throw new RolesAnywhereError(
        'ERR_FILE_UNSAFE',
        `${input}: refusing to write into ${dir}: ${why}. Another user could plant or swap files beside the new keys there; write into a private directory (mkdir -m 700 DIR) of your own.`,
        { input },
      );
  }
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
    fd = openNewPrivateFile(file.path);
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
    writeWholeAndClose(fd, file.data, { fsync: true });
  } catch (error) {
    removeFileQuietly(file.path);
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw refuse(input, file.path, `cannot write it (${code})`, error);
  }
}
