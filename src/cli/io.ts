/** How this process was started: the command line after the script, and the working directory. */
export interface Invocation {
  readonly argv: readonly string[];
  readonly cwd: string;
}

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
  /** All of stdin, or its first `maxBytes + 1` bytes when a bound is given. */
  readonly readStdin: (maxBytes?: number) => Promise<Buffer>;
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
  /** The command line and working directory, which key credential-process's receipts. */
  readonly invocation?: Invocation;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a secret counts as having leaked into a message. A long value (16+ characters: a key
 * line, a token) is found anywhere; a short one only as a whole token; a short one made of plain
 * words (a passphrase such as "password") only where it stands as a value, in quotes or after
 * `=`, because the tool's own words ("--pkcs8-password", "check the password") are made of the
 * same letters and must stay.
 */
function leakPattern(secret: string): RegExp {
  const body = escapeRegExp(secret);
  if (secret.length >= 16) return new RegExp(body, 'g');
  if (/^[A-Za-z]+(?:[ -][A-Za-z]+)*$/.test(secret))
    return new RegExp(`(?<=["'\`]|=\\s*)${body}(?=["'\`]|\\s|[,;)]|$)`, 'g');
  return new RegExp(`(?<![\\w-])${body}(?![\\w-])`, 'g');
}

/** The text with every known secret (4+ characters) replaced by [redacted] where it leaked. */
export function scrub(text: string, secrets: ReadonlySet<string>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.replace(leakPattern(secret), '[redacted]');
  }
  return out;
}
