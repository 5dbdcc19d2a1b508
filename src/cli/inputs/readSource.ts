import { existsSync } from 'node:fs';
import { RolesAnywhereError } from '../../core/errors.js';
import { keyLines } from '../../core/material/secretFragments.js';
import { MAX_MATERIAL_BYTES } from '../../core/material/sizeLimit.js';
import { readMaterialFile } from '../../files/materialFile.js';
import type { CliIo } from '../io.js';

// The one bound on material, shared with every other source; `--certificate /dev/zero` stays finite.
const MAX_BYTES = MAX_MATERIAL_BYTES;

export type SourceOrigin = 'file' | 'env' | 'stdin';

export interface SourceValue {
  readonly content: string | Uint8Array;
  readonly origin: SourceOrigin;
  /** Where it came from, for messages: a path, `env:NAME` or `stdin`. */
  readonly where: string;
}

const OPEN_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
};

function readBoundedFile(path: string, flag: string): Buffer {
  const read = readMaterialFile(path, { regularOnly: false });
  if (read.kind === 'unreadable' && read.stage === 'open') {
    throw new RolesAnywhereError(
      'ERR_FILE',
      `${flag}: cannot read ${path} (${OPEN_FAILURES[read.code] ?? read.code}); give a file path, env:NAME or - for stdin.`,
      { input: flag, cause: read.cause },
    );
  }
  if (read.kind === 'not-a-file') {
    throw new RolesAnywhereError(
      'ERR_FILE',
      `${flag}: ${path} is a directory; give the file inside it.`,
      { input: flag },
    );
  }
  if (read.kind === 'unreadable') {
    throw new RolesAnywhereError(
      'ERR_FILE',
      `${flag}: cannot read ${path} (${read.code === 'EISDIR' ? 'it is a directory' : read.code}).`,
      { input: flag, cause: read.cause },
    );
  }
  if (read.overLimit) {
    throw new RolesAnywhereError(
      'ERR_INPUT_TOO_LARGE',
      `${flag}: ${path} is larger than ${MAX_BYTES} bytes; certificates and keys are a few kilobytes.`,
      { input: flag },
    );
  }
  return read.bytes;
}

const readers = new WeakMap<CliIo, (flag: string) => Promise<Buffer>>();

/** Reads stdin at most once per run: two flags cannot both say `-`. */
export function createStdinReader(io: CliIo): (flag: string) => Promise<Buffer> {
  const existing = readers.get(io);
  if (existing !== undefined) return existing;
  let taken: string | undefined;
  const reader = async (flag: string): Promise<Buffer> => {
    if (taken !== undefined) {
      throw new RolesAnywhereError(
        'ERR_USAGE',
        `${flag} - and ${taken} - both ask for stdin; only one flag can read it.`,
        { input: flag },
      );
    }
    taken = flag;
    return io.readStdin(MAX_BYTES);
  };
  readers.set(io, reader);
  return reader;
}

/**
 * A file flag's value: a path, `env:NAME` (the content is the variable's value, so nothing secret
 * sits in argv or on disk) or `-` (stdin).
 */
export async function readSource(
  value: string,
  flag: string,
  io: CliIo,
  readStdin: (flag: string) => Promise<Buffer>,
): Promise<SourceValue> {
  if (value.trim() === '') {
    throw new RolesAnywhereError(
      'ERR_INPUT_MISSING',
      `${flag} is empty: give a file path, env:NAME or - for stdin.`,
      { input: flag },
    );
  }
  if (value.startsWith('env:')) {
    const name = value.slice(4);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new RolesAnywhereError(
        'ERR_INPUT_INVALID',
        `${flag} env:${name}: "${name}" is not an environment variable name.`,
        { input: flag },
      );
    }
    const content = io.env[name];
    if (content === undefined || content.trim() === '') {
      throw new RolesAnywhereError(
        'ERR_INPUT_MISSING',
        `${flag} env:${name}: the environment variable ${name} is ${content === undefined ? 'not set' : 'empty'}.`,
        { input: flag },
      );
    }
    return { content, origin: 'env', where: `env:${name}` };
  }
  if (value === '-') {
    const content = await readStdin(flag);
    if (content.length === 0) {
      throw new RolesAnywhereError('ERR_INPUT_MISSING', `${flag} -: stdin was empty.`, {
        input: flag,
      });
    }
    return { content, origin: 'stdin', where: 'stdin' };
  }
  if (looksLikeMaterial(value)) {
    // The content itself was given where a path belongs: never echo it, and scrub it everywhere.
    io.secrets.add(value);
    for (const line of keyLines(value)) io.secrets.add(line);
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `${flag} takes a file path, env:NAME or -, but was given what looks like certificate or key content (${value.length} characters, not shown); put it in an environment variable and pass env:NAME.`,
      { input: flag },
    );
  }
  return { content: readBoundedFile(value, flag), origin: 'file', where: value };
}

/** PEM text, or a long base64 run that is not the name of an existing file. */
function looksLikeMaterial(value: string): boolean {
  if (value.includes('\n') || value.includes('-----BEGIN')) return true;
  return value.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(value) && !existsSync(value);
}
