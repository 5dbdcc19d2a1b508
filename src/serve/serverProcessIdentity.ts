import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Whether the process now at a pid is still the credential server that a pid file named. The
 * file keeps only the pid (so `kill "$(cat file)"` and scripts keep working); what proves the
 * identity is the process itself: it started before the file was written (a pid reused later
 * started after), and its command line is a `serve` of this tool.
 */
export type ServerIdentity =
  | { readonly kind: 'server' }
  /** Not a `serve`, and started after the pid file was written: the pid was reused. */
  | { readonly kind: 'reused'; readonly startedAt: Date }
  /** Not a `serve`, though older than the file (its command line is not shown: it may hold another program's secrets). */
  | { readonly kind: 'foreign' }
  /** A `serve` that started after the file was written: another server, or the clock was stepped. */
  | { readonly kind: 'ambiguous'; readonly startedAt: Date }
  /** Neither /proc nor ps can say; the caller decides. */
  | { readonly kind: 'unknown' };

interface ProcessFacts {
  readonly startedAtMs: number;
  readonly argv: readonly string[];
}

/** Linux: USER_HZ is 100 on every architecture Node supports; /proc/stat's btime is whole seconds. */
const CLOCK_TICKS_PER_SECOND = 100;

function fromProc(pid: number): ProcessFacts | undefined {
  let stat: string;
  let cmdline: string;
  let system: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    system = readFileSync('/proc/stat', 'utf8');
  } catch {
    return undefined;
  }
  // The command name in parentheses may hold spaces and parentheses: fields follow the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[19]);
  const bootSeconds = Number(/^btime (\d+)$/m.exec(system)?.[1]);
  if (!Number.isFinite(ticks) || !Number.isFinite(bootSeconds)) return undefined;
  return {
    startedAtMs: bootSeconds * 1000 + (ticks * 1000) / CLOCK_TICKS_PER_SECOND,
    argv: cmdline.split('\0').filter((arg) => arg !== ''),
  };
}

/** "[[dd-]hh:]mm:ss", as ps prints elapsed time. */
function elapsedSeconds(text: string): number | undefined {
  const match = /^(?:(?:(\d+)-)?(\d+):)?(\d+):(\d+)$/.exec(text.trim());
  if (match === null) return undefined;
  const [days, hours, minutes, seconds] = match
    .slice(1)
    // An optional group that did not match is undefined, though RegExpExecArray says string.
    .map((part: string | undefined) => Number(part ?? 0));
  return (((days ?? 0) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0);
}

/** macOS and the BSDs have no /proc: the system's own ps, by absolute path, never a PATH lookup. */
function fromPs(pid: number, nowMs: number): ProcessFacts | undefined {
  try {
    const out = execFileSync('/bin/ps', ['-o', 'etime=,command=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
    const [etime = '', ...command] = out.split(/\s+/);
    const seconds = elapsedSeconds(etime);
    if (seconds === undefined) return undefined;
    return { startedAtMs: nowMs - seconds * 1000, argv: command };
  } catch {
    return undefined;
  }
}

/** Slack for the clocks' granularity (btime and ps's etime are whole seconds). */
const SLACK_MS = 2000;

export function serverIdentity(
  pid: number,
  pidFileWrittenMs: number,
  nowMs: number,
): ServerIdentity {
  const facts =
    process.platform === 'win32'
      ? undefined
      : (fromProc(pid) ?? (process.platform === 'linux' ? undefined : fromPs(pid, nowMs)));
  if (facts === undefined) return { kind: 'unknown' };
  const startedAfter = facts.startedAtMs > pidFileWrittenMs + SLACK_MS;
  const startedAt = new Date(facts.startedAtMs);
  if (!facts.argv.includes('serve'))
    return startedAfter ? { kind: 'reused', startedAt } : { kind: 'foreign' };
  return startedAfter ? { kind: 'ambiguous', startedAt } : { kind: 'server' };
}
