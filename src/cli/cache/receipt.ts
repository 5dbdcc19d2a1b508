import { createHash, createHmac, randomBytes } from 'node:crypto';
import { lstatSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readMaterialFile } from '../../files/materialFile.js';
import { isPrivate, readPrivateFile, writePrivateFileAtomic } from '../../files/privateFiles.js';
import { VERSION } from '../../version.js';
import type { Invocation } from '../io.js';
import { credentialProcessJson } from '../output/credentialProcessJson.js';
import { chooseCacheDir } from './cacheDir.js';
import { parseCacheEntry } from './cacheEntry.js';
import { isFreshEnough } from './refreshMargin.js';

/**
 * A receipt lets the next `credential-process` with the same command line serve its cache entry
 * without loading the CLI: it records every input the entry's key was computed from (each
 * environment variable read while the flags were resolved, with its value or its absence, and
 * each material file's content), keyed by the command line and working directory. When every
 * recorded input still has its recorded value, resolving the flags again would compute the same
 * key, so the entry it names is the one the full path would serve. Any difference, or anything
 * unexpected, falls through to the full path, which decides as it always did.
 *
 * Values are recorded as HMAC-SHA256 under a random salt kept in the receipt, never in the clear;
 * receipts live beside the entries, under the same rules (our own 0700 directory, 0600 files, no
 * symlinks).
 */

const RECEIPT_FORMAT = 1;
/** The entry's key, the salt and each MAC: 256 bits in hex, so no name can leave the directory. */
const HEX_256 = /^[0-9a-f]{64}$/;

/** Options after which the full path has something to say or read that a receipt cannot replay. */
const NOT_REPLAYED = new Set(['--no-cache', '--debug', '--help', '-h', '-']);

interface Receipt {
  readonly entry: string;
  readonly durationSeconds: number;
  readonly salt: string;
  /** Each variable read while resolving, with the MAC of its value, or null where it was unset. */
  readonly env: readonly (readonly [string, string | null])[];
  /** Each material file read, as given on the command line, with the MAC of its content. */
  readonly files: readonly (readonly [string, string])[];
}

function receiptPath(dir: string, invocation: Invocation): string {
  const name = createHash('sha256')
    .update(JSON.stringify(['receipt', VERSION, invocation.cwd, invocation.argv]))
    .digest('hex');
  return join(dir, `${name}.receipt`);
}

function mac(salt: string, value: string | Uint8Array): string {
  return createHmac('sha256', Buffer.from(salt, 'hex')).update(value).digest('hex');
}

/** An environment that remembers which variables were asked for, and whether it was listed. */
export interface EnvRecorder {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly reads: ReadonlyMap<string, string | undefined>;
  /** Listing every name makes the outcome depend on the whole environment: no receipt then. */
  readonly listed: () => boolean;
  /**
   * Ends the recording once the entry's key is known: what the call to the service reads (proxy
   * URLs with their passwords, CA bundles) cannot change the key, and is not written down.
   */
  readonly stop: () => void;
}

export function recordEnvReads(env: Readonly<Record<string, string | undefined>>): EnvRecorder {
  const reads = new Map<string, string | undefined>();
  let listed = false;
  let recording = true;
  const note = (name: string | symbol): void => {
    if (recording && typeof name === 'string') reads.set(name, env[name]);
  };
  const proxy = new Proxy(env, {
    get: (target, name, receiver) => {
      note(name);
      return Reflect.get(target, name, receiver) as unknown;
    },
    has: (target, name) => {
      note(name);
      return Reflect.has(target, name);
    },
    getOwnPropertyDescriptor: (target, name) => {
      note(name);
      return Reflect.getOwnPropertyDescriptor(target, name);
    },
    ownKeys: (target) => {
      if (recording) listed = true;
      return Reflect.ownKeys(target);
    },
  });
  return {
    env: proxy,
    reads,
    listed: () => listed,
    stop: () => {
      recording = false;
    },
  };
}

/** A material file as given on the command line, with the content the key was computed from. */
export interface ReceiptFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

export interface ReceiptRecord {
  readonly dir: string;
  readonly invocation: Invocation;
  readonly entry: string;
  readonly durationSeconds: number;
  readonly envReads: ReadonlyMap<string, string | undefined>;
  readonly files: readonly ReceiptFile[];
}

/**
 * Writes the receipt, or nothing when a material file is not a regular file (a pipe cannot be
 * read twice) or the invocation has an option the receipt does not replay. Best effort: the
 * cache works the same without it.
 */
export function writeReceipt(record: ReceiptRecord): void {
  if (!replayable(record.invocation.argv)) return;
  try {
    if (!record.files.every((file) => statSync(file.path).isFile())) return;
    const salt = randomBytes(32).toString('hex');
    const receipt: Receipt = {
      entry: record.entry,
      durationSeconds: record.durationSeconds,
      salt,
      env: [...record.envReads]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, value]) => [name, value === undefined ? null : mac(salt, value)]),
      files: record.files.map((file) => [file.path, mac(salt, file.content)]),
    };
    // No fsync: a receipt cut short by a crash does not parse, and the next run takes the full
    // path and writes it again.
    writePrivateFileAtomic(
      receiptPath(record.dir, record.invocation),
      JSON.stringify({ receipt: RECEIPT_FORMAT, ...receipt }),
      { fsync: false },
    );
  } catch {
    // A receipt is only a shortcut: without it the next run takes the full path.
  }
}

function replayable(argv: readonly string[]): boolean {
  return argv[0] === 'credential-process' && !argv.some((arg) => NOT_REPLAYED.has(arg));
}

/** The last value of `--name value` or `--name=value`, as the flag parser takes it. */
function lastFlagValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === name) value = argv[index + 1];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}

function isPair(value: unknown): value is readonly [string, unknown] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string';
}

function parseReceipt(text: string): Receipt | undefined {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const { entry, durationSeconds, salt, env, files } = r;
  if (r['receipt'] !== RECEIPT_FORMAT) return undefined;
  if (typeof entry !== 'string' || !HEX_256.test(entry)) return undefined;
  if (typeof salt !== 'string' || !HEX_256.test(salt)) return undefined;
  if (typeof durationSeconds !== 'number' || !Number.isInteger(durationSeconds)) return undefined;
  if (!Array.isArray(env) || !Array.isArray(files)) return undefined;
  const envPairs = env.filter(isPair);
  const filePairs = files.filter(isPair);
  if (envPairs.length !== env.length || filePairs.length !== files.length) return undefined;
  const macOrNull = (v: unknown): v is string | null =>
    v === null || (typeof v === 'string' && HEX_256.test(v));
  if (!envPairs.every(([, v]) => macOrNull(v))) return undefined;
  if (!filePairs.every(([, v]) => typeof v === 'string' && HEX_256.test(v))) return undefined;
  return {
    entry,
    durationSeconds,
    salt,
    env: envPairs as (readonly [string, string | null])[],
    files: filePairs as (readonly [string, string])[],
  };
}

/** Every recorded input still has its recorded value. Files are read only if regular. */
function inputsUnchanged(receipt: Receipt, env: Readonly<Record<string, string | undefined>>) {
  for (const [name, recorded] of receipt.env) {
    const value = env[name];
    if ((value === undefined ? null : mac(receipt.salt, value)) !== recorded) return false;
  }
  for (const [path, recorded] of receipt.files) {
    // Checked by path before opening: opening a pipe the full path will read could end its writer.
    if (!statSync(path).isFile()) return false;
    const read = readMaterialFile(path, { regularOnly: true });
    if (read.kind !== 'read' || read.overLimit || mac(receipt.salt, read.bytes) !== recorded)
      return false;
  }
  return true;
}

export interface ReceiptContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Asked inside the check, so a deleted working directory or a user without a home falls through. */
  readonly cwd: () => string;
  readonly home: () => string;
  readonly now: () => Date;
  readonly stdout: (text: string) => void;
}

/**
 * Serves `credential-process` from its receipt and cache entry when both are there, ours and
 * current; says whether it did. On false nothing was written and the full path runs.
 */
export function serveFromReceipt(argv: readonly string[], context: ReceiptContext): boolean {
  if (!replayable(argv)) return false;
  try {
    const invocation = { argv, cwd: context.cwd() };
    const { dir } = chooseCacheDir(lastFlagValue(argv, '--cache-dir'), context.env, context.home());
    const stats = lstatSync(dir);
    if (!stats.isDirectory() || !isPrivate(stats)) return false;
    const read = readPrivateFile(receiptPath(dir, invocation));
    if (read.kind !== 'ok') return false;
    const receipt = parseReceipt(read.content.toString('utf8'));
    if (receipt === undefined || !inputsUnchanged(receipt, context.env)) return false;
    const entry = readPrivateFile(join(dir, `${receipt.entry}.json`));
    if (entry.kind !== 'ok') return false;
    const credentials = parseCacheEntry(entry.content.toString('utf8'));
    if (
      credentials === undefined ||
      !isFreshEnough(credentials.expiration, context.now(), receipt.durationSeconds)
    )
      return false;
    context.stdout(credentialProcessJson(credentials));
    return true;
  } catch {
    return false;
  }
}
