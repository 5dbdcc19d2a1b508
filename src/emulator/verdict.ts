/**
 * One line per request for people reading the emulator's log: status, outcome, the reason a check
 * failed, and identifying facts. Never keys, signatures or tokens.
 */
import type { Reply } from './replies.js';

export interface Verdict {
  readonly status: number | 'reset' | 'stall';
  /** `CreateSession`, `GetCallerIdentity` on success; the error type otherwise. */
  readonly label: string;
  readonly reason?: string;
  readonly details?: readonly (readonly [string, string | number | bigint])[];
}

/** What a handler decided: the reply to send and the verdict to log. */
export interface Outcome {
  readonly reply: Reply;
  readonly verdict: Verdict;
  readonly accepted: boolean;
}

export function formatVerdict(verdict: Verdict): string {
  const reason = verdict.reason === undefined ? '' : ` (${verdict.reason})`;
  const details = (verdict.details ?? []).map(([name, value]) => ` ${name}=${String(value)}`);
  return `emulator: ${verdict.status} ${verdict.label}${reason}${details.join('')}`;
}
