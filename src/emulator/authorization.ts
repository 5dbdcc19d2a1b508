/**
 * Strict parsing of a SigV4 `Authorization` header:
 * `<algorithm> Credential=<id>/<date>/<region>/<service>/aws4_request, SignedHeaders=<a;b>, Signature=<hex>`.
 */
export const X509_ALGORITHMS = [
  'AWS4-X509-RSA-SHA256',
  'AWS4-X509-ECDSA-SHA256',
  'AWS4-X509-MLDSA',
] as const;
export const HMAC_ALGORITHM = 'AWS4-HMAC-SHA256';

export interface CredentialScopeParts {
  /** The certificate serial (Roles Anywhere) or the access key id (HMAC). */
  readonly id: string;
  readonly dateStamp: string;
  readonly region: string;
  readonly service: string;
}

export interface ParsedAuthorization {
  readonly algorithm: string;
  readonly credential: CredentialScopeParts;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

export type AuthorizationResult =
  | { readonly ok: true; readonly value: ParsedAuthorization }
  | { readonly ok: false; readonly reason: string };

const SHAPE = /^(\S+) Credential=([^,\s]+), ?SignedHeaders=([^,\s]+), ?Signature=([^,\s]+)$/;

export function parseAuthorization(
  header: string,
  algorithms: readonly string[],
): AuthorizationResult {
  const match = SHAPE.exec(header);
  if (match === null) {
    return fail('Authorization is not "<algorithm> Credential=…, SignedHeaders=…, Signature=…"');
  }
  const [, algorithm = '', credential = '', signedHeaders = '', signature = ''] = match;
  if (!algorithms.includes(algorithm)) {
    return fail(`algorithm ${algorithm} is not one of ${algorithms.join(', ')}`);
  }
  const scope = parseCredential(credential);
  if (!scope.ok) return scope;
  const headers = parseSignedHeaders(signedHeaders);
  if (!headers.ok) return headers;
  if (!/^[0-9a-f]+$/.test(signature) || signature.length % 2 !== 0) {
    return fail('Signature is not lower-case hex');
  }
  return {
    ok: true,
    value: { algorithm, credential: scope.value, signedHeaders: headers.value, signature },
  };
}

function parseCredential(
  credential: string,
): { ok: true; value: CredentialScopeParts } | { ok: false; reason: string } {
  const parts = credential.split('/');
  const [id = '', dateStamp = '', region = '', service = '', terminator = ''] = parts;
  if (parts.length !== 5 || terminator !== 'aws4_request') {
    return fail('Credential is not <id>/<date>/<region>/<service>/aws4_request');
  }
  if (!/^\d{8}$/.test(dateStamp))
    return fail(`credential scope date '${dateStamp}' is not YYYYMMDD`);
  if (!/^[a-z0-9-]+$/.test(region)) return fail(`credential scope region '${region}' is invalid`);
  return { ok: true, value: { id, dateStamp, region, service } };
}

function parseSignedHeaders(
  list: string,
): { ok: true; value: readonly string[] } | { ok: false; reason: string } {
  const names = list.split(';');
  if (names.some((name) => !/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(name))) {
    return fail('SignedHeaders must be lower-case header names separated by ;');
  }
  const sorted = [...names].sort();
  if (sorted.some((name, i) => name !== names[i] || name === names[i + 1])) {
    return fail('SignedHeaders must be sorted and without repeats');
  }
  return { ok: true, value: names };
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
