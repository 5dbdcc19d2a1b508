import { homedir } from 'node:os';
import type { CliIo } from './io.js';
import { writeStdout } from './writeStdout.js';

/** The longest delay setTimeout keeps; past it Node fires after 1 ms instead. */
const LONGEST_TIMEOUT_MS = 2 ** 31 - 1;

/** setTimeout for any delay: a longer one is waited out in steps Node can hold. */
function setLongTimeout(callback: () => void, ms: number): { cancel(): void } {
  let timer: NodeJS.Timeout;
  const arm = (left: number): void => {
    timer = setTimeout(
      () => {
        if (left > LONGEST_TIMEOUT_MS) arm(left - LONGEST_TIMEOUT_MS);
        else callback();
      },
      Math.min(Math.max(left, 0), LONGEST_TIMEOUT_MS),
    );
  };
  arm(ms);
  return {
    cancel: () => {
      clearTimeout(timer);
    },
  };
}

type StopSignal = 'SIGINT' | 'SIGTERM';

/**
 * SIGINT and SIGTERM for a loop that sleeps and works in turn. One listener stays for the whole
 * run: removing it when a piece of work ends would drop a signal that arrived during the work's
 * last synchronous stretch (a lock wait, a file write) but is dispatched only after, which is how
 * a first SIGTERM used to be lost. A signal is acted on as soon as JavaScript runs again: during
 * work it ends the process by that signal, during a sleep it ends the sleep, in between it is
 * kept for the next step; once stopped, another signal ends the process at once.
 */
function createStopSignals(): {
  sleepUntilStopped(ms: number): Promise<'elapsed' | 'stopped'>;
  exitOnSignalDuring<T>(work: () => Promise<T>): Promise<T>;
} {
  let pending: StopSignal | undefined;
  let onStop: ((signal: StopSignal) => void) | undefined;
  let stopping = false;
  let listening = false;
  const exitBy = (signal: StopSignal): void => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
    // With no listener left the default action applies: the process ends by this signal.
    process.kill(process.pid, signal);
  };
  function handler(signal: StopSignal): void {
    if (onStop !== undefined) onStop(signal);
    else if (stopping) exitBy(signal);
    else pending = signal;
  }
  const listen = (): void => {
    if (listening) return;
    listening = true;
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  };
  return {
    sleepUntilStopped: (ms) =>
      new Promise((resolve) => {
        listen();
        const stop = (): void => {
          onStop = undefined;
          stopping = true;
          resolve('stopped');
        };
        if (pending !== undefined) {
          stop();
          return;
        }
        const timer = setLongTimeout(() => {
          onStop = undefined;
          resolve('elapsed');
        }, ms);
        onStop = () => {
          timer.cancel();
          stop();
        };
      }),
    exitOnSignalDuring: async (work) => {
      listen();
      if (pending !== undefined) exitBy(pending);
      onStop = exitBy;
      try {
        return await work();
      } finally {
        onStop = undefined;
      }
    },
  };
}

/** The command line and working directory; none when the directory is gone (no receipt then). */
function invocation(): Pick<CliIo, 'invocation'> {
  try {
    return { invocation: { argv: process.argv.slice(2), cwd: process.cwd() } };
  } catch {
    return {};
  }
}

/** The real world: process streams, clock, timers and signals. Built only by the entry point. */
export function createProcessIo(): CliIo {
  const signals = createStopSignals();
  return {
    env: process.env,
    stdout: writeStdout,
    stderr: (line) => {
      process.stderr.write(`${line}\n`);
    },
    // Asked only by the commands that word their advice by it; a getter keeps the stream unloaded.
    get stdoutIsTty() {
      // Typed as always true, but absent when stdout is a pipe or a file.
      const stdout: { readonly isTTY?: boolean } = process.stdout;
      return stdout.isTTY === true;
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
    sleep: (ms) =>
      new Promise((resolve) => {
        setLongTimeout(resolve, ms);
      }),
    sleepUntilStopped: (ms) => signals.sleepUntilStopped(ms),
    exitOnSignalDuring: (work) => signals.exitOnSignalDuring(work),
    homeDir: () => homedir(),
    secrets: new Set(),
    ...invocation(),
  };
}
