import { writeSync } from 'node:fs';

/**
 * Writes to fd 1 directly: touching `process.stdout` on a pipe (how the AWS CLI runs
 * credential-process) loads the net stack, which a cache hit does not otherwise need.
 */
export function writeStdout(chunk: string | Uint8Array): void {
  let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(1, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking pipe that is full: let the stream queue the rest.
        process.stdout.write(bytes);
        return;
      }
      // A reader that went away (`| head`) ends the run with 1, not a stack trace.
      process.exitCode = 1;
      return;
    }
  }
}
