import type { X509Certificate } from 'node:crypto';

import {
  algorithmIdentifier,
  bigInteger,
  bitString,
  boolean,
  elements,
  encoded,
  explicit,
  isContext,
  octets,
  oid,
  parseDer,
  sequence,
  time,
  type Asn1Node,
} from './asn1.js';
import { formatName } from './distinguishedName.js';
import { describeKey, type KeyType } from './keyDescription.js';
import { mlDsaParameterSetOf, type MlDsaParameterSet } from './mlDsa.js';
import { DIGEST_OIDS, OID, SIGNATURE_HASH_OIDS, type SignatureHash } from './oids.js';

/**
 * What the checks and the doctor command need to know about a certificate. Node's
 * X509Certificate lacks key usage bits and the signature algorithm, so those come from the DER.
 */
export interface CertificateFacts {
  readonly serialDecimal: string;
  readonly subject: string;
  readonly issuer: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** 1, 2 or 3 as people write it (the DER holds 0, 1 or 2); undefined when unreadable. */
  readonly version: number | undefined;
  /** basicConstraints cA is TRUE. */
  readonly isCA: boolean;
  /** Whether there is a basicConstraints extension at all; undefined when unreadable. */
  readonly hasBasicConstraints: boolean | undefined;
  /** undefined when there is no keyUsage extension (which allows every use). */
  readonly digitalSignature: boolean | undefined;
  /** keyUsage bit names, undefined without the extension. */
  readonly keyUsage: readonly string[] | undefined;
  readonly signatureHash: SignatureHash;
  readonly keyType: KeyType;
  /** "RSA 2048", "EC P-256". */
  readonly keyDescription: string;
  readonly selfSigned: boolean;
}

// RFC 5280 section 4.2.1.3, bit 0 first.
const KEY_USAGE_BITS = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;

export function certificateFacts(cert: X509Certificate): CertificateFacts {
  const key = publicKeyFacts(cert);
  const parsed = readTbs(cert.raw);
  if (parsed === undefined) return fallbackFacts(cert, key);
  const { subjectDer, issuerDer, ...facts } = parsed;
  return {
    ...facts,
    keyType: key.type,
    keyDescription: key.description,
    selfSigned: subjectDer.equals(issuerDer) && verifiesWith(cert, cert),
  };
}

interface ParsedTbs {
  serialDecimal: string;
  subject: string;
  issuer: string;
  subjectDer: Buffer;
  issuerDer: Buffer;
  notBefore: Date;
  notAfter: Date;
  version: number;
  isCA: boolean;
  hasBasicConstraints: boolean;
  digitalSignature: boolean | undefined;
  keyUsage: readonly string[] | undefined;
  signatureHash: SignatureHash;
}

function readTbs(der: Uint8Array): ParsedTbs | undefined {
  try {
    const [tbsNode, signatureAlgorithmNode] = sequence(parseDer(der, 'Certificate'), 'Certificate');
    const tbs = sequence(tbsNode, 'TBSCertificate');
    const start = isContext(tbs[0], 0) ? 1 : 0;
    const field = (offset: number): Asn1Node | undefined => tbs[start + offset];
    const issuerNode = field(2);
    const subjectNode = field(4);
    if (issuerNode === undefined || subjectNode === undefined) return undefined;
    const [notBeforeNode, notAfterNode] = sequence(field(3), 'Validity');
    const extensions = readExtensions(tbs.find((node) => isContext(node, 3)));
    const keyUsage = extensions.get(OID.keyUsage);
    const usage = keyUsage === undefined ? undefined : keyUsageNames(keyUsage);
    const basicConstraints = extensions.get(OID.basicConstraints);
    return {
      serialDecimal: bigInteger(field(0), 'serialNumber').toString(10),
      subject: formatName(subjectNode),
      issuer: formatName(issuerNode),
      subjectDer: Buffer.from(encoded(subjectNode)),
      issuerDer: Buffer.from(encoded(issuerNode)),
      notBefore: time(notBeforeNode, 'notBefore'),
      notAfter: time(notAfterNode, 'notAfter'),
      version: start === 1 ? Number(bigInteger(explicit(tbs[0], 0, 'version'), 'version')) + 1 : 1,
      isCA: isCertificateAuthority(basicConstraints),
      hasBasicConstraints: basicConstraints !== undefined,
      digitalSignature: usage === undefined ? undefined : usage.includes('digitalSignature'),
      keyUsage: usage,
      signatureHash: signatureHash(signatureAlgorithmNode),
    };
  } catch {
    return undefined;
  }
}

/** Extension values (the DER inside extnValue) by OID. */
function readExtensions(node: Asn1Node | undefined): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  if (node === undefined) return found;
  for (const extension of sequence(explicit(node, 3, 'extensions'), 'Extensions')) {
    const parts = sequence(extension, 'Extension');
    const value = parts[parts.length - 1];
    found.set(oid(parts[0], 'extnID'), octets(value, 'extnValue'));
  }
  return found;
}

function keyUsageNames(value: Uint8Array): string[] {
  const { bytes, unusedBits } = bitString(parseDer(value, 'keyUsage'), 'keyUsage');
  const bitCount = bytes.length * 8 - unusedBits;
  return KEY_USAGE_BITS.filter((_, bit) => {
    if (bit >= bitCount) return false;
    return ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0;
  });
}

function isCertificateAuthority(value: Uint8Array | undefined): boolean {
  if (value === undefined) return false;
  const [first] = sequence(parseDer(value, 'basicConstraints'), 'basicConstraints');
  return boolean(first) === true;
}

function signatureHash(node: Asn1Node | undefined): SignatureHash {
  const algorithm = algorithmIdentifier(node, 'signatureAlgorithm');
  if (algorithm.oid !== OID.rsassaPss) return SIGNATURE_HASH_OIDS[algorithm.oid] ?? 'unknown';
  // RFC 4055: RSASSA-PSS-params start with [0] hashAlgorithm, DEFAULT sha1.
  const parameters = algorithm.parameters;
  const hashNode =
    parameters === undefined ? undefined : elements(parameters).find((part) => isContext(part, 0));
  if (hashNode === undefined) return 'SHA-1';
  const hash = DIGEST_OIDS[algorithmIdentifier(explicit(hashNode, 0, 'hash'), 'hash').oid];
  const labels = {
    md5: 'MD5',
    sha1: 'SHA-1',
    sha224: 'SHA-224',
    sha256: 'SHA-256',
    sha384: 'SHA-384',
    sha512: 'SHA-512',
  } as const;
  return hash === undefined ? 'unknown' : labels[hash];
}

function publicKeyFacts(cert: X509Certificate): { type: KeyType; description: string } {
  try {
    return describeKey(cert.publicKey);
  } catch {
    // A Node before 24 cannot load an ML-DSA public key, but the DER still names it.
    const parameterSet = spkiParameterSet(cert.raw);
    if (parameterSet === undefined) return { type: 'unknown', description: 'unknown key type' };
    return { type: mlDsaKeyType(parameterSet), description: parameterSet };
  }
}

function spkiParameterSet(der: Uint8Array): MlDsaParameterSet | undefined {
  try {
    const [tbsNode] = sequence(parseDer(der, 'Certificate'), 'Certificate');
    const tbs = sequence(tbsNode, 'TBSCertificate');
    const spki = tbs[isContext(tbs[0], 0) ? 6 : 5];
    return spki === undefined ? undefined : mlDsaParameterSetOf(encoded(spki));
  } catch {
    return undefined;
  }
}

function mlDsaKeyType(parameterSet: MlDsaParameterSet): KeyType {
  switch (parameterSet) {
    case 'ML-DSA-44':
      return 'ml-dsa-44';
    case 'ML-DSA-65':
      return 'ml-dsa-65';
    case 'ML-DSA-87':
      return 'ml-dsa-87';
  }
}

/** Whether `child` carries a valid signature by `issuer`'s key. */
export function verifiesWith(child: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return child.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

/** When the DER defeats our reader but not OpenSSL, report what Node itself can tell. */
function fallbackFacts(
  cert: X509Certificate,
  key: { type: KeyType; description: string },
): CertificateFacts {
  const serialHex = /^[0-9A-Fa-f]+$/.test(cert.serialNumber) ? cert.serialNumber : '0';
  const line = (name: string): string => name.split('\n').join(', ');
  return {
    serialDecimal: BigInt(`0x${serialHex}`).toString(10),
    subject: line(cert.subject),
    issuer: line(cert.issuer),
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    version: undefined,
    isCA: cert.ca,
    hasBasicConstraints: undefined,
    digitalSignature: undefined,
    keyUsage: undefined,
    signatureHash: 'unknown',
    keyType: key.type,
    keyDescription: key.description,
    selfSigned: cert.subject === cert.issuer && verifiesWith(cert, cert),
  };
}
