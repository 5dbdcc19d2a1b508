/**
 * CreateSession behind the fault queue: the next fault (if any) decides whether the request is
 * judged at all, how long the answer waits, and how it is delivered.
 */
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { handleCreateSession } from './createSession.js';
import { faultErrorReply, malformedReply, type Fault } from './faults.js';
import type { EmulatorState } from './options.js';
import type { RawRequest } from './rawRequest.js';
import { newReplyContext, type Reply } from './replies.js';
import { formatVerdict, type Outcome } from './verdict.js';
import { sendOutcome } from './writeReply.js';

/** Serves one CreateSession request; resolves to whether credentials were issued. */
export async function serveCreateSession(
  request: RawRequest,
  res: ServerResponse,
  state: EmulatorState,
): Promise<boolean> {
  const fault = state.faults.take();
  if (fault === undefined) return judge(request, res, state);
  await sleep(latencyOf(fault));
  const context = newReplyContext(state.clock());
  switch (fault.kind) {
    case 'reset':
      state.log(formatVerdict(injectedVerdict('reset', 'CreateSession', fault)));
      res.destroy();
      return false;
    case 'stall':
      // Left unanswered on purpose; close() cuts the connection.
      state.log(formatVerdict(injectedVerdict('stall', 'CreateSession', fault)));
      return false;
    case 'error':
      sendOutcome(res, state.log, injected(faultErrorReply(fault, context), fault));
      return false;
    case 'malformed':
      sendOutcome(res, state.log, injected(malformedReply(fault, context), fault));
      return false;
    case 'latency':
      return judge(request, res, state);
    case 'trickle':
      return judge(request, res, state, {
        intervalMs: fault.intervalMs,
        chunkBytes: fault.chunkBytes ?? 16,
      });
  }
}

function judge(
  request: RawRequest,
  res: ServerResponse,
  state: EmulatorState,
  trickle?: { intervalMs: number; chunkBytes: number },
): boolean {
  const outcome = handleCreateSession(request, state);
  sendOutcome(res, state.log, outcome, trickle);
  return outcome.accepted;
}

function latencyOf(fault: Fault): number {
  if (fault.kind === 'latency') return fault.ms;
  if (fault.kind === 'stall' || fault.kind === 'trickle') return 0;
  return fault.latencyMs ?? 0;
}

function injected(reply: Reply, fault: Fault): Outcome {
  const label =
    fault.kind === 'malformed'
      ? `malformed body (${fault.body})`
      : (reply.headers['x-amzn-ErrorType'] ?? 'error');
  return { reply, verdict: injectedVerdict(reply.status, label, fault), accepted: false };
}

function injectedVerdict(status: number | 'reset' | 'stall', label: string, fault: Fault) {
  const details = label === 'CreateSession' ? [] : [['operation', 'CreateSession'] as const];
  return { status, label, reason: `fault injected: ${fault.kind}`, details };
}
