/**
 * Verifies the SigV4-X509 signature of a CreateSession request as Roles Anywhere does
 * (https://docs.aws.amazon.com/rolesanywhere/latest/userguide/authentication-sign-process.html):
 * the string to sign is rebuilt from the raw request and checked with the leaf's public key.
 */
import { verify } from 'node:crypto';
import { MAX_CLOCK_SKEW_MS, describeSkew, parseAmzDate } from './amzDate.js';
import { X509_ALGORITHMS, parseAuthorization, type ParsedAuthorization } from './authorization.js';
import {
  canonicalRequestParts,
  createCanonicalRequest,
  createStringToSign,
  credentialScope,
} from './canonical.js';
import {
  decodeStrictBase64,
  parseCertificate,
  type CertificateKeyType,
  type ParsedCertificate,
} from './certificate.js';
import { headerValues, singleHeader, type RawRequest } from './rawRequest.js';
import { invalidSignature, untrustedCertificate } from './rejection.js';

export interface VerifiedSigner {
  readonly leaf: ParsedCertificate;
  readonly intermediates: readonly ParsedCertificate[];
  /** The region of the credential scope: the region the request was meant for. */
  readonly region: string;
}

const REQUIRED_SIGNED = ['content-type', 'host', 'x-amz-date', 'x-amz-x509'];

/** Throws a Rejection ("Invalid signature" or "Untrusted Signing Certificate") on any failure. */
export function verifyX509Request(request: RawRequest, now: Date): VerifiedSigner {
  const authorization = readAuthorization(request);
  const amzDate = readAmzDate(request, authorization, now);
  const leaf = readLeaf(request);
  const intermediates = readChain(request);
  checkSignedHeaders(request, authorization.signedHeaders);
  checkSerial(authorization.credential.id, leaf);
  checkAlgorithm(authorization.algorithm, leaf);

  const scope = credentialScope(
    authorization.credential.dateStamp,
    authorization.credential.region,
    'rolesanywhere',
  );
  const canonical = createCanonicalRequest(
    canonicalRequestParts(request, authorization.signedHeaders),
  );
  const stringToSign = createStringToSign(authorization.algorithm, amzDate, scope, canonical);
  checkSignature(stringToSign, authorization, leaf);
  return { leaf, intermediates, region: authorization.credential.region };
}

function readAuthorization(request: RawRequest): ParsedAuthorization {
  const header = singleHeader(request, 'authorization');
  if (header.kind === 'absent') throw invalidSignature('no Authorization header');
  if (header.kind === 'repeated') throw invalidSignature('Authorization header sent twice');
  const parsed = parseAuthorization(header.value, X509_ALGORITHMS);
  if (!parsed.ok) throw invalidSignature(parsed.reason);
  if (parsed.value.credential.service !== 'rolesanywhere') {
    throw invalidSignature(
      `credential scope service is '${parsed.value.credential.service}', not rolesanywhere`,
    );
  }
  return parsed.value;
}

function readAmzDate(request: RawRequest, authorization: ParsedAuthorization, now: Date): string {
  const header = singleHeader(request, 'x-amz-date');
  if (header.kind !== 'one') throw invalidSignature('X-Amz-Date must be sent exactly once');
  const date = parseAmzDate(header.value);
  if (date === undefined)
    throw invalidSignature(`X-Amz-Date '${header.value}' is not YYYYMMDDTHHMMSSZ`);
  if (Math.abs(date.getTime() - now.getTime()) > MAX_CLOCK_SKEW_MS) {
    throw invalidSignature(
      `X-Amz-Date ${header.value} is ${describeSkew(date, now)} the server clock (limit 5 minutes)`,
    );
  }
  if (authorization.credential.dateStamp !== header.value.slice(0, 8)) {
    throw invalidSignature(
      `credential scope date ${authorization.credential.dateStamp} differs from X-Amz-Date ${header.value}`,
    );
  }
  return header.value;
}

/** The leaf's serial for the verdict line, when X-Amz-X509 holds a certificate at all. */
export function presentedSerial(request: RawRequest): bigint | undefined {
  try {
    return readLeaf(request).serial;
  } catch {
    return undefined;
  }
}

function readLeaf(request: RawRequest): ParsedCertificate {
  const header = singleHeader(request, 'x-amz-x509');
  if (header.kind !== 'one') throw invalidSignature('X-Amz-X509 must be sent exactly once');
  return decodeCertificateHeader(header.value, 'X-Amz-X509');
}

function readChain(request: RawRequest): ParsedCertificate[] {
  const header = singleHeader(request, 'x-amz-x509-chain');
  if (header.kind === 'absent') return [];
  if (header.kind === 'repeated') throw untrustedCertificate('X-Amz-X509-Chain sent twice');
  if (header.value.trim() === '') throw untrustedCertificate('X-Amz-X509-Chain is empty');
  return header.value
    .split(',')
    .map((part, i) => decodeCertificateHeader(part, `X-Amz-X509-Chain entry ${i + 1}`));
}

function decodeCertificateHeader(value: string, label: string): ParsedCertificate {
  const der = decodeStrictBase64(value);
  if (der === undefined) throw untrustedCertificate(`${label} is not standard base64`);
  try {
    return parseCertificate(der);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw untrustedCertificate(`${label} is not a DER certificate (${detail})`);
  }
}

function checkSignedHeaders(request: RawRequest, signed: readonly string[]): void {
  const required = [...REQUIRED_SIGNED];
  if (headerValues(request, 'x-amz-x509-chain').length > 0) required.push('x-amz-x509-chain');
  const unsigned = required.filter((name) => !signed.includes(name));
  if (unsigned.length > 0) throw invalidSignature(`${unsigned.join(', ')} not signed`);
  const missing = signed.filter((name) => headerValues(request, name).length === 0);
  if (missing.length > 0) throw invalidSignature(`signed header(s) ${missing.join(', ')} not sent`);
  if (signed.includes('authorization')) throw invalidSignature('Authorization must not be signed');
  if (headerValues(request, 'host').length > 1) throw invalidSignature('Host sent twice');
}

function checkSerial(credentialId: string, leaf: ParsedCertificate): void {
  if (!/^(0|[1-9][0-9]*)$/.test(credentialId)) {
    throw invalidSignature(
      `Credential serial '${credentialId}' is not decimal (the leaf's serial is ${leaf.serial})`,
    );
  }
  if (BigInt(credentialId) !== leaf.serial) {
    throw invalidSignature(
      `Credential serial ${credentialId} is not the leaf's serial ${leaf.serial}`,
    );
  }
}

function checkAlgorithm(algorithm: string, leaf: ParsedCertificate): void {
  if (leaf.keyType === 'unsupported') {
    throw untrustedCertificate('leaf key is neither RSA, EC P-256/P-384 nor ML-DSA');
  }
  const expected = ALGORITHM_FOR[leaf.keyType];
  if (algorithm !== expected) {
    throw invalidSignature(`algorithm ${algorithm} does not match the leaf's ${leaf.keyType} key`);
  }
}

function checkSignature(
  stringToSign: string,
  authorization: ParsedAuthorization,
  leaf: ParsedCertificate,
): void {
  const signature = Buffer.from(authorization.signature, 'hex');
  if (isMlDsa(leaf.keyType)) {
    checkMlDsaSignature(stringToSign, signature, leaf);
    return;
  }
  if (leaf.keyType !== 'rsa' && !isDerEcdsaSignature(signature)) {
    // WebCrypto's raw r||s form: the service wants ASN.1 DER SEQUENCE{r, s}.
    throw invalidSignature(`ECDSA signature is not DER (${signature.length} raw bytes, r||s?)`);
  }
  let valid = false;
  try {
    valid = verify(
      'sha256',
      Buffer.from(stringToSign),
      { key: leaf.publicKey, dsaEncoding: 'der' },
      signature,
    );
  } catch {
    valid = false;
  }
  if (!valid) throw invalidSignature('string to sign does not match the signature');
}

const ALGORITHM_FOR: Readonly<Record<Exclude<CertificateKeyType, 'unsupported'>, string>> = {
  rsa: 'AWS4-X509-RSA-SHA256',
  'ec-p256': 'AWS4-X509-ECDSA-SHA256',
  'ec-p384': 'AWS4-X509-ECDSA-SHA256',
  'ml-dsa-44': 'AWS4-X509-MLDSA',
  'ml-dsa-65': 'AWS4-X509-MLDSA',
  'ml-dsa-87': 'AWS4-X509-MLDSA',
};

/** FIPS 204 table 2: the signature size fixes the parameter set. */
const ML_DSA_SIGNATURE_BYTES: Readonly<Record<string, number>> = {
  'ml-dsa-44': 2420,
  'ml-dsa-65': 3309,
  'ml-dsa-87': 4627,
};

function isMlDsa(keyType: CertificateKeyType): boolean {
  return ML_DSA_SIGNATURE_BYTES[keyType] !== undefined;
}

/**
 * Pure ML-DSA with an empty context over the string to sign itself: a signature over its SHA-256
 * digest (HashML-DSA or a pre-hash by hand), or by another parameter set's key, does not verify.
 */
function checkMlDsaSignature(stringToSign: string, signature: Buffer, leaf: ParsedCertificate) {
  const expected = ML_DSA_SIGNATURE_BYTES[leaf.keyType];
  if (signature.length !== expected) {
    throw invalidSignature(
      `${leaf.keyType.toUpperCase()} signature must be ${expected} bytes, got ${signature.length}`,
    );
  }
  let valid = false;
  try {
    valid = verify(null, Buffer.from(stringToSign), leaf.publicKey, signature);
  } catch {
    valid = false;
  }
  if (!valid) throw invalidSignature('string to sign does not match the ML-DSA signature');
}

/** SEQUENCE { INTEGER r, INTEGER s } with definite lengths that add up to the whole signature. */
function isDerEcdsaSignature(signature: Buffer): boolean {
  if (signature[0] !== 0x30) return false;
  const long = signature[1] === 0x81;
  const bodyStart = long ? 3 : 2;
  const bodyLength = long ? signature[2] : signature[1];
  if (bodyLength === undefined || bodyStart + bodyLength !== signature.length) return false;
  let offset = bodyStart;
  for (let i = 0; i < 2; i += 1) {
    const length = signature[offset + 1];
    if (signature[offset] !== 0x02 || length === undefined || length === 0) return false;
    offset += 2 + length;
  }
  return offset === signature.length;
}
