import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The first `maxBytes + 1` bytes of a regular file, or undefined when `path` is not one: enough
 * for the caller to see that the file is over its limit without reading the rest. The type is
 * checked on the open descriptor, so nothing swapped in after a check is read.
 */
export function readPrefix(path: string, maxBytes: number): Buffer | undefined {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(maxBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (n === 0) break;
      filled += n;
    }
    return buffer.subarray(0, filled);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
