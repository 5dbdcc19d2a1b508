/** Writes a handler's reply (at once, or trickled for fault injection) and logs its verdict. */
import type { ServerResponse } from 'node:http';
import { formatVerdict, type Outcome } from './verdict.js';

export interface Trickle {
  readonly intervalMs: number;
  readonly chunkBytes: number;
}

export function sendOutcome(
  res: ServerResponse,
  log: (line: string) => void,
  outcome: Outcome,
  trickle?: Trickle,
): void {
  log(formatVerdict(outcome.verdict));
  const body = Buffer.from(outcome.reply.body, 'utf8');
  res.writeHead(outcome.reply.status, {
    ...outcome.reply.headers,
    'Content-Length': String(body.length),
  });
  if (trickle === undefined) {
    res.end(body);
    return;
  }
  writeSlowly(res, body, trickle, 0);
}

function writeSlowly(res: ServerResponse, body: Buffer, trickle: Trickle, offset: number): void {
  if (res.destroyed) return;
  const end = Math.min(offset + Math.max(1, trickle.chunkBytes), body.length);
  if (end >= body.length) {
    res.end(body.subarray(offset));
    return;
  }
  res.write(body.subarray(offset, end));
  setTimeout(() => {
    writeSlowly(res, body, trickle, end);
  }, trickle.intervalMs);
}
