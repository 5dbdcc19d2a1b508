import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  type Stats,
} from 'node:fs';
import { NOFOLLOW, NONBLOCK } from './openFlags.js';
import { writeTempBeside } from './privateFiles.js';

export interface HeldLock {
  release(): void;
}

/**
 * Takes the lock file, or returns undefined when someone else holds it. The holder's line is
 * written to a private temp file first and hard-linked into place (link fails with EEXIST like
 * O_EXCL): a lock is never seen empty, and a write that fails (ENOSPC) leaves no lock behind.
 */
export function tryLock(path: string, now: Date): HeldLock | undefined {
  const temp = writeTempBeside(path, `${process.pid} ${now.toISOString()}\n`, { fsync: false });
  try {
    linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  } finally {
    removeQuietly(temp);
  }
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      removeQuietly(path);
    },
  };
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already (released, or broken as stale by another process).
  }
}

/** Whether the lock names no live holder: empty or garbled (never written whole), or a dead pid. */
function holderIsGone(path: string, stats: Stats): boolean {
  // A holder's line is about 40 bytes; anything much larger was not written by a holder.
  if (stats.size > 128) return true;
  let text: string;
  try {
    const fd = openSync(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
    try {
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
  const match = /^(\d{1,10}) \S+\n$/.exec(text);
  if (match === null) return true;
  const pid = Number(match[1]);
  if (pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Breaks a lock whose holder died (same host: its pid is gone), that holds no holder's line, or
 * that is older than `staleMs`. Renaming first means two waiters cannot both delete a fresh lock.
 * Returns true only when the lock is gone: renamed away here, or already removed by someone else.
 * A rename refused (EPERM in a sticky directory, where another user's lock cannot be moved) is
 * not a break: reporting one would send the caller straight back to a lock that is still there.
 */
export function breakStaleLock(path: string, now: Date, staleMs: number): boolean {
  let stats: Stats;
  try {
    // lstat: a symlink planted here is judged (and removed) itself, never what it points at.
    stats = lstatSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  const planted = !stats.isFile();
  if (!planted && now.getTime() - stats.mtimeMs < staleMs && !holderIsGone(path, stats))
    return false;
  const aside = `${path}.stale.${randomBytes(6).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  removeQuietly(aside);
  return true;
}

/**
 * Why the lock at `path` is not one this process may wait on or break, or undefined when it is:
 * a directory, a device or a file of another user cannot have been left by a holder that shares
 * this file, and waiting for one to go away would wait for ever.
 */
export function foreignLock(path: string): string | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return undefined;
  }
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid)
    return `it is owned by uid ${stats.uid}, not by this user (uid ${uid})`;
  if (stats.isSymbolicLink()) return undefined;
  if (!stats.isFile()) return 'it is not a regular file';
  return undefined;
}

const SLEEPER = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread for `ms`: the edits locked here are synchronous, as are their callers. */
function sleepSync(ms: number): void {
  Atomics.wait(SLEEPER, 0, 0, ms);
}

export interface SyncLockOptions {
  /** A lock older than this is abandoned (its holder's edit takes milliseconds). */
  readonly staleMs: number;
  /** Past this, give up and say who holds the lock. */
  readonly maxWaitMs: number;
  /** The error to throw when the lock cannot be had. */
  readonly busy: (lockPath: string) => Error;
  /** The error to throw when the lock path holds something no holder could have left. */
  readonly foreign: (lockPath: string, why: string) => Error;
}

/** A lock that comes back each time it is broken is not ours to fight over. */
const MAX_BREAKS = 3;

/** Runs `edit` holding the lock at `lockPath`, waiting for another holder in small random steps. */
export function withLockSync<T>(lockPath: string, options: SyncLockOptions, edit: () => T): T {
  const started = Date.now();
  let broken = 0;
  for (;;) {
    const lock = tryLock(lockPath, new Date());
    if (lock !== undefined) {
      try {
        return edit();
      } finally {
        lock.release();
      }
    }
    const why = foreignLock(lockPath);
    if (why !== undefined) throw options.foreign(lockPath, why);
    if (Date.now() - started > options.maxWaitMs) throw options.busy(lockPath);
    if (broken < MAX_BREAKS && breakStaleLock(lockPath, new Date(), options.staleMs)) {
      broken += 1;
      continue;
    }
    sleepSync(10 + Math.floor(Math.random() * 20));
  }
}
