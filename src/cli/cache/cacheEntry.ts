import { unlinkSync } from 'node:fs';
import { readPrivateFile, writePrivateFileAtomic } from '../../files/privateFiles.js';
import type { ProcessCredentials } from '../output/credentialProcessJson.js';

export type CacheRead =
  | { readonly kind: 'hit'; readonly credentials: ProcessCredentials }
  | { readonly kind: 'miss'; readonly why: string };

export function parseCacheEntry(text: string): ProcessCredentials | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const r = value as Record<string, unknown>;
    const fields = ['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration'] as const;
    if (r['Version'] !== 1 || !fields.every((f) => typeof r[f] === 'string' && r[f] !== ''))
      return undefined;
    const expiration = new Date(String(r['Expiration']));
    if (Number.isNaN(expiration.getTime())) return undefined;
    return {
      accessKeyId: String(r['AccessKeyId']),
      secretAccessKey: String(r['SecretAccessKey']),
      sessionToken: String(r['SessionToken']),
      expiration,
    };
  } catch {
    return undefined;
  }
}

function discard(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already, or another process replaced it: either way it is not served.
  }
}

/**
 * Reads a cache entry if it is safe and still fresh. An unsafe file (a symlink, another owner,
 * loose permissions) or an unreadable one is removed so the next write replaces it.
 */
export function readCacheEntry(
  path: string,
  isFresh: (expiration: Date) => boolean,
  warn: (line: string) => void,
): CacheRead {
  const read = readPrivateFile(path);
  if (read.kind === 'missing') return { kind: 'miss', why: 'no cache entry' };
  if (read.kind === 'unsafe') {
    warn(
      `rolesanywhere-credentials: warning: ignored and replaced the cache file ${path}: ${read.why}.`,
    );
    discard(path);
    return { kind: 'miss', why: `unsafe cache entry (${read.why})` };
  }
  const credentials = parseCacheEntry(read.content.toString('utf8'));
  if (credentials === undefined) {
    discard(path);
    return { kind: 'miss', why: 'unreadable cache entry' };
  }
  if (!isFresh(credentials.expiration))
    return {
      kind: 'miss',
      why: `cache entry expires at ${credentials.expiration.toISOString()}, too soon`,
    };
  return { kind: 'hit', credentials };
}

export function writeCacheEntry(path: string, serialized: string): void {
  writePrivateFileAtomic(path, serialized);
}
