/**
 * Test-only request signing, written apart from both the project's signer (src/core/sigv4) and the
 * emulator's verifier, so that a test request is an independent third opinion. Each option that
 * breaks the protocol on purpose is named after the mistake it makes.
 */
import { createHash, createHmac, sign, type KeyObject } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface SigningLeaf {
  readonly certificateDer: Buffer;
  readonly privateKey: KeyObject;
  readonly serial: bigint;
}

export interface CreateSessionSigning {
  readonly leaf: SigningLeaf;
  readonly intermediates?: readonly { readonly certificateDer: Buffer }[] | undefined;
  readonly body: string;
  /** The Host header to send and sign, e.g. `127.0.0.1:4567`. */
  readonly host: string;
  readonly date: Date;
  readonly region?: string;
  readonly target?: string;
  // Deliberate mistakes:
  readonly serialFormat?: 'decimal' | 'hex';
  readonly ecdsaEncoding?: 'der' | 'raw';
  readonly algorithm?: string;
  readonly signingKey?: KeyObject;
  /** Replaces X-Amz-X509-Chain verbatim (e.g. `''` for an empty header). */
  readonly chainHeader?: string;
  /** Headers left out of SignedHeaders (still sent). */
  readonly unsigned?: readonly string[];
  /** Makes the hex signature itself, for keys this Node cannot use (ML-DSA before Node 24). */
  readonly signature?: (stringToSign: string) => string;
}

export interface SignedRequest {
  readonly method: string;
  readonly target: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');

export function amzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function canonicalRequest(
  method: string,
  target: string,
  headers: Record<string, string>,
  signed: readonly string[],
  body: string,
): string {
  const [path = '/', query = ''] = target.split('?');
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const lines = signed.map((name) => `${name}:${(lower[name] ?? '').trim()}\n`).join('');
  const sortedQuery = query.split('&').filter(Boolean).sort().join('&');
  return [method, path, sortedQuery, lines, signed.join(';'), sha256(body)].join('\n');
}

/** Signs a CreateSession request the way protocol.md describes. */
export function signCreateSession(o: CreateSessionSigning): SignedRequest {
  const region = o.region ?? 'us-east-1';
  const isRsa = o.leaf.privateKey.asymmetricKeyType === 'rsa';
  const algorithm = o.algorithm ?? (isRsa ? 'AWS4-X509-RSA-SHA256' : 'AWS4-X509-ECDSA-SHA256');
  const date = amzDate(o.date);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Host: o.host,
    'X-Amz-Date': date,
    'X-Amz-X509': o.leaf.certificateDer.toString('base64'),
  };
  const chain =
    o.chainHeader ?? o.intermediates?.map((c) => c.certificateDer.toString('base64')).join(',');
  if (chain !== undefined) headers['X-Amz-X509-Chain'] = chain;
  const signed = Object.keys(headers)
    .map((name) => name.toLowerCase())
    .filter((name) => !(o.unsigned ?? []).includes(name))
    .sort();
  const target = o.target ?? '/sessions';
  const scope = `${date.slice(0, 8)}/${region}/rolesanywhere/aws4_request`;
  const stringToSign = [
    algorithm,
    date,
    scope,
    sha256(canonicalRequest('POST', target, headers, signed, o.body)),
  ].join('\n');
  const signature =
    o.signature?.(stringToSign) ??
    sign('sha256', Buffer.from(stringToSign), {
      key: o.signingKey ?? o.leaf.privateKey,
      dsaEncoding: o.ecdsaEncoding === 'raw' ? 'ieee-p1363' : 'der',
    }).toString('hex');
  const serial = o.serialFormat === 'hex' ? o.leaf.serial.toString(16) : o.leaf.serial.toString();
  headers.Authorization = `${algorithm} Credential=${serial}/${scope}, SignedHeaders=${signed.join(';')}, Signature=${signature}`;
  return { method: 'POST', target, headers, body: o.body };
}

export interface StsSigning {
  readonly host: string;
  readonly date: Date;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly region?: string;
  readonly body?: string;
}

/** Signs an STS query-protocol request with ordinary SigV4 (HMAC). */
export function signSts(o: StsSigning): SignedRequest {
  const region = o.region ?? 'us-east-1';
  const date = amzDate(o.date);
  const body = o.body ?? 'Action=GetCallerIdentity&Version=2011-06-15';
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
    Host: o.host,
    'X-Amz-Date': date,
  };
  if (o.sessionToken !== undefined) headers['X-Amz-Security-Token'] = o.sessionToken;
  const signed = Object.keys(headers)
    .map((name) => name.toLowerCase())
    .sort();
  const scope = `${date.slice(0, 8)}/${region}/sts/aws4_request`;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    date,
    scope,
    sha256(canonicalRequest('POST', '/', headers, signed, body)),
  ].join('\n');
  const hmac = (key: string | Buffer, data: string): Buffer =>
    createHmac('sha256', key).update(data).digest();
  const key = [date.slice(0, 8), region, 'sts', 'aws4_request'].reduce<string | Buffer>(
    (k, part) => hmac(k, part),
    `AWS4${o.secretAccessKey}`,
  );
  const signature = hmac(key, stringToSign).toString('hex');
  headers.Authorization = `AWS4-HMAC-SHA256 Credential=${o.accessKeyId}/${scope}, SignedHeaders=${signed.join(';')}, Signature=${signature}`;
  return { method: 'POST', target: '/', headers, body };
}

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** Sends exactly the given headers (Host included) to the server at `baseUrl`. */
export function send(
  baseUrl: string,
  request: SignedRequest,
  options: { readonly ca?: string; readonly timeoutMs?: number | undefined } = {},
): Promise<HttpAnswer> {
  const url = new URL(baseUrl);
  const doRequest = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = doRequest(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.target,
        headers: request.headers,
        ca: options.ca,
        timeout: options.timeoutMs ?? 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(request.body);
  });
}
