/**
 * Verifies an ordinary SigV4 (AWS4-HMAC-SHA256) request signed with credentials the emulator
 * issued, answering with STS's error codes. Spec:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { MAX_CLOCK_SKEW_MS, formatAmzDate, parseAmzDate } from './amzDate.js';
import { HMAC_ALGORITHM, parseAuthorization, type ParsedAuthorization } from './authorization.js';
import {
  canonicalRequestParts,
  createCanonicalRequest,
  createStringToSign,
  credentialScope,
} from './canonical.js';
import type { CredentialsStore, IssuedCredentials } from './credentialsStore.js';
import { headerValues, singleHeader, type RawRequest } from './rawRequest.js';
import { Rejection } from './rejection.js';

const INVALID_TOKEN = 'The security token included in the request is invalid.';
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/** Throws a Rejection carrying STS's status, code and message. */
export function verifyHmacRequest(
  request: RawRequest,
  now: Date,
  store: CredentialsStore,
  service: string,
): IssuedCredentials {
  const authorization = readAuthorization(request, service);
  const credentials = store.find(authorization.credential.id);
  if (credentials === undefined) {
    throw new Rejection(403, 'InvalidClientTokenId', INVALID_TOKEN, 'unknown access key id');
  }
  const token = singleHeader(request, 'x-amz-security-token');
  if (token.kind !== 'one' || token.value !== credentials.sessionToken) {
    throw new Rejection(
      403,
      'InvalidClientTokenId',
      INVALID_TOKEN,
      'session token missing or not the one issued with the key',
    );
  }
  if (now >= credentials.expiration) {
    throw new Rejection(
      403,
      'ExpiredToken',
      'The security token included in the request is expired',
      `expired at ${credentials.expiration.toISOString()}`,
    );
  }
  const amzDate = readAmzDate(request, authorization);
  checkSignature(request, authorization, amzDate, credentials.secretAccessKey);
  checkSkew(amzDate, now);
  return credentials;
}

function readAuthorization(request: RawRequest, service: string): ParsedAuthorization {
  const header = singleHeader(request, 'authorization');
  if (header.kind === 'absent') {
    throw new Rejection(
      403,
      'MissingAuthenticationToken',
      'Request is missing Authentication Token',
      'no Authorization header',
    );
  }
  const parsed =
    header.kind === 'one'
      ? parseAuthorization(header.value, [HMAC_ALGORITHM])
      : { ok: false as const, reason: 'Authorization sent twice' };
  if (!parsed.ok) {
    throw new Rejection(
      400,
      'IncompleteSignature',
      `Authorization header is malformed: ${parsed.reason}`,
      parsed.reason,
    );
  }
  if (parsed.value.credential.service !== service) {
    const message = `Credential should be scoped to correct service: '${service}'.`;
    throw new Rejection(403, 'SignatureDoesNotMatch', message, message);
  }
  if (!parsed.value.signedHeaders.includes('host')) {
    throw new Rejection(403, 'SignatureDoesNotMatch', MISMATCH, 'host is not signed');
  }
  return parsed.value;
}

function readAmzDate(request: RawRequest, authorization: ParsedAuthorization): string {
  const header = singleHeader(request, 'x-amz-date');
  if (header.kind !== 'one' || parseAmzDate(header.value) === undefined) {
    throw new Rejection(
      400,
      'IncompleteSignature',
      'X-Amz-Date must be sent once as YYYYMMDDTHHMMSSZ',
      'X-Amz-Date missing or malformed',
    );
  }
  if (header.value.slice(0, 8) !== authorization.credential.dateStamp) {
    throw new Rejection(
      403,
      'SignatureDoesNotMatch',
      MISMATCH,
      'credential scope date differs from X-Amz-Date',
    );
  }
  return header.value;
}

function checkSignature(
  request: RawRequest,
  authorization: ParsedAuthorization,
  amzDate: string,
  secretAccessKey: string,
): void {
  const missing = authorization.signedHeaders.filter(
    (name) => headerValues(request, name).length === 0,
  );
  if (missing.length > 0) {
    throw new Rejection(
      403,
      'SignatureDoesNotMatch',
      MISMATCH,
      `signed header(s) ${missing.join(', ')} not sent`,
    );
  }
  const { dateStamp, region, service } = authorization.credential;
  const scope = credentialScope(dateStamp, region, service);
  const canonical = createCanonicalRequest(
    canonicalRequestParts(request, authorization.signedHeaders),
  );
  const stringToSign = createStringToSign(HMAC_ALGORITHM, amzDate, scope, canonical);
  const expected = hmac(signingKey(secretAccessKey, dateStamp, region, service), stringToSign);
  const given = Buffer.from(authorization.signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new Rejection(
      403,
      'SignatureDoesNotMatch',
      MISMATCH,
      'string to sign does not match the signature',
    );
  }
}

function checkSkew(amzDate: string, now: Date): void {
  const date = parseAmzDate(amzDate);
  if (date !== undefined && Math.abs(date.getTime() - now.getTime()) <= MAX_CLOCK_SKEW_MS) return;
  const limit = formatAmzDate(new Date(now.getTime() - MAX_CLOCK_SKEW_MS));
  const message = `Signature expired: ${amzDate} is now earlier than ${limit} (${formatAmzDate(now)} - 5 min.)`;
  throw new Rejection(
    403,
    'SignatureDoesNotMatch',
    message,
    `X-Amz-Date ${amzDate} is more than 5 minutes from the server clock`,
  );
}

function signingKey(secret: string, dateStamp: string, region: string, service: string): Buffer {
  const dateKey = hmac(`AWS4${secret}`, dateStamp);
  return hmac(hmac(hmac(dateKey, region), service), 'aws4_request');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}
