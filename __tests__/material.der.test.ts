/**
 * The loader's own DER/BER reader (src/core/material/asn1.ts), read against asn1js, the library it
 * replaced, over real certificates and keys, and against hand-built BER for what certificates do
 * not carry: indefinite lengths, constructed strings, high tag numbers, hostile lengths and depths.
 */
import * as asn1js from 'asn1js';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  Asn1Error,
  bigInteger,
  bitString,
  boolean,
  encoded,
  isContext,
  octets,
  oid,
  parseDer,
  parseDerList,
  sequence,
  stringValue,
  time,
  type Asn1Node,
} from '../src/core/material/asn1.js';
import { createTestPki } from './helpers/harness.js';

const hex = (text: string): Uint8Array => Buffer.from(text.replace(/\s+/g, ''), 'hex');

/** Every element of a tree, depth first. */
function walk(node: Asn1Node): Asn1Node[] {
  return [node, ...node.children.flatMap(walk)];
}

/** What asn1js makes of the same bytes, element by element, in the same order. */
function walkTheirs(node: asn1js.BaseBlock): asn1js.BaseBlock[] {
  const value: unknown = (node.valueBlock as { value?: unknown }).value;
  const children =
    node.idBlock.isConstructed && Array.isArray(value)
      ? (value as asn1js.BaseBlock[]).filter((v) => v instanceof asn1js.BaseBlock)
      : [];
  return [node, ...children.flatMap(walkTheirs)];
}

function agreeWithAsn1js(der: Uint8Array): number {
  const ours = walk(parseDer(der, 'input'));
  const parsed = asn1js.fromBER(der);
  expect(parsed.offset).toBe(der.length);
  const theirs = walkTheirs(parsed.result);
  expect(ours.length).toBe(theirs.length);
  ours.forEach((node, i) => {
    const other = theirs[i] as asn1js.BaseBlock;
    expect(node.tagClass + 1).toBe(other.idBlock.tagClass);
    expect(node.tagNumber).toBe(other.idBlock.tagNumber);
    expect(node.constructed).toBe(other.idBlock.isConstructed);
    expect(Buffer.from(encoded(node))).toEqual(Buffer.from(other.valueBeforeDecodeView));
    if (other instanceof asn1js.ObjectIdentifier) expect(oid(node, 'oid')).toBe(other.getValue());
    // The reader bounds INTEGERs at 64 octets (serial numbers, versions, counts); RSA moduli are
    // read by node:crypto.
    if (other instanceof asn1js.Integer && node.content.length <= 64)
      expect(bigInteger(node, 'int')).toBe(BigInt(other.toBigInt()));
    if (other instanceof asn1js.Boolean) expect(boolean(node)).toBe(other.getValue());
    if (other instanceof asn1js.UTCTime)
      expect(time(node, 'time').getTime()).toBe(other.toDate().getTime());
    if (other instanceof asn1js.BaseStringBlock && !(other instanceof asn1js.UTCTime))
      expect(stringValue(node)).toBe(other.getValue());
    if (other instanceof asn1js.BitString && !other.idBlock.isConstructed) {
      const { bytes, unusedBits } = bitString(node, 'bits');
      expect(unusedBits).toBe(other.valueBlock.unusedBits);
      expect(Buffer.from(bytes)).toEqual(Buffer.from(other.valueBlock.valueHexView));
    }
  });
  return ours.length;
}

describe('the DER reader, against asn1js', () => {
  it('reads every element of real certificates and keys as asn1js does', async () => {
    const pki = await createTestPki();
    const ders: Uint8Array[] = [
      pki.root.certificateDer,
      pki.intermediate.certificateDer,
      pki.leaf.certificateDer,
      pki.rsaLeaf.certificateDer,
      pki.leaf.privateKey.export({ type: 'pkcs8', format: 'der' }),
      pki.leaf.privateKey.export({ type: 'sec1', format: 'der' }),
      pki.rsaLeaf.privateKey.export({ type: 'pkcs1', format: 'der' }),
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' }),
    ];
    const elements = ders.map(agreeWithAsn1js).reduce((a, b) => a + b, 0);
    expect(elements).toBeGreaterThan(200);
  });

  it.each([
    ['UTCTime in 2049', '170d3439313233313233353935395a'],
    ['UTCTime in 1950', '170d3530303130313030303030305a'],
    ['GeneralizedTime', '180f32303530303130313030303030305a'],
    ['BMPString', '1e0600e900e0263a'],
    ['UTF8String', '0c06c3a9e282ac41'],
    ['PrintableString', '1305636f6d6d61'],
    ['a negative INTEGER', '0202ff7f'],
    ['a BOOLEAN', '0101ff'],
    ['a BIT STRING with unused bits', '030306a5c0'],
  ])('reads %s as asn1js does', (_label, text) => {
    agreeWithAsn1js(hex(text));
  });
});

// asn1js writes such an arc correctly but reads it back as "{hex}"; the reader gives decimal.
it('reads a UUID OID, whose last arc is past 2^64, in decimal', () => {
  const value = '2.25.329800735698586629295641978511506172918';
  const der = new Uint8Array(new asn1js.ObjectIdentifier({ value }).toBER());
  expect(oid(parseDer(der, 'oid'), 'oid')).toBe(value);
});

describe('the DER reader on BER and hostile input', () => {
  it('reads an indefinite-length SEQUENCE and a constructed OCTET STRING as their DER equivalents', () => {
    // SEQUENCE (indefinite) { OCTET STRING (constructed, indefinite) { 01 02, 03 }, INTEGER 5 }
    const ber = hex('3080 2480 04020102 040103 0000 020105 0000');
    const [strings, five] = sequence(parseDer(ber, 'ber'), 'ber');
    expect(Buffer.from(octets(strings, 'octets'))).toEqual(Buffer.from([1, 2, 3]));
    expect(bigInteger(five, 'five')).toBe(5n);
    expect(encoded(parseDer(ber, 'ber')).length).toBe(ber.length);
  });

  it('reads a high tag number and a long-form length', () => {
    const node = parseDer(hex('bf8140 81 03 020101'), 'tag');
    expect(isContext(node, 192)).toBe(true);
    expect(node.children).toHaveLength(1);
  });

  it('reads back-to-back elements, as in a file of concatenated certificates', () => {
    expect(parseDerList(hex('020101 020102 020103')).map((n) => bigInteger(n, 'n'))).toEqual([
      1n,
      2n,
      3n,
    ]);
  });

  it.each([
    ['a length past the end', '3005020101'],
    ['a length of more than four octets', '0485ffffffffff00'],
    ['an indefinite length on a primitive', '04800000'],
    ['an indefinite length without its end', '3080020101'],
    ['a truncated high tag number', '1f81'],
    ['a tag number of more than four octets', '1f8181818101 00'],
    ['no octets at all', ''],
  ])('refuses %s with an Asn1Error', (_label, text) => {
    expect(() => parseDer(hex(text), 'input')).toThrow(Asn1Error);
  });

  it('refuses trailing data after the one element', () => {
    expect(() => parseDer(hex('020101 00'), 'Certificate')).toThrow(
      /Certificate has trailing data/,
    );
  });

  it('stops at 64 levels of nesting and 20,000 elements, whatever the input size', () => {
    const deep = Buffer.concat([Buffer.alloc(70 * 2, 0), hex('0500')]);
    for (let i = 0; i < 70; i++) deep.set([0x30, 0x80], i * 2);
    const nested = Buffer.concat([deep, Buffer.alloc(70 * 2, 0)]);
    expect(() => parseDer(nested, 'deep')).toThrow(/nested too deeply/);
    const many = Buffer.concat([
      hex('30 83 00 9c 40'),
      Buffer.alloc(20_000 * 2, 0).fill(hex('0500')),
    ]);
    expect(() => parseDer(many, 'wide')).toThrow(/too many ASN.1 elements/);
  });

  it('refuses an OID or an INTEGER too long to be real before any bigint work', () => {
    const longArc = Buffer.concat([hex('0616 2a'), Buffer.alloc(20, 0xff), hex('7f')]);
    expect(() => oid(parseDer(longArc, 'oid'), 'oid')).toThrow(/oid is too long/);
    const manyArcs = Buffer.concat([hex('0682 0101'), Buffer.alloc(257, 0x01)]);
    expect(() => oid(parseDer(manyArcs, 'oid'), 'oid')).toThrow(/oid is too long/);
    const wide = Buffer.concat([hex('0241 01'), Buffer.alloc(64, 0)]);
    expect(() => bigInteger(parseDer(wide, 'n'), 'serialNumber')).toThrow(
      /serialNumber is too long/,
    );
    expect(
      bigInteger(parseDer(Buffer.concat([hex('0240 7f'), Buffer.alloc(63, 0xff)]), 'n'), 'n'),
    ).toBe(2n ** 511n - 1n);
  });

  it.each([
    ['an OID ending inside an arc', '060281'],
    ['an OID with a non-minimal arc', '0603808101'],
    ['an empty OID', '0600'],
  ])('refuses %s', (_label, text) => {
    expect(() => oid(parseDer(hex(text), 'oid'), 'oid')).toThrow(Asn1Error);
  });
});
