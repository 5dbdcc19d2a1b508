/**
 * RC2 decryption (RFC 2268) in CBC mode. `openssl pkcs12 -export -legacy` encrypts the
 * certificate bag with pbeWithSHAAnd40BitRC2-CBC, and the OpenSSL behind Node ships RC2 only in
 * its legacy provider, which Node does not load. Only decryption is needed.
 */

// RFC 2268 section 2: a fixed permutation of 0..255 derived from the digits of pi.
const PITABLE = Uint8Array.from(
  (
    'd978f9c419ddb5ed28e9fd794aa0d89dc67e37832b76538e624c6488448bfba2' +
    '179a59f587b34f1361456d8d09817d32bd8f40eb86b77b0bf09521225c6b4e82' +
    '54d66593ce60b21c7356c014a78cf1dc1275ca1f3bbee4d1423dd430a33cb626' +
    '6fbf0eda4669075727f21d9bbc944303f811c7f690ef3ee706c3d52fc8661ed7' +
    '08e8eade8052eef784aa72ac354d6a2a961ad2715a1549744b9fd05e0418a4ec' +
    'c2e0416e0f51cbcc2491af50a1f47039997c3a8523b8b47afc02365b25559731' +
    '2d5dfa98e38a92ae05df2910676cbac9d300e6cfe19ea82c6316013f58e289a9' +
    '0d38341bab33ffb0bb480c5fb9b1cd2ec5f3db47e5a59c770aa62068fe7fc1ad'
  ).match(/../g) ?? [],
  (hex) => parseInt(hex, 16),
);

const BLOCK = 8;

/** RFC 2268 section 2: expands a 1..128 byte key to 64 16-bit words at `effectiveBits` strength. */
export function rc2ExpandKey(key: Uint8Array, effectiveBits: number): Uint16Array {
  if (key.length < 1 || key.length > 128) throw new RangeError('RC2 key must be 1..128 bytes');
  if (effectiveBits < 1 || effectiveBits > 1024) throw new RangeError('RC2 effective bits 1..1024');
  const table = (index: number): number => PITABLE[index & 0xff] ?? 0;
  const l = new Uint8Array(128);
  l.set(key);
  const t = key.length;
  for (let i = t; i < 128; i++) l[i] = table((l[i - 1] ?? 0) + (l[i - t] ?? 0));
  const t8 = Math.ceil(effectiveBits / 8);
  const tm = 0xff % 2 ** (8 + effectiveBits - 8 * t8);
  l[128 - t8] = table((l[128 - t8] ?? 0) & tm);
  for (let i = 127 - t8; i >= 0; i--) l[i] = table((l[i + 1] ?? 0) ^ (l[i + t8] ?? 0));
  const words = new Uint16Array(64);
  for (let i = 0; i < 64; i++) words[i] = (l[2 * i] ?? 0) | ((l[2 * i + 1] ?? 0) << 8);
  return words;
}

const SHIFTS = [1, 2, 3, 5] as const;

/** Decrypts one 8-byte block in place: the encryption rounds run backwards (RFC 2268 section 4). */
function decryptBlock(k: Uint16Array, block: Uint8Array, offset: number): void {
  const r = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++) {
    r[i] = (block[offset + 2 * i] ?? 0) | ((block[offset + 2 * i + 1] ?? 0) << 8);
  }
  const at = (i: number): number => r[i & 3] ?? 0;
  const key = (i: number): number => k[i & 63] ?? 0;
  let j = 63;
  const reverseMix = (): void => {
    for (let i = 3; i >= 0; i--) {
      const shift = SHIFTS[i] ?? 0;
      let value = at(i);
      value = ((value >>> shift) | (value << (16 - shift))) & 0xffff;
      value -= key(j) + (at(i - 1) & at(i - 2)) + (~at(i - 1) & at(i - 3));
      r[i] = value & 0xffff;
      j--;
    }
  };
  const reverseMash = (): void => {
    for (let i = 3; i >= 0; i--) r[i] = (at(i) - key(at(i - 1))) & 0xffff;
  };
  for (let round = 0; round < 5; round++) reverseMix();
  reverseMash();
  for (let round = 0; round < 6; round++) reverseMix();
  reverseMash();
  for (let round = 0; round < 5; round++) reverseMix();
  for (let i = 0; i < 4; i++) {
    block[offset + 2 * i] = at(i) & 0xff;
    block[offset + 2 * i + 1] = at(i) >>> 8;
  }
}

/** Decrypts one RC2 block without chaining; exposed for the RFC 2268 test vectors. */
export function rc2DecryptBlock(
  key: Uint8Array,
  effectiveBits: number,
  block: Uint8Array,
): Uint8Array {
  if (block.length !== BLOCK) throw new RangeError('RC2 block is 8 bytes');
  const out = Uint8Array.from(block);
  decryptBlock(rc2ExpandKey(key, effectiveBits), out, 0);
  return out;
}

/**
 * CBC decryption without padding removal; the caller strips PKCS#7 padding so that a wrong
 * password is reported where passwords are understood.
 */
export function rc2CbcDecrypt(
  key: Uint8Array,
  effectiveBits: number,
  iv: Uint8Array,
  data: Uint8Array,
): Uint8Array {
  if (iv.length !== BLOCK) throw new RangeError('RC2 IV is 8 bytes');
  if (data.length % BLOCK !== 0) throw new RangeError('RC2 ciphertext is not whole blocks');
  const k = rc2ExpandKey(key, effectiveBits);
  const out = Uint8Array.from(data);
  for (let offset = 0; offset < out.length; offset += BLOCK) {
    decryptBlock(k, out, offset);
    const previous = offset === 0 ? iv : data.subarray(offset - BLOCK, offset);
    for (let i = 0; i < BLOCK; i++) out[offset + i] = (out[offset + i] ?? 0) ^ (previous[i] ?? 0);
  }
  return out;
}
