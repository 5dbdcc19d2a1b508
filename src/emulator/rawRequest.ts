/**
 * The request exactly as it arrived: the verifier must rebuild the canonical request from what was
 * received, never from what a client library would have normalised.
 */
export interface RawRequest {
  readonly method: string;
  /** The request target as sent: path plus optional `?query`, still percent-encoded. */
  readonly target: string;
  /** Header name/value pairs in arrival order, names as sent (Node's `rawHeaders`). */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

export function fromRawHeaders(rawHeaders: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    pairs.push([rawHeaders[i] ?? '', rawHeaders[i + 1] ?? '']);
  }
  return pairs;
}

/** All values sent under `name` (case-insensitive), in arrival order. */
export function headerValues(request: RawRequest, name: string): string[] {
  const wanted = name.toLowerCase();
  return request.headers.filter(([n]) => n.toLowerCase() === wanted).map(([, v]) => v);
}

export type SingleHeader =
  | { readonly kind: 'absent' }
  | { readonly kind: 'one'; readonly value: string }
  | { readonly kind: 'repeated' };

/** A header that must appear at most once; repeats are ambiguous and refused by the callers. */
export function singleHeader(request: RawRequest, name: string): SingleHeader {
  const values = headerValues(request, name);
  const [first] = values;
  if (first === undefined) return { kind: 'absent' };
  if (values.length > 1) return { kind: 'repeated' };
  return { kind: 'one', value: first };
}

export function splitTarget(target: string): { readonly path: string; readonly query: string } {
  const index = target.indexOf('?');
  if (index === -1) return { path: target, query: '' };
  return { path: target.slice(0, index), query: target.slice(index + 1) };
}
