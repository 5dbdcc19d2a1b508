/**
 * The session tags and source identity Roles Anywhere derives from a certificate under the
 * profile's default attribute mapping: every supported RDN of the subject and issuer, and the first
 * DNS name, URI and directory name of the subjectAltName.
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/attribute-mapping.html
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
 */
import {
  elements,
  explicit,
  implicitOctets,
  isContext,
  octets,
  oid,
  parseDer,
  sequence,
  set,
  stringValue,
  type Asn1Node,
} from '../material/asn1.js';

const SUBJECT_ALT_NAME = '2.5.29.17';

export interface SessionTag {
  /** e.g. `x509Subject/CN`; in policies `aws:PrincipalTag/x509Subject/CN`. */
  readonly key: string;
  readonly value: string;
}

export interface CertificateSession {
  readonly tags: readonly SessionTag[];
  /** The subject's CN as the service sets it, e.g. `CN=ci-runner`. */
  readonly sourceIdentity: string | undefined;
  /** Values that cannot become session tags: the service refuses the session for them. */
  readonly problems: readonly string[];
  /** Attributes the default mapping leaves out, for the reader's information. */
  readonly unmapped: readonly string[];
}

// The RDNs the service documents for x509Subject, x509Issuer and x509SAN/Name.
const MAPPED_RDNS: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
};

// IAM tag values: up to 256 Unicode letters, digits, white space and _ . : / = + - @.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html#id_tags_rules_creating
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_TAG_VALUE = 256;

interface NameAttribute {
  readonly type: string;
  readonly value: string | undefined;
}

function nameAttributes(name: Asn1Node): NameAttribute[] {
  return sequence(name, 'Name').flatMap((rdn) =>
    set(rdn, 'RelativeDistinguishedName').map((attribute) => {
      const [typeNode, valueNode] = sequence(attribute, 'AttributeTypeAndValue');
      return {
        type: oid(typeNode, 'attribute type'),
        value: valueNode === undefined ? undefined : stringValue(valueNode),
      };
    }),
  );
}

function subjectAltNames(extensionsNode: Asn1Node | undefined): readonly Asn1Node[] {
  if (extensionsNode === undefined) return [];
  for (const extension of sequence(explicit(extensionsNode, 3, 'extensions'), 'Extensions')) {
    const parts = sequence(extension, 'Extension');
    if (oid(parts[0], 'extnID') !== SUBJECT_ALT_NAME) continue;
    const value = octets(parts[parts.length - 1], 'extnValue');
    return sequence(parseDer(value, 'subjectAltName'), 'subjectAltName');
  }
  return [];
}

/** Reads the leaf's DER; throws an Asn1Error when it is not a certificate. */
export function certificateSession(der: Uint8Array): CertificateSession {
  const [tbsNode] = sequence(parseDer(der, 'Certificate'), 'Certificate');
  const tbs = sequence(tbsNode, 'TBSCertificate');
  const start = isContext(tbs[0], 0) ? 1 : 0;
  const issuer = tbs[start + 2];
  const subject = tbs[start + 4];
  if (issuer === undefined || subject === undefined) throw new Error('TBSCertificate is short');
  const tags: SessionTag[] = [];
  const unmapped: string[] = [];
  const addName = (prefix: string, name: Asn1Node): void => {
    for (const attribute of nameAttributes(name)) {
      const short = MAPPED_RDNS[attribute.type];
      if (short === undefined || attribute.value === undefined) {
        unmapped.push(`${prefix} attribute ${attribute.type}`);
        continue;
      }
      const key = `${prefix}/${short}`;
      // One tag per key: a second OU (say) does not become a second tag.
      if (!tags.some((tag) => tag.key === key)) tags.push({ key, value: attribute.value });
    }
  };
  addName('x509Subject', subject);
  addName('x509Issuer', issuer);
  const altNames = subjectAltNames(tbs.find((node) => isContext(node, 3)));
  const first = (tag: number): Asn1Node | undefined => altNames.find((n) => isContext(n, tag));
  const dns = first(2);
  if (dns !== undefined) tags.push({ key: 'x509SAN/DNS', value: ia5(dns, 2) });
  const uri = first(6);
  if (uri !== undefined) tags.push({ key: 'x509SAN/URI', value: ia5(uri, 6) });
  const directory = first(4);
  if (directory !== undefined) {
    const inner = elements(directory)[0];
    if (inner !== undefined) addName('x509SAN/Name', inner);
  }
  const commonName = tags.find((tag) => tag.key === 'x509Subject/CN')?.value;
  return {
    tags,
    sourceIdentity: commonName === undefined ? undefined : `CN=${commonName}`,
    problems: tags.flatMap(tagProblem),
    unmapped,
  };
}

function ia5(node: Asn1Node, tag: number): string {
  return Buffer.from(implicitOctets(node, tag, 'subjectAltName entry')).toString('latin1');
}

function tagProblem(tag: SessionTag): string[] {
  if (Array.from(tag.value).length > MAX_TAG_VALUE) {
    return [
      `${tag.key} is ${Array.from(tag.value).length} characters long; session tag values hold at most ${MAX_TAG_VALUE}.`,
    ];
  }
  if (!TAG_VALUE.test(tag.value)) {
    const bad = [...new Set(Array.from(tag.value).filter((c) => !TAG_VALUE.test(c)))]
      .map((c) => JSON.stringify(c))
      .join(', ');
    return [
      `${tag.key} "${tag.value}" holds ${bad}, which session tags do not allow (letters, digits, spaces and _ . : / = + - @ only).`,
    ];
  }
  return [];
}

/** The condition keys an AssumeRole from Roles Anywhere carries for this certificate. */
export function trustRequestKeys(
  session: CertificateSession,
  trustAnchorArn: string | undefined,
): { keys: Map<string, readonly string[]>; unknownKeys: Set<string> } {
  const keys = new Map<string, readonly string[]>();
  for (const tag of session.tags) {
    keys.set(`aws:PrincipalTag/${tag.key}`, [tag.value]);
    keys.set(`aws:RequestTag/${tag.key}`, [tag.value]);
  }
  keys.set(
    'aws:TagKeys',
    session.tags.map((tag) => tag.key),
  );
  if (session.sourceIdentity !== undefined)
    keys.set('sts:SourceIdentity', [session.sourceIdentity]);
  const unknownKeys = new Set<string>();
  if (trustAnchorArn === undefined) {
    unknownKeys.add('aws:SourceArn');
    unknownKeys.add('aws:SourceAccount');
  } else {
    keys.set('aws:SourceArn', [trustAnchorArn]);
    const account = trustAnchorArn.split(':')[4];
    if (account !== undefined) keys.set('aws:SourceAccount', [account]);
  }
  return { keys, unknownKeys };
}
