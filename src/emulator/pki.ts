/**
 * An in-process test PKI: certificate authorities and certificates built with pkijs/asn1js and
 * signed with node:crypto, so tests and the CLI's `demo` command need no openssl binary. EC P-256
 * keys are the default because they are generated in about a millisecond (RSA takes ~100 ms).
 */
import { generateKeyPair, sign, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import {
  altNames,
  certificateTime,
  decodeDer,
  keyIdentifier,
  keyUsageBits,
  parseCertificate,
  parseDistinguishedName,
  randomSerial,
  serialBytes,
  ski,
  toPem,
  type KeyUsageName,
} from './pkiEncoding.js';

export type { KeyUsageName } from './pkiEncoding.js';
export { toPem } from './pkiEncoding.js';

export type PkiKeyType = 'rsa' | 'ec-p256' | 'ec-p384' | MlDsaKeyType;
type MlDsaKeyType = 'ml-dsa-44' | 'ml-dsa-65' | 'ml-dsa-87';

export const PKI_KEY_TYPES: readonly PkiKeyType[] = [
  'rsa',
  'ec-p256',
  'ec-p384',
  'ml-dsa-44',
  'ml-dsa-65',
  'ml-dsa-87',
];

/** RFC 9881: an ML-DSA signature is named by the signing key's parameter set alone. */
const ML_DSA_SIGNATURE_OIDS: Readonly<Record<MlDsaKeyType, string>> = {
  'ml-dsa-44': '2.16.840.1.101.3.4.3.17',
  'ml-dsa-65': '2.16.840.1.101.3.4.3.18',
  'ml-dsa-87': '2.16.840.1.101.3.4.3.19',
};
export type CertificateHash = 'SHA-256' | 'SHA-1' | 'SHA-384';

export interface IssuedCertificate {
  readonly certificatePem: string;
  readonly certificateDer: Buffer;
  /** PKCS#8 `PRIVATE KEY` PEM. */
  readonly privateKeyPem: string;
  readonly privateKey: KeyObject;
  readonly serial: bigint;
}

export interface CertificateAuthorityOptions {
  /** A distinguished name such as `CN=Test Root CA, O=Example`. */
  readonly subject?: string;
  readonly keyType?: PkiKeyType;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly hash?: 'SHA-256' | 'SHA-1';
  readonly serial?: bigint;
  /** Modulus length of an `rsa` key (default 2048). */
  readonly rsaBits?: number;
}

export interface CertificateOptions {
  readonly subject: string;
  readonly keyType?: PkiKeyType;
  /** Up to 160 bits, as RFC 5280 allows. Random when omitted. */
  readonly serial?: bigint;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly isCA?: boolean;
  readonly pathLength?: number;
  /** Defaults: `digitalSignature` for a leaf, `keyCertSign, cRLSign` for a CA; `[]` omits it. */
  readonly keyUsage?: readonly KeyUsageName[];
  readonly hash?: CertificateHash;
  /** subjectAltName entries, e.g. for an HTTPS emulator's server certificate. */
  readonly dnsNames?: readonly string[];
  readonly ipAddresses?: readonly string[];
  readonly uris?: readonly string[];
  /** Modulus length of an `rsa` key (default 2048). */
  readonly rsaBits?: number;
}

const generateKeyPairAsync = promisify(generateKeyPair);
const DAY_MS = 86_400_000;

const OID = {
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
} as const;

const SIGNATURE_OIDS: Readonly<Record<'rsa' | 'ec', Readonly<Record<CertificateHash, string>>>> = {
  rsa: {
    'SHA-1': '1.2.840.113549.1.1.5',
    'SHA-256': '1.2.840.113549.1.1.11',
    'SHA-384': '1.2.840.113549.1.1.12',
  },
  ec: {
    'SHA-1': '1.2.840.10045.4.1',
    'SHA-256': '1.2.840.10045.4.3.2',
    'SHA-384': '1.2.840.10045.4.3.3',
  },
};

/** Creates a self-signed root CA (CA:TRUE, keyCertSign + cRLSign). */
export async function createCertificateAuthority(
  options: CertificateAuthorityOptions = {},
): Promise<IssuedCertificate> {
  const keys = await generateKeys(options.keyType ?? 'ec-p256', options.rsaBits);
  const subject = parseDistinguishedName(options.subject ?? 'CN=Test Root CA');
  const now = Date.now();
  return buildCertificate({
    subject,
    issuerName: subject,
    subjectPublicKey: keys.publicKey,
    issuerKey: keys.privateKey,
    issuerKeyId: undefined,
    ownKey: keys.privateKey,
    serial: options.serial ?? randomSerial(),
    notBefore: options.notBefore ?? new Date(now - DAY_MS),
    notAfter: options.notAfter ?? new Date(now + 3650 * DAY_MS),
    isCA: true,
    pathLength: undefined,
    keyUsage: ['keyCertSign', 'cRLSign'],
    hash: options.hash ?? 'SHA-256',
    altNames: [],
  });
}

/** Issues a certificate (leaf by default, intermediate CA with `isCA`) signed by `issuer`. */
export async function issueCertificate(
  issuer: Pick<IssuedCertificate, 'certificateDer' | 'privateKey'>,
  options: CertificateOptions,
): Promise<IssuedCertificate> {
  const keys = await generateKeys(options.keyType ?? 'ec-p256', options.rsaBits);
  const issuerCertificate = parseCertificate(issuer.certificateDer);
  const isCA = options.isCA ?? false;
  const now = Date.now();
  return buildCertificate({
    subject: parseDistinguishedName(options.subject),
    issuerName: issuerCertificate.subject,
    subjectPublicKey: keys.publicKey,
    issuerKey: issuer.privateKey,
    issuerKeyId: keyIdentifier(issuerCertificate),
    ownKey: keys.privateKey,
    serial: options.serial ?? randomSerial(),
    notBefore: options.notBefore ?? new Date(now - DAY_MS),
    notAfter: options.notAfter ?? new Date(now + (isCA ? 1825 : 30) * DAY_MS),
    isCA,
    pathLength: options.pathLength,
    keyUsage: options.keyUsage ?? (isCA ? ['keyCertSign', 'cRLSign'] : ['digitalSignature']),
    hash: options.hash ?? 'SHA-256',
    altNames: altNames(options),
  });
}

interface BuildInput {
  readonly subject: pkijs.RelativeDistinguishedNames;
  readonly issuerName: pkijs.RelativeDistinguishedNames;
  readonly subjectPublicKey: KeyObject;
  readonly issuerKey: KeyObject;
  readonly issuerKeyId: ArrayBuffer | undefined;
  readonly ownKey: KeyObject;
  readonly serial: bigint;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly isCA: boolean;
  readonly pathLength: number | undefined;
  readonly keyUsage: readonly KeyUsageName[];
  readonly hash: CertificateHash;
  readonly altNames: readonly pkijs.GeneralName[];
}

function buildCertificate(input: BuildInput): IssuedCertificate {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ valueHex: serialBytes(input.serial) });
  certificate.issuer = input.issuerName;
  certificate.subject = input.subject;
  certificate.notBefore = certificateTime(input.notBefore);
  certificate.notAfter = certificateTime(input.notAfter);
  const spki = input.subjectPublicKey.export({ type: 'spki', format: 'der' });
  certificate.subjectPublicKeyInfo = new pkijs.PublicKeyInfo({ schema: decodeDer(spki) });
  certificate.extensions = extensionsFor(input, certificate.subjectPublicKeyInfo);
  signCertificate(certificate, input.issuerKey, input.hash);

  const der = Buffer.from(certificate.toSchema().toBER());
  return {
    certificateDer: der,
    certificatePem: toPem('CERTIFICATE', der),
    privateKeyPem: input.ownKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    privateKey: input.ownKey,
    serial: input.serial,
  };
}

function extensionsFor(input: BuildInput, spki: pkijs.PublicKeyInfo): pkijs.Extension[] {
  const basicConstraints = new pkijs.BasicConstraints(
    input.isCA && input.pathLength !== undefined
      ? { cA: true, pathLenConstraint: input.pathLength }
      : { cA: input.isCA },
  );
  const extensions = [
    extension(OID.basicConstraints, true, basicConstraints.toSchema()),
    extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: ski(spki) })),
  ];
  if (input.keyUsage.length > 0) {
    extensions.push(extension(OID.keyUsage, true, keyUsageBits(input.keyUsage)));
  }
  if (input.issuerKeyId !== undefined) {
    const aki = new pkijs.AuthorityKeyIdentifier({
      keyIdentifier: new asn1js.OctetString({ valueHex: input.issuerKeyId }),
    });
    extensions.push(extension(OID.authorityKeyIdentifier, false, aki.toSchema()));
  }
  if (input.altNames.length > 0) {
    const names = new pkijs.GeneralNames({ names: [...input.altNames] });
    extensions.push(extension(OID.subjectAltName, false, names.toSchema()));
  }
  return extensions;
}

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

/** The AlgorithmIdentifier of a signature made by `key` over `hash` (certificates, CRLs). */
export function signatureAlgorithm(
  key: KeyObject,
  hash: CertificateHash,
): pkijs.AlgorithmIdentifier {
  const keyType = key.asymmetricKeyType ?? '';
  // Pure ML-DSA signs the data itself, with no parameters: `hash` does not apply.
  if (isMlDsa(keyType))
    return new pkijs.AlgorithmIdentifier({ algorithmId: ML_DSA_SIGNATURE_OIDS[keyType] });
  const family = keyType === 'rsa' ? 'rsa' : 'ec';
  return new pkijs.AlgorithmIdentifier({
    algorithmId: SIGNATURE_OIDS[family][hash],
    ...(family === 'rsa' ? { algorithmParams: new asn1js.Null() } : {}),
  });
}

/** Signs with node:crypto rather than WebCrypto: a WebCrypto RSA key is bound to one hash. */
function signCertificate(
  certificate: pkijs.Certificate,
  issuerKey: KeyObject,
  hash: CertificateHash,
): void {
  const algorithm = signatureAlgorithm(issuerKey, hash);
  certificate.signature = algorithm;
  certificate.signatureAlgorithm = algorithm;
  certificate.tbsView = new Uint8Array(certificate.encodeTBS().toBER());
  certificate.signatureValue = new asn1js.BitString({
    valueHex: signBytes(certificate.tbsView, issuerKey, hash),
  });
}

/** The signature `signatureAlgorithm(key, hash)` names, over `data` (certificates, CRLs). */
export function signBytes(data: Uint8Array, key: KeyObject, hash: CertificateHash): Buffer {
  if (isMlDsa(key.asymmetricKeyType ?? '')) return sign(null, data, key);
  return sign(hash.replace('-', '').toLowerCase(), data, { key, dsaEncoding: 'der' });
}

async function generateKeys(
  keyType: PkiKeyType,
  rsaBits = 2048,
): Promise<{ publicKey: KeyObject; privateKey: KeyObject }> {
  switch (keyType) {
    case 'rsa':
      return generateKeyPairAsync('rsa', { modulusLength: rsaBits });
    case 'ec-p256':
      return generateKeyPairAsync('ec', { namedCurve: 'P-256' });
    case 'ec-p384':
      return generateKeyPairAsync('ec', { namedCurve: 'P-384' });
    case 'ml-dsa-44':
    case 'ml-dsa-65':
    case 'ml-dsa-87':
      return generateMlDsaKeys(keyType);
  }
}

function isMlDsa(keyType: string): keyType is MlDsaKeyType {
  return Object.hasOwn(ML_DSA_SIGNATURE_OIDS, keyType);
}

/** Node 24 (OpenSSL 3.5) makes ML-DSA keys; the Node 20 type names do not list them yet. */
function generateMlDsaKeys(
  keyType: MlDsaKeyType,
): Promise<{ publicKey: KeyObject; privateKey: KeyObject }> {
  const generate = generateKeyPairAsync as unknown as (
    type: string,
  ) => Promise<{ publicKey: KeyObject; privateKey: KeyObject }>;
  return generate(keyType).catch((error: unknown) => {
    throw new Error(
      `${keyType.toUpperCase()} keys need Node.js 24 or later; this is Node.js ${process.versions.node}`,
      { cause: error },
    );
  });
}
