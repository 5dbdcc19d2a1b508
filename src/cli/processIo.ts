import { writeSync } from 'node:fs';
import { homedir } from 'node:os';
import type { CliIo } from './io.js';

/**
 * Writes to fd 1 directly: touching `process.stdout` on a pipe (how the AWS CLI runs
 * credential-process) loads the net stack, which a cache hit does not otherwise need.
 */
function writeStdout(chunk: string | Uint8Array): void {
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

/** The real world: process streams, clock, timers and signals. Built only by the entry point. */
export function createProcessIo(): CliIo {
  return {
    env: process.env,
    stdout: writeStdout,
    stderr: (line) => {
      process.stderr.write(`${line}\n`);
    },
    // Asked only by the commands that word their advice by it; a getter keeps the stream unloaded.
    get stdoutIsTty() {
      // isTTY is absent, not false, when stdout is a pipe or a file, whatever @types/node says.
      return (process.stdout as { isTTY?: boolean }).isTTY === true;
    },
    readStdin: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(Buffer.from(chunk as Uint8Array));
        size += (chunk as Uint8Array).length;
        // Past the bound the rest is never read: the caller only needs to know it is too much.
        if (maxBytes !== undefined && size > maxBytes) {
          process.stdin.destroy();
          return Buffer.concat(chunks).subarray(0, maxBytes + 1);
        }
      }
      return Buffer.concat(chunks);
    },
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    sleepUntilStopped: (ms) =>
      new Promise((resolve) => {
        const done = (how: 'elapsed' | 'stopped'): void => {
          clearTimeout(timer);
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          resolve(how);
        };
        const onSignal = (): void => {
          done('stopped');
        };
        const timer = setTimeout(() => {
          done('elapsed');
        }, ms);
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
      }),
    exitOnSignalDuring: async (work) => {
      const onSignal = (signal: NodeJS.Signals): void => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        // With no listener left the default action applies: the process ends by this signal.
        process.kill(process.pid, signal);
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        return await work();
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    },
    homeDir: () => homedir(),
    secrets: new Set(),
  };
}
