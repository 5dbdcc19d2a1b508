/**
 * SigV4 canonicalisation, written independently of the project's signer so that a bug in one is
 * caught by the other. Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
import { createHash } from 'node:crypto';
import { headerValues, splitTarget, type RawRequest } from './rawRequest.js';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** RFC 3986 unreserved characters stay, everything else is %XX in upper case. */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function decodeComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Non-S3 services encode each path segment of the already-encoded wire path once more, so the
 * canonical URI is the wire path with each segment URI-encoded.
 */
export function canonicalUri(path: string): string {
  if (path === '') return '/';
  return path
    .split('/')
    .map((segment) => uriEncode(segment))
    .join('/');
}

export function canonicalQuery(rawQuery: string): string {
  const pairs = rawQuery
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const index = part.indexOf('=');
      const name = index === -1 ? part : part.slice(0, index);
      const value = index === -1 ? '' : part.slice(index + 1);
      return [uriEncode(decodeComponent(name)), uriEncode(decodeComponent(value))] as const;
    });
  pairs.sort(([an, av], [bn, bv]) => (an === bn ? compare(av, bv) : compare(an, bn)));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Trims and collapses inner runs of spaces; repeated headers are joined with commas. */
export function canonicalHeaderValue(values: readonly string[]): string {
  return values.map((value) => value.trim().replace(/ +/g, ' ')).join(',');
}

export interface CanonicalRequestParts {
  readonly method: string;
  readonly canonicalUri: string;
  readonly canonicalQuery: string;
  /** `name:value\n` lines for the signed headers, in SignedHeaders order. */
  readonly canonicalHeaders: string;
  readonly signedHeaders: string;
  readonly payloadHash: string;
}

/** Builds the canonical request from the raw request and the headers its signature names. */
export function canonicalRequestParts(
  request: RawRequest,
  signedHeaders: readonly string[],
): CanonicalRequestParts {
  const { path, query } = splitTarget(request.target);
  const lines = signedHeaders.map(
    (name) => `${name}:${canonicalHeaderValue(headerValues(request, name))}\n`,
  );
  return {
    method: request.method,
    canonicalUri: canonicalUri(path),
    canonicalQuery: canonicalQuery(query),
    canonicalHeaders: lines.join(''),
    signedHeaders: signedHeaders.join(';'),
    payloadHash: sha256Hex(request.body),
  };
}

export function createCanonicalRequest(parts: CanonicalRequestParts): string {
  return [
    parts.method,
    parts.canonicalUri,
    parts.canonicalQuery,
    parts.canonicalHeaders,
    parts.signedHeaders,
    parts.payloadHash,
  ].join('\n');
}

export function credentialScope(dateStamp: string, region: string, service: string): string {
  return `${dateStamp}/${region}/${service}/aws4_request`;
}

export function createStringToSign(
  algorithm: string,
  amzDate: string,
  scope: string,
  canonicalRequest: string,
): string {
  return [algorithm, amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
}
