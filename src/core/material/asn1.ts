import * as asn1js from 'asn1js';

/**
 * A thin, typed reading layer over asn1js. Every accessor either returns what the structure
 * promises or throws `Asn1Error`, so parsers read like the ASN.1 module they follow and callers
 * translate one error type into the input-specific `RolesAnywhereError`.
 */
export type Asn1Node = asn1js.BaseBlock;

/** A structural problem in DER/BER data. The message names the field, never its bytes. */
export class Asn1Error extends Error {
  override readonly name = 'Asn1Error';
}

const UNIVERSAL = 1;
const CONTEXT = 3;

export const Tag = {
  boolean: 1,
  integer: 2,
  bitString: 3,
  octetString: 4,
  null: 5,
  oid: 6,
  sequence: 16,
  set: 17,
} as const;

// Certificates and PKCS#12 files are far below these; the limits keep hostile input from
// turning the parser into a memory or CPU sink. Contents of OCTET and BIT STRINGs are parsed
// only when a reader asks, not speculatively, which would spend the node budget twice.
const LIMITS = { maxDepth: 64, maxNodes: 20_000, parseEmbedded: false };

function parseOne(bytes: Uint8Array, offset: number): { node: Asn1Node; end: number } {
  const view = bytes.subarray(offset);
  let parsed: ReturnType<typeof asn1js.fromBER>;
  try {
    parsed = asn1js.fromBER(view, LIMITS);
  } catch {
    throw new Asn1Error('malformed ASN.1');
  }
  if (parsed.offset === -1 || parsed.offset <= 0) {
    throw new Asn1Error('malformed ASN.1');
  }
  return { node: parsed.result, end: offset + parsed.offset };
}

/** Parses exactly one DER/BER element that spans all of `bytes`. */
export function parseDer(bytes: Uint8Array, what: string): Asn1Node {
  const { node, end } = parseOne(bytes, 0);
  if (end !== bytes.length) throw new Asn1Error(`${what} has trailing data`);
  return node;
}

/** Parses back-to-back DER elements, as in a file of concatenated DER certificates. */
export function parseDerList(bytes: Uint8Array): Asn1Node[] {
  const nodes: Asn1Node[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const { node, end } = parseOne(bytes, offset);
    nodes.push(node);
    offset = end;
  }
  return nodes;
}

export function isUniversal(node: Asn1Node | undefined, tag: number): node is Asn1Node {
  return node?.idBlock.tagClass === UNIVERSAL && node.idBlock.tagNumber === tag;
}

export function isContext(node: Asn1Node | undefined, tag: number): node is Asn1Node {
  return node?.idBlock.tagClass === CONTEXT && node.idBlock.tagNumber === tag;
}

/** The elements of a constructed node (SEQUENCE, SET or a constructed context tag). */
export function elements(node: Asn1Node): Asn1Node[] {
  if (!node.idBlock.isConstructed) return [];
  const value: unknown = (node.valueBlock as { value?: unknown }).value;
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is Asn1Node => item instanceof asn1js.BaseBlock);
}

export function sequence(node: Asn1Node | undefined, what: string): Asn1Node[] {
  if (node === undefined || !isUniversal(node, Tag.sequence)) {
    throw new Asn1Error(`${what} is not a SEQUENCE`);
  }
  return elements(node);
}

export function set(node: Asn1Node | undefined, what: string): Asn1Node[] {
  if (node === undefined || !isUniversal(node, Tag.set)) {
    throw new Asn1Error(`${what} is not a SET`);
  }
  return elements(node);
}

export function oid(node: Asn1Node | undefined, what: string): string {
  if (node === undefined || !(node instanceof asn1js.ObjectIdentifier)) {
    throw new Asn1Error(`${what} is not an OBJECT IDENTIFIER`);
  }
  return node.getValue();
}

/** Primitive content bytes, concatenating the segments of a BER constructed encoding. */
function contentBytes(node: Asn1Node, what: string, depth = 0): Uint8Array {
  if (depth > 8) throw new Asn1Error(`${what} is nested too deeply`);
  if (!node.idBlock.isConstructed) {
    const view: unknown = (node.valueBlock as { valueHexView?: unknown }).valueHexView;
    if (!(view instanceof Uint8Array)) throw new Asn1Error(`${what} has no content`);
    return view;
  }
  return Buffer.concat(elements(node).map((part) => contentBytes(part, what, depth + 1)));
}

export function octets(node: Asn1Node | undefined, what: string): Uint8Array {
  if (node === undefined || !isUniversal(node, Tag.octetString)) {
    throw new Asn1Error(`${what} is not an OCTET STRING`);
  }
  return contentBytes(node, what);
}

/** The content of an IMPLICIT-tagged OCTET STRING such as `encryptedContent [0]`. */
export function implicitOctets(node: Asn1Node | undefined, tag: number, what: string): Uint8Array {
  if (node === undefined || !isContext(node, tag)) {
    throw new Asn1Error(`${what} is missing`);
  }
  return contentBytes(node, what);
}

/** The single element inside an EXPLICIT context tag such as `[0] EXPLICIT`. */
export function explicit(node: Asn1Node | undefined, tag: number, what: string): Asn1Node {
  if (node === undefined || !isContext(node, tag) || !node.idBlock.isConstructed) {
    throw new Asn1Error(`${what} is missing`);
  }
  const [inner] = elements(node);
  if (inner === undefined) throw new Asn1Error(`${what} is empty`);
  return inner;
}

/** A two's-complement INTEGER as a bigint. */
export function bigInteger(node: Asn1Node | undefined, what: string): bigint {
  if (node === undefined || !isUniversal(node, Tag.integer) || node.idBlock.isConstructed) {
    throw new Asn1Error(`${what} is not an INTEGER`);
  }
  const bytes = contentBytes(node, what);
  if (bytes.length === 0) throw new Asn1Error(`${what} is an empty INTEGER`);
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  const first = bytes[0] ?? 0;
  if (first & 0x80) value -= 1n << BigInt(bytes.length * 8);
  return value;
}

/** A small non-negative INTEGER (versions, iteration counts, key lengths). */
export function smallInteger(node: Asn1Node | undefined, what: string, max: number): number {
  const value = bigInteger(node, what);
  if (value < 0n || value > BigInt(max)) throw new Asn1Error(`${what} is out of range`);
  return Number(value);
}

export function bitString(
  node: Asn1Node | undefined,
  what: string,
): { bytes: Uint8Array; unusedBits: number } {
  if (node === undefined || !(node instanceof asn1js.BitString)) {
    throw new Asn1Error(`${what} is not a BIT STRING`);
  }
  return { bytes: node.valueBlock.valueHexView, unusedBits: node.valueBlock.unusedBits };
}

export function boolean(node: Asn1Node | undefined): boolean | undefined {
  if (node === undefined || !(node instanceof asn1js.Boolean)) return undefined;
  return node.getValue();
}

/** UTCTime or GeneralizedTime as a Date. */
export function time(node: Asn1Node | undefined, what: string): Date {
  if (node instanceof asn1js.UTCTime) {
    // GeneralizedTime extends UTCTime in asn1js; both convert themselves.
    const date = node.toDate();
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new Asn1Error(`${what} is not a valid time`);
}

/** The exact encoded bytes of an element, header included. */
export function encoded(node: Asn1Node): Uint8Array {
  return node.valueBeforeDecodeView;
}

/** The text of a directory string (UTF8String, PrintableString, BMPString, ...), if it is one. */
export function stringValue(node: Asn1Node): string | undefined {
  if (node instanceof asn1js.BaseStringBlock) {
    const value: unknown = node.getValue();
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

export interface AlgorithmIdentifier {
  readonly oid: string;
  readonly parameters: Asn1Node | undefined;
}

export function algorithmIdentifier(node: Asn1Node | undefined, what: string): AlgorithmIdentifier {
  const [id, parameters] = sequence(node, what);
  return { oid: oid(id, `${what} algorithm`), parameters };
}
