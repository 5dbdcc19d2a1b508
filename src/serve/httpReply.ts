import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CredentialRefresher } from './credentialRefresher.js';
import { errorDocument } from './documents.js';

export function reply(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(body)),
    // Credentials must never sit in a cache between the server and the client.
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

export function replyError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  reply(res, status, 'application/json', errorDocument(code, message), headers);
}

/**
 * Whether the Host header names this machine's loopback. Anything else means a name that
 * resolved to 127.0.0.1 from outside, the signature of a DNS-rebinding page in a browser.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const name = /^(\[[^\]]*\]|[^:]*)(?::\d{1,5})?$/.exec(host.trim().toLowerCase())?.[1];
  return name === '127.0.0.1' || name === 'localhost' || name === '[::1]';
}

/** The path of a request target, without the query string. */
export function pathOf(req: IncomingMessage): string {
  const target = req.url ?? '/';
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}

/** Counters for the stop line and the tests. */
export interface RequestCounters {
  served: number;
  refused: number;
  unavailable: number;
  other: number;
}

export function newCounters(): RequestCounters {
  return { served: 0, refused: 0, unavailable: 0, other: 0 };
}

/**
 * Answers with the current credentials in the shape `document` gives them, or 503 while there are
 * none that are valid: never an expired or empty set as success. Shared by both protocols.
 */
export function replyWithCurrent(
  res: ServerResponse,
  refresher: Pick<CredentialRefresher, 'current'>,
  counters: RequestCounters,
  document: (
    credentials: Extract<ReturnType<CredentialRefresher['current']>, { kind: 'available' }>,
  ) => string,
): void {
  const current = refresher.current();
  if (current.kind === 'unavailable') {
    counters.unavailable += 1;
    replyError(res, 503, 'CredentialsUnavailable', `No valid credentials: ${current.reason}`, {
      'retry-after': '5',
    });
    return;
  }
  counters.served += 1;
  reply(res, 200, 'application/json', document(current));
}
