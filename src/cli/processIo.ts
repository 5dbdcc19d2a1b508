import { homedir } from 'node:os';
import type { CliIo } from './io.js';

/** The real world: process streams, clock, timers and signals. Built only by the entry point. */
export function createProcessIo(): CliIo {
  // A reader that goes away (`| head`) must not turn into an unhandled stream error and a stack.
  process.stdout.on('error', () => {
    process.exitCode = 1;
  });
  return {
    env: process.env,
    stdout: (chunk) => {
      process.stdout.write(chunk);
    },
    stderr: (line) => {
      process.stderr.write(`${line}\n`);
    },
    stdoutIsTty: process.stdout.isTTY === true,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
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
        const onSignal = (): void => done('stopped');
        const timer = setTimeout(() => done('elapsed'), ms);
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
      }),
    homeDir: () => homedir(),
    secrets: new Set(),
  };
}
