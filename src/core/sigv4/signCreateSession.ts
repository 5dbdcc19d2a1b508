import type { KeyObject } from 'node:crypto';
import { formatRequestDate } from './amzDate.js';
import { createAuthorizationHeader } from './authorization.js';
import { createCanonicalRequest } from './canonicalRequest.js';
import {
  ALGORITHMS,
  CONTENT_TYPE,
  CREATE_SESSION_PATH,
  type ExternalKey,
  HEADER_AMZ_DATE,
  HEADER_X509,
  HEADER_X509_CHAIN,
  type KeyType,
} from './constants.js';
import { credentialScope } from './credentialScope.js';
import { createSignature } from './signature.js';
import { createStringToSign } from './stringToSign.js';

/** What signing needs from the credential material. */
export interface SigningIdentity {
  readonly leafDer: Uint8Array;
  /** Leaf-side first; never the trust anchor's root. */
  readonly intermediatesDer: readonly Uint8Array[];
  readonly privateKey: KeyObject | ExternalKey;
  readonly keyType: KeyType;
  readonly serialDecimal: string;
}

export interface CreateSessionRequest {
  /** The service's base URL; `/sessions` is resolved against it. */
  readonly endpoint: URL;
  readonly region: string;
  readonly body: string;
}

export interface SignedRequest {
  readonly method: 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Kept for diagnostics and tests; neither holds a secret. */
  readonly canonicalRequest: string;
  readonly stringToSign: string;
}

function toBase64(der: Uint8Array): string {
  return Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
}

function createSessionUrl(endpoint: URL): URL {
  const url = new URL(endpoint.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${CREATE_SESSION_PATH}`;
  url.search = '';
  return url;
}

/** Signs a CreateSession request; a retry must call this again for a fresh date. */
export function signCreateSession(
  identity: SigningIdentity,
  request: CreateSessionRequest,
  now: Date,
): SignedRequest {
  const url = createSessionUrl(request.endpoint);
  const { amzDate, dateStamp } = formatRequestDate(now);
  const signed: Record<string, string> = {
    'content-type': CONTENT_TYPE,
    // The Host that is signed is the one sent: URL.host keeps a non-default port.
    host: url.host,
    [HEADER_AMZ_DATE]: amzDate,
    [HEADER_X509]: toBase64(identity.leafDer),
  };
  // The service rejects an empty chain header, so it exists only when there are intermediates.
  if (identity.intermediatesDer.length > 0) {
    signed[HEADER_X509_CHAIN] = identity.intermediatesDer.map(toBase64).join(',');
  }
  const { canonicalRequest, signedHeaders } = createCanonicalRequest({
    method: 'POST',
    path: url.pathname,
    query: '',
    headers: signed,
    body: request.body,
  });
  const algorithm = ALGORITHMS[identity.keyType];
  const scope = credentialScope(dateStamp, request.region);
  const stringToSign = createStringToSign(algorithm, amzDate, scope, canonicalRequest);
  const signature = createSignature(stringToSign, identity.privateKey, identity.keyType);
  const authorization = createAuthorizationHeader({
    algorithm,
    serialDecimal: identity.serialDecimal,
    scope,
    signedHeaders,
    signature,
  });
  return {
    method: 'POST',
    url: url.href,
    headers: { ...signed, authorization },
    body: request.body,
    canonicalRequest,
    stringToSign,
  };
}
