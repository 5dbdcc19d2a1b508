/**
 * What the emulator needs to know about a certificate, read once: pkijs for the fields Node does not
 * expose (version, signature algorithm, validity dates, extensions), node:crypto for the key and for
 * signature checks.
 */
import { X509Certificate, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export type CertificateKeyType =
  'rsa' | 'ec-p256' | 'ec-p384' | 'ml-dsa-44' | 'ml-dsa-65' | 'ml-dsa-87' | 'unsupported';

/** RFC 9881: the same OID names an ML-DSA public key and a signature made with it. */
export const ML_DSA_KEY_TYPES: Readonly<Record<string, CertificateKeyType>> = {
  '2.16.840.1.101.3.4.3.17': 'ml-dsa-44',
  '2.16.840.1.101.3.4.3.18': 'ml-dsa-65',
  '2.16.840.1.101.3.4.3.19': 'ml-dsa-87',
};

export interface ParsedCertificate {
  readonly der: Buffer;
  readonly x509: X509Certificate;
  /** 1, 2 or 3 as written in certificates (the DER field holds 0, 1 or 2). */
  readonly version: number;
  readonly serial: bigint;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly signatureAlgorithmOid: string;
  /** RFC 9881 forbids parameters with an ML-DSA signature; RSA has NULL, ECDSA none. */
  readonly signatureParametersPresent: boolean;
  /** The DER of tbsCertificate and the signature over it, for the emulator's own ML-DSA check. */
  readonly tbs: Buffer;
  readonly signatureValue: Buffer;
  readonly basicConstraints: { readonly ca: boolean; readonly pathLength?: number } | undefined;
  readonly keyUsage: ReadonlySet<string> | undefined;
  readonly criticalExtensions: readonly string[];
  readonly subject: string;
  readonly issuer: string;
  readonly commonName: string | undefined;
  readonly publicKey: KeyObject;
  readonly keyType: CertificateKeyType;
}

const KEY_USAGE_NAMES = [
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

/** Parses one DER certificate; throws an Error with a reason when it is not one. */
export function parseCertificate(der: Uint8Array): ParsedCertificate {
  const bytes = Buffer.from(der);
  const decoded = asn1js.fromBER(bytes);
  if (decoded.offset !== bytes.length) throw new Error('not a single DER certificate');
  const certificate = new pkijs.Certificate({ schema: decoded.result });
  const x509 = new X509Certificate(bytes);
  const publicKey = readPublicKey(x509, certificate.subjectPublicKeyInfo.algorithm.algorithmId);
  const extensions = certificate.extensions ?? [];
  return {
    der: bytes,
    x509,
    version: certificate.version + 1,
    serial: BigInt(`0x${x509.serialNumber}`),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    signatureAlgorithmOid: certificate.signatureAlgorithm.algorithmId,
    signatureParametersPresent: certificate.signatureAlgorithm.algorithmParams !== undefined,
    tbs: Buffer.from(certificate.tbsView),
    signatureValue: Buffer.from(certificate.signatureValue.valueBlock.valueHexView),
    basicConstraints: readBasicConstraints(extensions),
    keyUsage: readKeyUsage(extensions),
    criticalExtensions: extensions.filter((e) => e.critical).map((e) => e.extnID),
    subject: oneLineName(x509.subject),
    issuer: oneLineName(x509.issuer),
    commonName: commonName(certificate.subject),
    publicKey,
    keyType: keyTypeOf(publicKey),
  };
}

function extensionValue(
  extensions: readonly pkijs.Extension[],
  oid: string,
): asn1js.AsnType | undefined {
  const found = extensions.find((e) => e.extnID === oid);
  if (found === undefined) return undefined;
  const decoded = asn1js.fromBER(found.extnValue.valueBlock.valueHexView);
  if (decoded.offset === -1) throw new Error(`extension ${oid} is not valid DER`);
  return decoded.result;
}

function readBasicConstraints(
  extensions: readonly pkijs.Extension[],
): ParsedCertificate['basicConstraints'] {
  const schema = extensionValue(extensions, '2.5.29.19');
  if (schema === undefined) return undefined;
  const value = new pkijs.BasicConstraints({ schema });
  const limit = value.pathLenConstraint;
  if (limit === undefined) return { ca: value.cA };
  return {
    ca: value.cA,
    pathLength: typeof limit === 'number' ? limit : limit.valueBlock.valueDec,
  };
}

function readKeyUsage(extensions: readonly pkijs.Extension[]): ReadonlySet<string> | undefined {
  const value = extensionValue(extensions, '2.5.29.15');
  if (value === undefined) return undefined;
  if (!(value instanceof asn1js.BitString)) throw new Error('keyUsage is not a BIT STRING');
  const bytes = value.valueBlock.valueHexView;
  const names = KEY_USAGE_NAMES.filter(
    (_, bit) => ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0,
  );
  return new Set(names);
}

function commonName(name: pkijs.RelativeDistinguishedNames): string | undefined {
  const attribute = name.typesAndValues.find((t) => t.type === '2.5.4.3');
  if (attribute === undefined) return undefined;
  const block: unknown = attribute.value.valueBlock;
  if (
    typeof block === 'object' &&
    block !== null &&
    'value' in block &&
    typeof block.value === 'string'
  ) {
    return block.value;
  }
  return undefined;
}

/** Node prints names one attribute per line; a log line wants `CN=a, O=b`. */
function oneLineName(name: string): string {
  return name.split('\n').filter(Boolean).join(', ');
}

/** Thrown for an ML-DSA certificate on a Node that cannot load its key; the message is a noun. */
export class MlDsaNeedsNode24 extends Error {
  override readonly name = 'MlDsaNeedsNode24';
}

/** Node before 24 cannot load an ML-DSA key: say that rather than "not a certificate". */
function readPublicKey(x509: X509Certificate, spkiOid: string): KeyObject {
  try {
    return x509.publicKey;
  } catch (error) {
    const mlDsa = ML_DSA_KEY_TYPES[spkiOid];
    if (mlDsa === undefined) throw error;
    throw new MlDsaNeedsNode24(
      `an ${mlDsa.toUpperCase()} certificate, which needs the emulator on Node.js 24 or later`,
    );
  }
}

function keyTypeOf(key: KeyObject): CertificateKeyType {
  if (key.asymmetricKeyType === 'rsa') return 'rsa';
  const mlDsa = Object.values(ML_DSA_KEY_TYPES).find((type) => type === key.asymmetricKeyType);
  if (mlDsa !== undefined) return mlDsa;
  if (key.asymmetricKeyType !== 'ec') return 'unsupported';
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve === 'prime256v1') return 'ec-p256';
  if (curve === 'secp384r1') return 'ec-p384';
  return 'unsupported';
}

/** Standard base64 with padding, nothing else: what the service accepts in X-Amz-X509. */
export function decodeStrictBase64(value: string): Buffer | undefined {
  if (value.length === 0 || value.length % 4 !== 0) return undefined;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  const bytes = Buffer.from(value, 'base64');
  return bytes.toString('base64') === value ? bytes : undefined;
}

/** Trust anchors as configured: PEM text (one or more blocks), base64 DER, or DER/PEM bytes. */
export function decodeCertificates(source: string | Uint8Array): Buffer[] {
  const text = typeof source === 'string' ? source : Buffer.from(source).toString('latin1');
  const blocks = [
    ...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g),
  ];
  if (blocks.length > 0) {
    return blocks.map((block) => Buffer.from((block[1] ?? '').replace(/\s+/g, ''), 'base64'));
  }
  if (typeof source !== 'string') return [Buffer.from(source)];
  return [Buffer.from(source.replace(/\s+/g, ''), 'base64')];
}
