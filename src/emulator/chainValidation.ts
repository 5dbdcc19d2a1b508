/**
 * Path validation from the leaf through the X-Amz-X509-Chain intermediates to a configured trust
 * anchor, with the constraints Roles Anywhere documents for end-entity and CA certificates
 * (https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html): X.509v3, CA:FALSE
 * and digitalSignature on the leaf, CA:TRUE and keyCertSign on issuers, SHA-256 or stronger
 * signatures, and every certificate within its validity period.
 */
import { verify } from 'node:crypto';
import { ML_DSA_KEY_TYPES, type ParsedCertificate } from './certificate.js';
import { untrustedCertificate } from './rejection.js';

export interface ChainInput {
  readonly leaf: ParsedCertificate;
  readonly intermediates: readonly ParsedCertificate[];
  readonly anchors: readonly ParsedCertificate[];
  readonly now: Date;
  /** Accept a leaf without basicConstraints or without keyUsage (both documented as required). */
  readonly lenientExtensions?: boolean;
}

/** Longest path accepted: leaf, up to five intermediates, anchor. */
const MAX_INTERMEDIATES = 5;

const STRONG_SIGNATURES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '2.16.840.1.101.3.4.3.17': 'id-ml-dsa-44',
  '2.16.840.1.101.3.4.3.18': 'id-ml-dsa-65',
  '2.16.840.1.101.3.4.3.19': 'id-ml-dsa-87',
};

const WEAK_SIGNATURES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10040.4.3': 'dsa-with-sha1',
};

/** Extensions this validator understands; any other critical one makes the path invalid. */
const UNDERSTOOD_CRITICAL = new Set(['2.5.29.15', '2.5.29.17', '2.5.29.19', '2.5.29.37']);

/** Throws an "Untrusted Signing Certificate" rejection naming the failed check. */
export function validateChain(input: ChainInput): readonly ParsedCertificate[] {
  checkLeaf(input.leaf, input.lenientExtensions ?? false);
  const path: ParsedCertificate[] = [input.leaf];
  const unused = [...input.intermediates];
  for (;;) {
    const current = path[path.length - 1] ?? input.leaf;
    checkCommon(current, describe(current, path.length === 1 ? 'leaf' : 'intermediate'), input.now);
    const anchor = findIssuer(current, input.anchors);
    if (anchor !== undefined) {
      checkCommon(anchor, describe(anchor, 'trust anchor'), input.now);
      checkIssuer(anchor, 'trust anchor', path.length - 1);
      return [...path, anchor];
    }
    const intermediate = findIssuer(current, unused);
    if (intermediate === undefined) throw noIssuer(current, input);
    if (path.length > MAX_INTERMEDIATES) {
      throw untrustedCertificate(`chain is longer than ${MAX_INTERMEDIATES} intermediates`);
    }
    checkIssuer(intermediate, 'intermediate', path.length - 1);
    unused.splice(unused.indexOf(intermediate), 1);
    path.push(intermediate);
  }
}

function checkLeaf(leaf: ParsedCertificate, lenientExtensions: boolean): void {
  if (leaf.version !== 3) {
    throw untrustedCertificate(`leaf ${leaf.subject} is X.509v${leaf.version}, not v3`);
  }
  if (leaf.basicConstraints?.ca === true) {
    throw untrustedCertificate(`leaf ${leaf.subject} is a CA certificate (CA:TRUE)`);
  }
  if (leaf.basicConstraints === undefined && !lenientExtensions) {
    throw untrustedCertificate(
      `leaf ${leaf.subject} has no basicConstraints extension (CA:FALSE required; --lenient-extensions accepts it)`,
    );
  }
  if (leaf.keyUsage === undefined) {
    if (lenientExtensions) return;
    throw untrustedCertificate(
      `leaf ${leaf.subject} has no keyUsage extension (digitalSignature required; --lenient-extensions accepts it)`,
    );
  }
  if (!leaf.keyUsage.has('digitalSignature')) {
    throw untrustedCertificate(`leaf ${leaf.subject} lacks keyUsage digitalSignature`);
  }
}

function checkCommon(certificate: ParsedCertificate, label: string, now: Date): void {
  if (now < certificate.notBefore) {
    throw untrustedCertificate(
      `${label} is not valid before ${certificate.notBefore.toISOString()}`,
    );
  }
  if (now > certificate.notAfter) {
    throw untrustedCertificate(`${label} expired at ${certificate.notAfter.toISOString()}`);
  }
  const oid = certificate.signatureAlgorithmOid;
  const weak = WEAK_SIGNATURES[oid];
  if (weak !== undefined) throw untrustedCertificate(`${label} is signed with ${weak}`);
  if (STRONG_SIGNATURES[oid] === undefined) {
    throw untrustedCertificate(`${label} is signed with unsupported algorithm ${oid}`);
  }
  const unknown = certificate.criticalExtensions.find((oidX) => !UNDERSTOOD_CRITICAL.has(oidX));
  if (unknown !== undefined) {
    throw untrustedCertificate(`${label} has an unsupported critical extension ${unknown}`);
  }
}

/** `below` counts the intermediates between this issuer and the leaf (RFC 5280 pathLenConstraint). */
function checkIssuer(issuer: ParsedCertificate, role: string, below: number): void {
  const label = describe(issuer, role);
  if (issuer.basicConstraints?.ca !== true) {
    throw untrustedCertificate(`${label} is not a CA (basicConstraints CA:TRUE missing)`);
  }
  if (issuer.keyUsage !== undefined && !issuer.keyUsage.has('keyCertSign')) {
    throw untrustedCertificate(`${label} lacks keyUsage keyCertSign`);
  }
  const limit = issuer.basicConstraints.pathLength;
  if (limit !== undefined && below > limit) {
    throw untrustedCertificate(`${label} allows ${limit} intermediates below it, found ${below}`);
  }
}

function findIssuer(
  child: ParsedCertificate,
  candidates: readonly ParsedCertificate[],
): ParsedCertificate | undefined {
  return candidates.find(
    (candidate) => candidate.subject === child.issuer && signedBy(child, candidate),
  );
}

function signedBy(child: ParsedCertificate, issuer: ParsedCertificate): boolean {
  try {
    const mlDsa = ML_DSA_KEY_TYPES[child.signatureAlgorithmOid];
    if (mlDsa !== undefined)
      return child.x509.checkIssued(issuer.x509) && mlDsaSigned(child, issuer);
    return child.x509.checkIssued(issuer.x509) && child.x509.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/**
 * RFC 9881 section 2: the signature OID names the issuer key's parameter set, parameters are
 * absent, and the signature is pure ML-DSA (empty context) over the tbsCertificate DER. Checked
 * here rather than left to OpenSSL so the emulator holds its own view of the rule.
 */
function mlDsaSigned(child: ParsedCertificate, issuer: ParsedCertificate): boolean {
  if (ML_DSA_KEY_TYPES[child.signatureAlgorithmOid] !== issuer.keyType) return false;
  if (child.signatureParametersPresent) return false;
  return verify(null, child.tbs, issuer.publicKey, child.signatureValue);
}

function noIssuer(current: ParsedCertificate, input: ChainInput): Error {
  const named = [...input.anchors, ...input.intermediates].some(
    (c) => c.subject === current.issuer,
  );
  const label = describe(current, current === input.leaf ? 'leaf' : 'intermediate');
  if (named) {
    return untrustedCertificate(`${label}: the signature by ${current.issuer} does not verify`);
  }
  return untrustedCertificate(
    `${label}: issuer ${current.issuer} is neither a trust anchor nor in X-Amz-X509-Chain (missing intermediate?)`,
  );
}

function describe(certificate: ParsedCertificate, role: string): string {
  return `${role} ${certificate.subject}`;
}
