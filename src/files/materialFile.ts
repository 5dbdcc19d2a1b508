import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_MATERIAL_BYTES } from '../core/material/sizeLimit.js';

/** What reading a material file found; the caller words it for its own front end. */
export type MaterialFileRead =
  /** At most MAX_MATERIAL_BYTES + 1 bytes: `overLimit` says the file is larger than the bound. */
  | { readonly kind: 'read'; readonly bytes: Buffer; readonly overLimit: boolean }
  | { readonly kind: 'not-a-file'; readonly what: 'directory' | 'other' }
  | {
      readonly kind: 'unreadable';
      readonly stage: 'open' | 'read';
      readonly code: string;
      readonly cause: unknown;
    };

export interface MaterialFileOptions {
  /**
   * Only a regular file, opened without blocking: for paths nobody typed at a terminal (an Action
   * input, a re-read at rotation), where a FIFO would hang the step. The CLI leaves it off so
   * `--certificate <(vault read …)` (a pipe) works; the bound still keeps `/dev/zero` finite.
   */
  readonly regularOnly: boolean;
}

function errnoOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

const CHUNK_BYTES = 64 * 1024;

/**
 * At most MAX_MATERIAL_BYTES + 1 bytes from `fd`, in a buffer sized by the file's own size (a pipe
 * or a file that grew is read on in chunks): a certificate costs a few kilobytes, not a zeroed
 * megabyte on every start.
 */
function readBounded(fd: number, expected: number): Buffer {
  const limit = MAX_MATERIAL_BYTES + 1;
  let buffer = Buffer.alloc(Math.min(Math.max(expected + 1, 1), limit));
  let filled = 0;
  for (;;) {
    if (filled === buffer.length) {
      if (buffer.length === limit) break;
      const grown = Buffer.alloc(Math.min(buffer.length + CHUNK_BYTES, limit));
      buffer.copy(grown, 0, 0, filled);
      buffer.fill(0);
      buffer = grown;
    }
    const n = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return buffer.subarray(0, filled);
}

/**
 * The one bounded reader of material files (CLI flags, Action inputs, rotation re-reads): never
 * more than the material bound plus one byte, the type checked on the open descriptor so nothing
 * swapped in after a check is read. Environment variables, stdin and library arguments are bounded
 * by the same MAX_MATERIAL_BYTES when the material is loaded.
 */
export function readMaterialFile(path: string, options: MaterialFileOptions): MaterialFileRead {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(path, options.regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : 'r');
  } catch (cause) {
    return { kind: 'unreadable', stage: 'open', code: errnoOf(cause), cause };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'not-a-file', what: 'directory' };
    if (options.regularOnly && !stat.isFile()) return { kind: 'not-a-file', what: 'other' };
    const bytes = readBounded(fd, stat.isFile() ? stat.size : CHUNK_BYTES);
    return { kind: 'read', bytes, overLimit: bytes.length > MAX_MATERIAL_BYTES };
  } catch (cause) {
    return { kind: 'unreadable', stage: 'read', code: errnoOf(cause), cause };
  } finally {
    closeSync(fd);
  }
}
