import { materialError } from './materialError.js';

/**
 * The one bound on every material source (file, stdin, environment variable, Action input,
 * library argument). A certificate chain with its key is a few kilobytes; a megabyte leaves room
 * for long chains and keeps `/dev/zero` or a 300 MB paste from exhausting memory.
 */
export const MAX_MATERIAL_BYTES = 1024 * 1024;

export function byteLength(value: string | Uint8Array): number {
  return typeof value === 'string' ? Buffer.byteLength(value) : value.length;
}

/** Refuses a source larger than the bound, naming the input and the limit. */
export function checkMaterialSize(value: string | Uint8Array | undefined, input: string): void {
  if (value === undefined) return;
  if (byteLength(value) > MAX_MATERIAL_BYTES) {
    throw materialError(
      'ERR_INPUT_TOO_LARGE',
      input,
      `${input} is larger than ${MAX_MATERIAL_BYTES} bytes (1 MiB), the limit for any certificate, key or bundle; certificates and keys are a few kilobytes. Check that ${input} names the right file or variable.`,
    );
  }
}
