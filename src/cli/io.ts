/**
 * Everything the CLI touches in the outside world, in one object, so commands stay testable and
 * nothing reads `process` at import time. Only the entry point builds the real one.
 */
export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Raw bytes or text on stdout: credentials, exports, help. Nothing else goes there. */
  readonly stdout: (chunk: string | Uint8Array) => void;
  /** One line for people on stderr; the newline is added. */
  readonly stderr: (line: string) => void;
  readonly stdoutIsTty: boolean;
  readonly readStdin: () => Promise<Buffer>;
  readonly now: () => Date;
  readonly sleep: (ms: number) => Promise<void>;
  /** Waits `ms`, or less when SIGINT/SIGTERM arrives; says which happened. */
  readonly sleepUntilStopped: (ms: number) => Promise<'elapsed' | 'stopped'>;
  /**
   * Runs `work` so that SIGINT or SIGTERM ends the process at once, by that signal, between two
   * JavaScript tasks: never inside a synchronous file write. Absent in tests that send no signal.
   */
  readonly exitOnSignalDuring?: <T>(work: () => Promise<T>) => Promise<T>;
  readonly homeDir: () => string;
  /** Values that must never be printed (passphrases, key lines); the error printer scrubs them. */
  readonly secrets: Set<string>;
}

/** The text with every known secret (4+ characters) replaced by [redacted]. */
export function scrub(text: string, secrets: ReadonlySet<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out;
}
