import { join } from 'node:path';
import type { CliIo } from '../io.js';
import { credentialProcessJson, type ProcessCredentials } from '../output/credentialProcessJson.js';
import { prepareCacheDir, type CacheDirChoice } from './cacheDir.js';
import { readCacheEntry, writeCacheEntry } from './cacheEntry.js';
import { breakStaleLock, tryLock, type HeldLock } from '../../files/lockFile.js';
import { isFreshEnough } from './refreshMargin.js';

export interface CacheRequest {
  readonly location: CacheDirChoice;
  readonly key: string;
  readonly durationSeconds: number;
  readonly debug: (line: string) => void;
}

type Obtain = () => Promise<ProcessCredentials>;

const POLL_MS = 25;
/** Past this, waiters stop waiting for the lock holder and call the service themselves. */
const MAX_WAIT_MS = 90_000;
/** A CreateSession with its retries stays within 60 s; a lock older than this is abandoned. */
const STALE_MS = 75_000;

/** One identity's entry and lock in a prepared cache directory. */
interface Slot {
  readonly file: string;
  readonly lockPath: string;
  /** A fresh entry, or undefined (saying why unless quiet). */
  readonly lookup: (quiet?: boolean) => ProcessCredentials | undefined;
  readonly warn: (what: string, error: unknown) => void;
}

function slotFor(request: CacheRequest, io: CliIo): Slot {
  const file = join(request.location.dir, `${request.key}.json`);
  const isFresh = (expiration: Date): boolean =>
    isFreshEnough(expiration, io.now(), request.durationSeconds);
  return {
    file,
    lockPath: join(request.location.dir, `${request.key}.lock`),
    lookup: (quiet = false) => {
      const read = readCacheEntry(file, isFresh, io.stderr);
      if (read.kind === 'hit') return read.credentials;
      if (!quiet) request.debug(`Cache miss: ${read.why}.`);
      return undefined;
    },
    warn: (what, error) => {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      io.stderr(
        `rolesanywhere-credentials: warning: ${what} (${code}); continuing without the cache.`,
      );
    },
  };
}

/** With the lock held: look once more (a waiter may have raced us), else obtain and store. */
async function obtainUnderLock(
  slot: Slot,
  lock: HeldLock,
  obtain: Obtain,
  debug: (line: string) => void,
): Promise<ProcessCredentials> {
  try {
    const again = slot.lookup(true);
    if (again !== undefined) return again;
    const fresh = await obtain();
    try {
      writeCacheEntry(slot.file, credentialProcessJson(fresh));
      debug(`Cached in ${slot.file}.`);
    } catch (error) {
      slot.warn(`cannot write the cache entry ${slot.file}`, error);
    }
    return fresh;
  } finally {
    lock.release();
  }
}

/**
 * Serves a fresh cached entry, else takes the per-identity lock and obtains once: concurrent
 * invocations wait for the holder's entry instead of each calling CreateSession.
 */
export async function cachedCredentials(
  request: CacheRequest,
  obtain: Obtain,
  io: CliIo,
): Promise<ProcessCredentials> {
  const refused = prepareCacheDir(request.location.dir);
  if (refused !== undefined) {
    io.stderr(
      `rolesanywhere-credentials: warning: not caching: the cache directory ${request.location.dir} (from ${request.location.source}) is unusable: ${refused}.`,
    );
    return obtain();
  }
  const slot = slotFor(request, io);
  const cached = slot.lookup();
  if (cached !== undefined) {
    request.debug(
      `Served from the cache ${slot.file} (expires ${cached.expiration.toISOString()}).`,
    );
    return cached;
  }
  const started = io.now().getTime();
  let broken = 0;
  for (;;) {
    let lock: HeldLock | undefined;
    try {
      lock = tryLock(slot.lockPath, io.now());
    } catch (error) {
      slot.warn(`cannot create the lock ${slot.lockPath}`, error);
      return obtain();
    }
    if (lock !== undefined) return obtainUnderLock(slot, lock, obtain, request.debug);
    if (breakStaleLock(slot.lockPath, io.now(), STALE_MS)) {
      // A lock that comes back each time it is broken is not ours to fight over.
      if (++broken > 3) {
        slot.warn(`cannot take the lock ${slot.lockPath}`, { code: 'EEXIST' });
        return obtain();
      }
      continue;
    }
    await io.sleep(POLL_MS + Math.floor(Math.random() * POLL_MS));
    const written = slot.lookup(true);
    if (written !== undefined) return written;
    if (io.now().getTime() - started > MAX_WAIT_MS) {
      request.debug('Gave up waiting for the cache lock; calling the service directly.');
      return obtain();
    }
  }
}
