import { createHash } from 'node:crypto';

import type { HashName } from './oids.js';

/** RFC 7292 appendix B.3: what the derived bytes are for. */
export const Pkcs12KeyPurpose = { key: 1, iv: 2, mac: 3 } as const;
export type Pkcs12KeyPurpose = (typeof Pkcs12KeyPurpose)[keyof typeof Pkcs12KeyPurpose];

// Output size u and block size v of each hash, in bytes (RFC 7292 appendix B.2).
const SIZES: Readonly<Record<HashName, { u: number; v: number }>> = {
  md5: { u: 16, v: 64 },
  sha1: { u: 20, v: 64 },
  sha224: { u: 28, v: 64 },
  sha256: { u: 32, v: 64 },
  sha384: { u: 48, v: 128 },
  sha512: { u: 64, v: 128 },
};

/**
 * The PKCS#12 key derivation (RFC 7292 appendix B.2), used for the MAC key of every PKCS#12 file
 * and for the legacy pbeWithSHAAnd... ciphers. `password` is already the BMPString form (see
 * `bmpPassword`); node:crypto does not expose this KDF.
 */
export function pkcs12Kdf(
  hash: HashName,
  password: Uint8Array,
  salt: Uint8Array,
  purpose: Pkcs12KeyPurpose,
  iterations: number,
  length: number,
): Buffer {
  const { u, v } = SIZES[hash];
  const diversifier = Buffer.alloc(v, purpose);
  const fill = (source: Uint8Array): Buffer => {
    const out = Buffer.alloc(v * Math.ceil(source.length / v));
    for (let i = 0; i < out.length; i++) out[i] = source[i % source.length] ?? 0;
    return out;
  };
  const input = Buffer.concat([fill(salt), fill(password)]);
  const blocks: Buffer[] = [];
  for (let produced = 0; produced < length; produced += u) {
    let a = createHash(hash).update(diversifier).update(input).digest();
    for (let round = 1; round < iterations; round++) a = createHash(hash).update(a).digest();
    blocks.push(a);
    if (produced + u >= length) break;
    // I_j = (I_j + B + 1) mod 2^(8v), for each v-byte block of I, where B repeats A to v bytes.
    const b = fill(a);
    for (let offset = 0; offset < input.length; offset += v) {
      let carry = 1;
      for (let i = v - 1; i >= 0; i--) {
        const sum = (input[offset + i] ?? 0) + (b[i] ?? 0) + carry;
        input[offset + i] = sum & 0xff;
        carry = sum >>> 8;
      }
    }
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/**
 * A password as PKCS#12 hashes it: UTF-16BE with a two-byte terminator (RFC 7292 appendix B.1).
 * `undefined` is the "no password" of some exporters, hashed as zero bytes.
 */
export function bmpPassword(password: string | undefined): Buffer {
  if (password === undefined) return Buffer.alloc(0);
  const utf16le = Buffer.from(`${password}\u0000`, 'utf16le');
  return utf16le.swap16();
}
