import { createHash } from 'node:crypto';

export interface CanonicalInput {
  readonly method: string;
  readonly path: string;
  /** Already-canonical query string; empty for CreateSession's body form. */
  readonly query: string;
  /** Only the headers to sign, any case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array;
}

export interface CanonicalRequest {
  readonly canonicalRequest: string;
  readonly signedHeaders: string;
}

export function hashHex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SigV4: values trimmed, inner runs of spaces collapsed. */
function canonicalHeaderValue(value: string): string {
  return value.trim().replace(/ +/g, ' ');
}

export function createCanonicalRequest(input: CanonicalInput): CanonicalRequest {
  const entries = Object.entries(input.headers)
    .map(([name, value]) => [name.toLowerCase(), canonicalHeaderValue(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonicalHeaders = entries.map(([name, value]) => `${name}:${value}\n`).join('');
  const signedHeaders = entries.map(([name]) => name).join(';');
  const canonicalRequest = [
    input.method,
    input.path,
    input.query,
    canonicalHeaders,
    signedHeaders,
    hashHex(input.body),
  ].join('\n');
  return { canonicalRequest, signedHeaders };
}
