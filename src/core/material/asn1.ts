/**
 * The DER/BER reader the material loader parses with: a tag-length-value walk that keeps each
 * element's bytes as views of the input, plus typed accessors that either return what the
 * structure promises or throw `Asn1Error`, so parsers read like the ASN.1 module they follow and
 * callers translate one error type into the input-specific `RolesAnywhereError`. Written here
 * rather than taken from asn1js, which the emulator and `pki` still use: see
 * docs/architecture.md, "Own DER reader".
 */
export interface Asn1Node {
  /** X.690 class: 0 universal, 1 application, 2 context-specific, 3 private. */
  readonly tagClass: number;
  readonly tagNumber: number;
  readonly constructed: boolean;
  /** The whole element, header included (and, for BER indefinite length, its end-of-contents). */
  readonly encoded: Uint8Array;
  /** The content octets, without the end-of-contents of an indefinite length. */
  readonly content: Uint8Array;
  /** The elements of a constructed encoding; empty for a primitive one. */
  readonly children: readonly Asn1Node[];
}

/** A structural problem in DER/BER data. The message names the field, never its bytes. */
export class Asn1Error extends Error {
  override readonly name = 'Asn1Error';
}

const UNIVERSAL = 0;
const CONTEXT = 2;

export const Tag = {
  boolean: 1,
  integer: 2,
  bitString: 3,
  octetString: 4,
  null: 5,
  oid: 6,
  utf8String: 12,
  sequence: 16,
  set: 17,
  utcTime: 23,
  generalizedTime: 24,
  universalString: 28,
  bmpString: 30,
} as const;

// Certificates and PKCS#12 files are far below these; the limits keep hostile input from turning
// the parser into a memory or CPU sink. Contents of OCTET and BIT STRINGs are parsed only when a
// reader asks, never speculatively.
const MAX_DEPTH = 64;
const MAX_NODES = 20_000;

const malformed = (): Asn1Error => new Asn1Error('malformed ASN.1');

interface Budget {
  nodes: number;
}

function byteAt(bytes: Uint8Array, offset: number, end: number): number {
  if (offset >= end) throw malformed();
  return bytes[offset] ?? 0;
}

interface Header {
  readonly tagClass: number;
  readonly tagNumber: number;
  readonly constructed: boolean;
  /** Where the length octets start. */
  readonly next: number;
}

function readIdentifier(bytes: Uint8Array, offset: number, end: number): Header {
  let at = offset;
  const identifier = byteAt(bytes, at++, end);
  let tagNumber = identifier & 0x1f;
  if (tagNumber === 0x1f) {
    tagNumber = 0;
    for (let more = true, count = 0; more; count++) {
      if (count === 4) throw new Asn1Error('ASN.1 tag number too large');
      const octet = byteAt(bytes, at++, end);
      tagNumber = tagNumber * 128 + (octet & 0x7f);
      more = (octet & 0x80) !== 0;
    }
  }
  return { tagClass: identifier >> 6, tagNumber, constructed: (identifier & 0x20) !== 0, next: at };
}

/** The element that starts at `offset` and ends at or before `end`, and where the next starts. */
function readElement(
  bytes: Uint8Array,
  offset: number,
  end: number,
  depth: number,
  budget: Budget,
): { node: Asn1Node; next: number } {
  if (depth > MAX_DEPTH) throw new Asn1Error('ASN.1 nested too deeply');
  if (++budget.nodes > MAX_NODES) throw new Asn1Error('too many ASN.1 elements');
  const { tagClass, tagNumber, constructed, next: lengthAt } = readIdentifier(bytes, offset, end);
  let at = lengthAt;
  const first = byteAt(bytes, at++, end);
  const children: Asn1Node[] = [];
  const child = (from: number, until: number): number => {
    const read = readElement(bytes, from, until, depth + 1, budget);
    children.push(read.node);
    return read.next;
  };
  const element = (contentStart: number, contentEnd: number, next: number) => ({
    node: {
      tagClass,
      tagNumber,
      constructed,
      encoded: bytes.subarray(offset, next),
      content: bytes.subarray(contentStart, contentEnd),
      children,
    },
    next,
  });
  if (first === 0x80) {
    // BER's indefinite length (PKCS#12 files from some tools): elements until two zero octets.
    if (!constructed) throw malformed();
    const start = at;
    while (byteAt(bytes, at, end) !== 0 || byteAt(bytes, at + 1, end) !== 0) at = child(at, end);
    return element(start, at, at + 2);
  }
  let length = first;
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4) throw new Asn1Error('ASN.1 length too large');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + byteAt(bytes, at++, end);
  }
  const contentEnd = at + length;
  if (contentEnd > end) throw malformed();
  for (let from = at; constructed && from < contentEnd;) from = child(from, contentEnd);
  return element(at, contentEnd, contentEnd);
}

/** Parses exactly one DER/BER element that spans all of `bytes`. */
export function parseDer(bytes: Uint8Array, what: string): Asn1Node {
  const { node, next } = readElement(bytes, 0, bytes.length, 0, { nodes: 0 });
  if (next !== bytes.length) throw new Asn1Error(`${what} has trailing data`);
  return node;
}

/** Parses back-to-back DER elements, as in a file of concatenated DER certificates. */
export function parseDerList(bytes: Uint8Array): Asn1Node[] {
  const nodes: Asn1Node[] = [];
  const budget = { nodes: 0 };
  for (let offset = 0; offset < bytes.length;) {
    const { node, next } = readElement(bytes, offset, bytes.length, 0, budget);
    nodes.push(node);
    offset = next;
  }
  return nodes;
}

export function isUniversal(node: Asn1Node | undefined, tag: number): node is Asn1Node {
  return node?.tagClass === UNIVERSAL && node.tagNumber === tag;
}

export function isContext(node: Asn1Node | undefined, tag: number): node is Asn1Node {
  return node?.tagClass === CONTEXT && node.tagNumber === tag;
}

/** The elements of a constructed node (SEQUENCE, SET or a constructed context tag). */
export function elements(node: Asn1Node): readonly Asn1Node[] {
  return node.children;
}

export function sequence(node: Asn1Node | undefined, what: string): readonly Asn1Node[] {
  if (node === undefined || !isUniversal(node, Tag.sequence)) {
    throw new Asn1Error(`${what} is not a SEQUENCE`);
  }
  return elements(node);
}

export function set(node: Asn1Node | undefined, what: string): readonly Asn1Node[] {
  if (node === undefined || !isUniversal(node, Tag.set)) {
    throw new Asn1Error(`${what} is not a SET`);
  }
  return elements(node);
}

// Real OIDs are tens of octets; a UUID arc (2.25.…) is 19. The bounds keep a hostile OID from
// costing quadratic bigint work.
const MAX_OID_OCTETS = 256;
const MAX_ARC_OCTETS = 20;

/** Dotted decimal; arcs past 2^53 are read as bigints, as UUID-based OIDs (2.25.…) need. */
export function oid(node: Asn1Node | undefined, what: string): string {
  const notAnOid = (): Asn1Error => new Asn1Error(`${what} is not an OBJECT IDENTIFIER`);
  if (node === undefined || !isUniversal(node, Tag.oid) || node.constructed) throw notAnOid();
  if (node.content.length > MAX_OID_OCTETS) throw new Asn1Error(`${what} is too long`);
  const arcs: bigint[] = [];
  let arc = 0n;
  let octets = 0;
  for (const octet of node.content) {
    if (octets === 0 && octet === 0x80) throw notAnOid();
    if (++octets > MAX_ARC_OCTETS) throw new Asn1Error(`${what} is too long`);
    arc = (arc << 7n) | BigInt(octet & 0x7f);
    if ((octet & 0x80) === 0) {
      arcs.push(arc);
      arc = 0n;
      octets = 0;
    }
  }
  const [head, ...rest] = arcs;
  if (head === undefined || octets !== 0) throw notAnOid();
  const top = head < 40n ? 0n : head < 80n ? 1n : 2n;
  return [top, head - top * 40n, ...rest].join('.');
}

/** Primitive content bytes, concatenating the segments of a BER constructed encoding. */
function contentBytes(node: Asn1Node, what: string, depth = 0): Uint8Array {
  if (depth > 8) throw new Asn1Error(`${what} is nested too deeply`);
  if (!node.constructed) return node.content;
  return Buffer.concat(node.children.map((part) => contentBytes(part, what, depth + 1)));
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
  if (node === undefined || !isContext(node, tag) || !node.constructed) {
    throw new Asn1Error(`${what} is missing`);
  }
  const [inner] = node.children;
  if (inner === undefined) throw new Asn1Error(`${what} is empty`);
  return inner;
}

// Serial numbers are at most 20 octets (RFC 5280); versions and counts a few. The bound keeps a
// hostile INTEGER from costing quadratic bigint work.
const MAX_INTEGER_OCTETS = 64;

/** A two's-complement INTEGER as a bigint. */
export function bigInteger(node: Asn1Node | undefined, what: string): bigint {
  if (node === undefined || !isUniversal(node, Tag.integer) || node.constructed) {
    throw new Asn1Error(`${what} is not an INTEGER`);
  }
  const bytes = node.content;
  if (bytes.length === 0) throw new Asn1Error(`${what} is an empty INTEGER`);
  if (bytes.length > MAX_INTEGER_OCTETS) throw new Asn1Error(`${what} is too long`);
  const value = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
  const first = bytes[0] ?? 0;
  return first & 0x80 ? value - (1n << BigInt(bytes.length * 8)) : value;
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
  if (node === undefined || !isUniversal(node, Tag.bitString)) {
    throw new Asn1Error(`${what} is not a BIT STRING`);
  }
  // A BER constructed BIT STRING: each segment has its own unused-bits octet; the last one's counts.
  const segments = node.constructed ? node.children : [node];
  const parts = segments.map((segment) => contentBytes(segment, what));
  const unusedBits = parts.at(-1)?.[0];
  if (unusedBits === undefined || unusedBits > 7)
    throw new Asn1Error(`${what} is not a BIT STRING`);
  return { bytes: Buffer.concat(parts.map((part) => part.subarray(1))), unusedBits };
}

export function boolean(node: Asn1Node | undefined): boolean | undefined {
  if (!isUniversal(node, Tag.boolean) || node.constructed || node.content.length !== 1)
    return undefined;
  return node.content[0] !== 0;
}

const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{4})$/;
const GENERALIZED_TIME =
  /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})?(\d{2})?(?:[.,](\d{1,9}))?(Z|[+-]\d{4})?$/;

function utcDate(
  parts: readonly (string | undefined)[],
  zone: string | undefined,
  fraction = '',
): Date {
  const [year, month, day, hour, minute, second] = parts.map((part) => Number(part ?? '0'));
  const ms = Math.round(Number(`0.${fraction || '0'}`) * 1000);
  let value = Date.UTC(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
    second ?? 0,
    ms,
  );
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    value -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  }
  return new Date(value);
}

/** UTCTime or GeneralizedTime as a Date; a GeneralizedTime without a zone is read as UTC. */
export function time(node: Asn1Node | undefined, what: string): Date {
  if (node !== undefined && node.tagClass === UNIVERSAL && !node.constructed) {
    const text = Buffer.from(node.content).toString('latin1');
    if (node.tagNumber === Tag.utcTime) {
      const m = UTC_TIME.exec(text);
      if (m) {
        const yy = Number(m[1]);
        const date = utcDate([String(yy >= 50 ? 1900 + yy : 2000 + yy), ...m.slice(2, 7)], m[7]);
        if (!Number.isNaN(date.getTime())) return date;
      }
    }
    if (node.tagNumber === Tag.generalizedTime) {
      const m = GENERALIZED_TIME.exec(text);
      if (m) {
        const date = utcDate(m.slice(1, 7), m[8], m[7]);
        if (!Number.isNaN(date.getTime())) return date;
      }
    }
  }
  throw new Asn1Error(`${what} is not a valid time`);
}

/** The exact encoded bytes of an element, header included. */
export function encoded(node: Asn1Node): Uint8Array {
  return node.encoded;
}

/** Universal string types decoded a byte per character, as X.680 defines their repertoires. */
const BYTE_STRINGS = new Set([7, 18, 19, 20, 21, 22, 25, 26, 27, 29]);

/** The text of a directory string (UTF8String, PrintableString, BMPString, ...), if it is one. */
export function stringValue(node: Asn1Node): string | undefined {
  if (node.tagClass !== UNIVERSAL) return undefined;
  const tag = node.tagNumber;
  if (
    tag !== Tag.utf8String &&
    tag !== Tag.bmpString &&
    tag !== Tag.universalString &&
    !BYTE_STRINGS.has(tag)
  )
    return undefined;
  const bytes = Buffer.from(contentBytes(node, 'string'));
  if (tag === Tag.utf8String) return bytes.toString('utf8');
  if (tag === Tag.bmpString) {
    const swapped = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
    return swapped.swap16().toString('utf16le');
  }
  if (tag === Tag.universalString) {
    const points: number[] = [];
    for (let i = 0; i + 4 <= bytes.length; i += 4) points.push(bytes.readUInt32BE(i));
    return points
      .map((point) => (point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd'))
      .join('');
  }
  return bytes.toString('latin1');
}

export interface AlgorithmIdentifier {
  readonly oid: string;
  readonly parameters: Asn1Node | undefined;
}

export function algorithmIdentifier(node: Asn1Node | undefined, what: string): AlgorithmIdentifier {
  const [id, parameters] = sequence(node, what);
  return { oid: oid(id, `${what} algorithm`), parameters };
}
