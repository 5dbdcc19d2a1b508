import { elements, isContext, isUniversal, oid, Tag, type Asn1Node } from './asn1.js';
import { OID } from './oids.js';

/**
 * What a DER structure is, judged by its shape alone. PEM labels can lie and DER has no label,
 * so both paths come through here before anything is handed to OpenSSL.
 */
export type DerKind =
  | { readonly kind: 'certificate' }
  | { readonly kind: 'pkcs12' }
  | { readonly kind: 'private-key'; readonly format: 'pkcs1' | 'sec1' | 'pkcs8' }
  | { readonly kind: 'encrypted-private-key' }
  | { readonly kind: 'dsa-private-key' }
  | { readonly kind: 'other'; readonly description: string; readonly recognized: boolean };

export function classifyDer(node: Asn1Node): DerKind {
  if (!isUniversal(node, Tag.sequence)) return unknown;
  const parts = elements(node);
  const [first, second, third] = parts;
  if (first === undefined || second === undefined) return unknown;

  if (parts.length === 3 && isSeq(first) && isSeq(second) && isUniversal(third, Tag.bitString)) {
    return classifySigned(first);
  }
  if (isInt(first) && isSeq(second) && isContentInfo(second)) {
    return parts.length <= 3 ? { kind: 'pkcs12' } : unknown;
  }
  if (isInt(first) && isAlgorithm(second) && isUniversal(third, Tag.octetString)) {
    return { kind: 'private-key', format: 'pkcs8' };
  }
  if (parts.length === 2 && isAlgorithm(first) && isUniversal(second, Tag.octetString)) {
    return { kind: 'encrypted-private-key' };
  }
  if (parts.length === 2 && isAlgorithm(first) && isUniversal(second, Tag.bitString)) {
    return { kind: 'other', description: 'a public key', recognized: true };
  }
  if (isInt(first) && isUniversal(second, Tag.octetString)) {
    return { kind: 'private-key', format: 'sec1' };
  }
  if (parts.every(isInt)) {
    if (parts.length >= 9) return { kind: 'private-key', format: 'pkcs1' };
    if (parts.length === 6) return { kind: 'dsa-private-key' };
    if (parts.length === 2)
      return { kind: 'other', description: 'an RSA public key', recognized: true };
  }
  if (isOid(first) && oidOf(first) === OID.signedData) {
    return {
      kind: 'other',
      description: 'a PKCS#7/CMS bundle (convert it with openssl pkcs7 -print_certs)',
      recognized: true,
    };
  }
  return unknown;
}

const unknown: DerKind = {
  kind: 'other',
  description: 'DER data of an unknown kind',
  recognized: false,
};

/** Certificates, CSRs and CRLs share the signed-envelope shape; the inner body tells them apart. */
function classifySigned(body: Asn1Node): DerKind {
  const fields = elements(body);
  const [first] = fields;
  // TBSCertificate: [0] version?, serial, signature, issuer, validity, subject, spki, ...
  if (fields.length >= 6 && (isContext(first, 0) || isInt(first))) return { kind: 'certificate' };
  // CertificationRequestInfo: version, subject, spki, [0] attributes
  if (fields.length === 4 && isInt(first) && isContext(fields[3], 0)) {
    return { kind: 'other', description: 'a certificate signing request (CSR)', recognized: true };
  }
  return {
    kind: 'other',
    description: 'a signed structure that is not a certificate (a CRL?)',
    recognized: true,
  };
}

function isSeq(node: Asn1Node | undefined): boolean {
  return isUniversal(node, Tag.sequence);
}

function isInt(node: Asn1Node | undefined): boolean {
  return isUniversal(node, Tag.integer);
}

function isOid(node: Asn1Node | undefined): node is Asn1Node {
  return isUniversal(node, Tag.oid);
}

function oidOf(node: Asn1Node): string | undefined {
  try {
    return oid(node, 'identifier');
  } catch {
    return undefined;
  }
}

function isAlgorithm(node: Asn1Node | undefined): boolean {
  return isSeq(node) && node !== undefined && isOid(elements(node)[0]);
}

function isContentInfo(node: Asn1Node): boolean {
  const [type] = elements(node);
  if (!isOid(type)) return false;
  return oidOf(type)?.startsWith('1.2.840.113549.1.7.') ?? false;
}
