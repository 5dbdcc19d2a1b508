/**
 * DER building blocks for the test PKI: names, key usage bits, key identifiers, times, serials
 * and PEM armour.
 */
import { createHash, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export type KeyUsageName = 'digitalSignature' | 'keyCertSign' | 'cRLSign';

const OID_COUNTRY = '2.5.4.6';
const OID_COMMON_NAME = '2.5.4.3';
const OID_SUBJECT_KEY_IDENTIFIER = '2.5.29.14';

const NAME_ATTRIBUTES: Readonly<Record<string, string>> = {
  CN: OID_COMMON_NAME,
  O: '2.5.4.10',
  OU: '2.5.4.11',
  C: OID_COUNTRY,
  L: '2.5.4.7',
  ST: '2.5.4.8',
};

const KEY_USAGE_BITS: Readonly<Record<KeyUsageName, number>> = {
  digitalSignature: 0,
  keyCertSign: 5,
  cRLSign: 6,
};

/**
 * Parses `CN=a, O=b` into a Name with one attribute per RDN, as OpenSSL writes them (pkijs alone
 * would put every attribute into a single multi-valued RDN).
 */
export function parseDistinguishedName(text: string): pkijs.RelativeDistinguishedNames {
  const rdns = text.split(',').map((part) => {
    const [key = '', ...rest] = part.split('=');
    const type = NAME_ATTRIBUTES[key.trim().toUpperCase()];
    const value = rest.join('=').trim();
    if (type === undefined || value === '') {
      throw new Error(`Unsupported distinguished name part '${part.trim()}' in '${text}'.`);
    }
    // Country names must be PrintableString (RFC 5280 appendix A).
    const encoded =
      type === OID_COUNTRY
        ? new asn1js.PrintableString({ value })
        : new asn1js.Utf8String({ value });
    const attribute = new pkijs.AttributeTypeAndValue({ type, value: encoded });
    return new asn1js.Set({ value: [attribute.toSchema()] });
  });
  const der = new asn1js.Sequence({ value: rdns }).toBER();
  return new pkijs.RelativeDistinguishedNames({ schema: decodeDer(new Uint8Array(der)) });
}

export function altNames(options: {
  readonly dnsNames?: readonly string[];
  readonly ipAddresses?: readonly string[];
  readonly uris?: readonly string[];
}): pkijs.GeneralName[] {
  const dns = (options.dnsNames ?? []).map((value) => new pkijs.GeneralName({ type: 2, value }));
  const ips = (options.ipAddresses ?? []).map(
    (value) =>
      new pkijs.GeneralName({
        type: 7,
        value: new asn1js.OctetString({ valueHex: ipBytes(value) }),
      }),
  );
  const uris = (options.uris ?? []).map((value) => new pkijs.GeneralName({ type: 6, value }));
  return [...dns, ...uris, ...ips];
}

function ipBytes(address: string): Uint8Array {
  if (isIP(address) === 4) return Uint8Array.from(address.split('.').map(Number));
  if (address === '::1') return Uint8Array.from([...new Array<number>(15).fill(0), 1]);
  throw new Error(`Only IPv4 addresses and ::1 are supported in subjectAltName, got '${address}'.`);
}

export function keyUsageBits(usages: readonly KeyUsageName[]): asn1js.BitString {
  let byte = 0;
  for (const usage of usages) byte |= 0x80 >> KEY_USAGE_BITS[usage];
  // DER wants the unused trailing bits counted (X.690 11.2.2).
  let unusedBits = 0;
  while (unusedBits < 7 && (byte & (1 << unusedBits)) === 0) unusedBits += 1;
  return new asn1js.BitString({ valueHex: Uint8Array.from([byte]), unusedBits });
}

/** RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
export function ski(spki: pkijs.PublicKeyInfo): ArrayBuffer {
  const bits = spki.subjectPublicKey.valueBlock.valueHexView;
  return Uint8Array.from(createHash('sha1').update(bits).digest()).buffer;
}

export function keyIdentifier(certificate: pkijs.Certificate): ArrayBuffer {
  const existing = certificate.extensions?.find((e) => e.extnID === OID_SUBJECT_KEY_IDENTIFIER);
  if (existing === undefined) return ski(certificate.subjectPublicKeyInfo);
  const decoded = decodeDer(existing.extnValue.valueBlock.valueHexView);
  if (!(decoded instanceof asn1js.OctetString)) return ski(certificate.subjectPublicKeyInfo);
  return decoded.getValue();
}

export function certificateTime(date: Date): pkijs.Time {
  // RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050.
  const type =
    date.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime;
  return new pkijs.Time({ type, value: new Date(Math.floor(date.getTime() / 1000) * 1000) });
}

export function serialBytes(serial: bigint): Uint8Array {
  if (serial < 0n || serial >= 1n << 160n) {
    throw new Error('A certificate serial must be between 0 and 2^160 - 1 (RFC 5280 4.1.2.2).');
  }
  let hex = serial.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  // A leading 0x00 keeps a serial whose top bit is set positive in two's complement.
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

export function randomSerial(): bigint {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x10;
  return BigInt(`0x${bytes.toString('hex')}`);
}

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return new pkijs.Certificate({ schema: decodeDer(der) });
}

export function decodeDer(der: Uint8Array): asn1js.AsnType {
  const decoded = asn1js.fromBER(der);
  if (decoded.offset === -1) throw new Error('Invalid DER data.');
  return decoded.result;
}

export function toPem(label: string, der: Uint8Array): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
