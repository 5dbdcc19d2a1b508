import type { IncomingMessage, ServerResponse } from 'node:http';
import { generateToken, tokenDigest } from './authToken.js';
import type { CredentialRefresher } from './credentialRefresher.js';
import { imdsCredentialsDocument } from './documents.js';
import {
  isLoopbackHost,
  pathOf,
  reply,
  replyWithCurrent,
  type RequestCounters,
} from './httpReply.js';

/**
 * IMDSv2 as the SDKs use it for credentials:
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
 * PUT /latest/api/token, then GET …/iam/security-credentials/ and …/<role> with the token.
 * IMDSv1 (a GET without a token) is refused, as on an instance that requires IMDSv2.
 */
export const IMDS_TOKEN_PATH = '/latest/api/token';
export const IMDS_CREDENTIALS_PATH = '/latest/meta-data/iam/security-credentials/';
const TTL_HEADER = 'x-aws-ec2-metadata-token-ttl-seconds';
const TOKEN_HEADER = 'x-aws-ec2-metadata-token';
const MAX_TTL_SECONDS = 21_600;

/** Session tokens issued by PUT /latest/api/token, kept by digest, bounded in number. */
export class ImdsSessionTokens {
  private readonly expiries = new Map<string, number>();
  private readonly now: () => Date;
  private readonly maxTokens: number;

  constructor(now: () => Date, maxTokens = 10_000) {
    this.now = now;
    this.maxTokens = maxTokens;
  }

  issue(ttlSeconds: number): string {
    const now = this.now().getTime();
    for (const [digest, expires] of this.expiries) {
      if (expires <= now) this.expiries.delete(digest);
    }
    // Oldest first (Map keeps insertion order): a flood of PUTs cannot grow memory without bound.
    while (this.expiries.size >= this.maxTokens) {
      const oldest = this.expiries.keys().next();
      if (oldest.done === true) break;
      this.expiries.delete(oldest.value);
    }
    const token = generateToken();
    this.expiries.set(tokenDigest(token), now + ttlSeconds * 1000);
    return token;
  }

  isValid(token: string): boolean {
    const digest = tokenDigest(token);
    const expires = this.expiries.get(digest);
    if (expires === undefined) return false;
    if (expires > this.now().getTime()) return true;
    this.expiries.delete(digest);
    return false;
  }
}

export interface ImdsEndpoint {
  /** The last segment of the role ARN: what …/security-credentials/ lists. */
  readonly roleName: string;
  readonly tokens: ImdsSessionTokens;
}

function text(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  reply(res, status, 'text/plain', body, headers);
}

function parseTtl(value: string | string[] | undefined): number | undefined {
  if (typeof value !== 'string' || !/^\d{1,6}$/.test(value.trim())) return undefined;
  const ttl = Number(value.trim());
  return ttl >= 1 && ttl <= MAX_TTL_SECONDS ? ttl : undefined;
}

export function handleImdsRequest(
  req: IncomingMessage,
  res: ServerResponse,
  endpoint: ImdsEndpoint,
  refresher: CredentialRefresher,
  counters: RequestCounters,
): void {
  // IMDS refuses anything that went through a proxy; it is the mark of an SSRF relay.
  if (req.headers['x-forwarded-for'] !== undefined || !isLoopbackHost(req.headers.host)) {
    counters.refused += 1;
    text(res, 403, 'Forbidden');
    return;
  }
  const path = pathOf(req);
  if (path === IMDS_TOKEN_PATH) {
    if (req.method !== 'PUT') {
      counters.other += 1;
      text(res, 405, 'Method Not Allowed', { allow: 'PUT' });
      return;
    }
    const ttl = parseTtl(req.headers[TTL_HEADER]);
    if (ttl === undefined) {
      counters.other += 1;
      text(
        res,
        400,
        `Bad Request: ${TTL_HEADER} must be a whole number of seconds from 1 to ${MAX_TTL_SECONDS}.`,
      );
      return;
    }
    text(res, 200, endpoint.tokens.issue(ttl), { [TTL_HEADER]: String(ttl) });
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    counters.other += 1;
    text(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
    return;
  }
  const token = req.headers[TOKEN_HEADER];
  if (typeof token !== 'string' || !endpoint.tokens.isValid(token)) {
    counters.refused += 1;
    text(res, 401, 'Unauthorized');
    return;
  }
  if (path === IMDS_CREDENTIALS_PATH || path === IMDS_CREDENTIALS_PATH.slice(0, -1)) {
    counters.other += 1;
    text(res, 200, endpoint.roleName);
    return;
  }
  if (path !== `${IMDS_CREDENTIALS_PATH}${endpoint.roleName}`) {
    counters.other += 1;
    text(res, 404, 'Not Found');
    return;
  }
  replyWithCurrent(res, refresher, counters, (current) =>
    imdsCredentialsDocument(current.credentials, current.obtainedAt),
  );
}
