import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';

/** A CreateSession with its retries stays within 60 s; a lock older than this is abandoned. */
const STALE_MS = 75_000;

export interface HeldLock {
  release(): void;
}

/** Takes the lock file with O_EXCL, or returns undefined when someone else holds it. */
export function tryLock(path: string, now: Date): HeldLock | undefined {
  let fd: number;
  try {
    fd = openSync(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o600,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid} ${now.toISOString()}\n`);
  } finally {
    closeSync(fd);
  }
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      try {
        unlinkSync(path);
      } catch {
        // Broken as stale by another process: nothing left to release.
      }
    },
  };
}

function holderIsGone(path: string): boolean {
  try {
    const pid = Number(readFileSync(path, 'utf8').split(' ')[0]);
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Breaks a lock whose holder died (same host: its pid is gone) or that is older than any
 * CreateSession could take. Renaming first means two waiters cannot both delete a fresh lock.
 */
export function breakStaleLock(path: string, now: Date): boolean {
  let stats: Stats;
  try {
    // lstat: a symlink planted here is judged (and removed) itself, never what it points at.
    stats = lstatSync(path);
  } catch {
    return true;
  }
  const planted = !stats.isFile();
  if (!planted && now.getTime() - stats.mtimeMs < STALE_MS && !holderIsGone(path)) return false;
  const aside = `${path}.stale.${randomBytes(6).toString('hex')}`;
  try {
    renameSync(path, aside);
    unlinkSync(aside);
  } catch {
    // Another waiter broke it first.
  }
  return true;
}
