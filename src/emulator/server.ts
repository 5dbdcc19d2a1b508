/**
 * The emulator's HTTP(S) server: reads each request whole, routes it (POST /sessions to
 * CreateSession, / to STS, anything else 404), counts outcomes and logs one verdict per request.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { serveCreateSession } from './faultedCreateSession.js';
import type { Fault } from './faults.js';
import {
  checkMaxDuration,
  createState,
  type EmulatorOptions,
  type EmulatorState,
} from './options.js';
import { fromRawHeaders, splitTarget, type RawRequest } from './rawRequest.js';
import { jsonErrorReply, newReplyContext } from './replies.js';
import { throttledOutcome } from './rateLimit.js';
import { handleSts } from './sts.js';
import { formatVerdict, type Outcome } from './verdict.js';
import { sendOutcome } from './writeReply.js';

export interface OperationStats {
  readonly accepted: number;
  readonly rejected: number;
}

export interface EmulatorStats {
  /** `throttled` counts the requests refused by the rate limit; they are among `rejected`. */
  readonly createSession: OperationStats & { readonly throttled: number };
  readonly sts: OperationStats;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>` (or https://…), without a trailing slash. */
  readonly url: string;
  /** Stops listening and cuts open connections, stalled ones included. */
  close(): Promise<void>;
  stats(): EmulatorStats;
  /** Replaces the fault queue; counts start afresh. */
  setFaults(faults: readonly Fault[]): void;
  setClock(clock: () => Date): void;
  setMaxDurationSeconds(seconds: number): void;
}

interface Counters {
  createSession: { accepted: number; rejected: number; throttled: number };
  sts: { accepted: number; rejected: number };
}

/** Bodies beyond this are refused: CreateSession bodies are a few hundred bytes. */
const MAX_BODY_BYTES = 1024 * 1024;

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const state = createState(options);
  const counters: Counters = {
    createSession: { accepted: 0, rejected: 0, throttled: 0 },
    sts: { accepted: 0, rejected: 0 },
  };
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res, state, counters).catch((error: unknown) => {
      internalFailure(res, state, error);
    });
  };
  // Long RSA chains in X-Amz-X509-Chain can pass Node's default 16 KiB header limit.
  const serverOptions = { maxHeaderSize: 64 * 1024 };
  const server: Server = options.tls
    ? createHttpsServer(
        { ...serverOptions, cert: options.tls.cert, key: options.tls.key },
        listener,
      )
    : createHttpServer(serverOptions, listener);
  const address = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
  return {
    url: `${options.tls ? 'https' : 'http'}://${urlHost(address)}:${address.port}`,
    close: () => closeServer(server),
    stats: () => ({ createSession: { ...counters.createSession }, sts: { ...counters.sts } }),
    setFaults: (faults) => {
      state.faults.replace(faults);
    },
    setClock: (clock) => {
      state.clock = clock;
    },
    setMaxDurationSeconds: (seconds) => {
      state.profile.maxDurationSeconds = checkMaxDuration(seconds);
    },
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  state: EmulatorState,
  counters: Counters,
): Promise<void> {
  const body = await readBody(req);
  if (body === undefined) {
    sendOutcome(res, state.log, tooLarge(state));
    return;
  }
  const request: RawRequest = {
    method: req.method ?? 'GET',
    target: req.url ?? '/',
    headers: fromRawHeaders(req.rawHeaders),
    body,
  };
  const { path } = splitTarget(request.target);
  if (path === '/sessions' && request.method === 'POST') {
    const limit = state.rateLimit;
    // The quota is enforced before anything is judged, as a front door would.
    if (limit !== undefined && !limit.bucket.take(state.clock().getTime())) {
      counters.createSession.rejected += 1;
      counters.createSession.throttled += 1;
      sendOutcome(res, state.log, throttledOutcome(state.clock(), limit.perSecond));
      return;
    }
    const accepted = await serveCreateSession(request, res, state);
    counters.createSession[accepted ? 'accepted' : 'rejected'] += 1;
  } else if (path === '/' && (request.method === 'POST' || request.method === 'GET')) {
    const outcome = handleSts(request, state);
    counters.sts[outcome.accepted ? 'accepted' : 'rejected'] += 1;
    sendOutcome(res, state.log, outcome);
  } else {
    sendOutcome(res, state.log, notFound(request, state));
  }
}

function notFound(request: RawRequest, state: EmulatorState): Outcome {
  const context = newReplyContext(state.clock());
  return {
    reply: jsonErrorReply(404, 'UnknownOperationException', 'Not Found', context),
    verdict: {
      status: 404,
      label: 'UnknownOperationException',
      reason: `no route for ${request.method} ${splitTarget(request.target).path}`,
    },
    accepted: false,
  };
}

function tooLarge(state: EmulatorState): Outcome {
  const context = newReplyContext(state.clock());
  return {
    reply: jsonErrorReply(413, 'ValidationException', 'Request body too large', context),
    verdict: { status: 413, label: 'ValidationException', reason: 'body over 1 MiB' },
    accepted: false,
  };
}

function internalFailure(res: ServerResponse, state: EmulatorState, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  state.log(
    formatVerdict({ status: 500, label: 'InternalFailure', reason: `emulator bug: ${detail}` }),
  );
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const context = newReplyContext(state.clock());
  const reply = jsonErrorReply(500, 'InternalFailure', 'The emulator failed.', context);
  res.writeHead(reply.status, reply.headers).end(reply.body);
}

/** The whole body, or undefined when it exceeds MAX_BODY_BYTES. */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('The emulator is not listening on a TCP port.'));
        return;
      }
      resolve(address);
    });
  });
}

function urlHost(address: AddressInfo): string {
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}

/** Stalled and keep-alive connections would hold close() open forever, so they are cut. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
    server.closeAllConnections();
  });
}
