import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { pkcs12Kdf, bmpPassword, Pkcs12KeyPurpose } from '../src/core/material/pkcs12Kdf.js';
import { rc2CbcDecrypt, rc2DecryptBlock } from '../src/core/material/rc2.js';
import { decodeBase64, normalizeText } from '../src/core/material/encoding.js';
import { OpenSsl } from './helpers/openssl.js';

const hex = (value: string): Buffer => Buffer.from(value, 'hex');

describe('RC2 (RFC 2268)', () => {
  // RFC 2268 section 5: key, effective key bits, plaintext, ciphertext.
  const vectors: ReadonlyArray<[string, number, string, string]> = [
    ['0000000000000000', 63, '0000000000000000', 'ebb773f993278eff'],
    ['ffffffffffffffff', 64, 'ffffffffffffffff', '278b27e42e2f0d49'],
    ['3000000000000000', 64, '1000000000000001', '30649edf9be7d2c2'],
    ['88', 64, '0000000000000000', '61a8a244adacccf0'],
    ['88bca90e90875a', 64, '0000000000000000', '6ccf4308974c267f'],
    ['88bca90e90875a7f0f79c384627bafb2', 64, '0000000000000000', '1a807d272bbe5db1'],
    ['88bca90e90875a7f0f79c384627bafb2', 128, '0000000000000000', '2269552ab0f85ca6'],
    [
      '88bca90e90875a7f0f79c384627bafb216f80a6f85920584c42fceb0be255daf1e',
      129,
      '0000000000000000',
      '5b78d3a43dfff1f1',
    ],
  ];

  it.each(vectors)(
    'decrypts the RFC 2268 vector with key %s at %i effective bits',
    (key, bits, plain, cipher) => {
      expect(Buffer.from(rc2DecryptBlock(hex(key), bits, hex(cipher))).toString('hex')).toBe(plain);
    },
  );

  describe('against the openssl CLI', () => {
    let ssl: OpenSsl;
    beforeAll(() => {
      ssl = new OpenSsl();
    });
    afterAll(() => ssl.cleanup());

    it.each([
      ['rc2-40-cbc', 5],
      ['rc2-64-cbc', 8],
      ['rc2-cbc', 16],
    ] as const)(
      'decrypts what openssl enc -%s encrypts, across several blocks',
      (cipher, keyLength) => {
        const key = randomBytes(keyLength);
        const iv = randomBytes(8);
        const plain = randomBytes(8 * 7);
        const encrypted = ssl.run(
          [
            'enc',
            `-${cipher}`,
            '-provider',
            'legacy',
            '-provider',
            'default',
            '-nopad',
            '-K',
            key.toString('hex'),
            '-iv',
            iv.toString('hex'),
          ],
          plain,
        );
        expect(Buffer.from(rc2CbcDecrypt(key, keyLength * 8, iv, encrypted))).toEqual(plain);
      },
    );
  });
});

describe('the PKCS#12 key derivation (RFC 7292 appendix B)', () => {
  it('derives the published SHA-1 vector for the password "smeg"', () => {
    const key = pkcs12Kdf(
      'sha1',
      bmpPassword('smeg'),
      hex('0a58cf64530d823f'),
      Pkcs12KeyPurpose.key,
      1,
      24,
    );
    expect(key.toString('hex')).toBe('8aaae6297b6cb04642ab5b077851284eb7128f1a2a7fbca3');
  });

  it('hashes a password as UTF-16BE with a two-byte terminator, and no password as nothing', () => {
    expect(bmpPassword('ab').toString('hex')).toBe('006100620000');
    expect(bmpPassword('').toString('hex')).toBe('0000');
    expect(bmpPassword(undefined).length).toBe(0);
  });

  describe('against openssl kdf PKCS12KDF', () => {
    let ssl: OpenSsl;
    beforeAll(() => {
      ssl = new OpenSsl();
    });
    afterAll(() => ssl.cleanup());

    it.each([
      ['SHA1', 'sha1', 1, 24, 2048],
      ['SHA1', 'sha1', 2, 8, 2048],
      ['SHA256', 'sha256', 3, 32, 2048],
      ['SHA384', 'sha384', 1, 100, 3],
      ['SHA512', 'sha512', 3, 64, 1000],
      ['SHA224', 'sha224', 2, 61, 7],
    ] as const)(
      'matches %s with purpose %i and %i bytes',
      (digest, hash, purpose, length, iterations) => {
        const password = bmpPassword('pässwörd ✓');
        const salt = randomBytes(8 + purpose);
        const expected = ssl
          .run([
            'kdf',
            '-keylen',
            String(length),
            '-kdfopt',
            `digest:${digest}`,
            '-kdfopt',
            `hexpass:${password.toString('hex')}`,
            '-kdfopt',
            `hexsalt:${salt.toString('hex')}`,
            '-kdfopt',
            `iter:${iterations}`,
            '-kdfopt',
            `id:${purpose}`,
            'PKCS12KDF',
          ])
          .toString('utf8')
          .trim()
          .replace(/:/g, '')
          .toLowerCase();
        const actual = pkcs12Kdf(
          hash,
          password,
          salt,
          purpose as Pkcs12KeyPurpose,
          iterations,
          length,
        );
        expect(actual.toString('hex')).toBe(expected);
      },
    );
  });
});

describe('input normalisation', () => {
  it('expands literal \\n escapes and strips CRLF, quotes, a BOM and blank lines', () => {
    expect(normalizeText('\uFEFF\r\n"-----BEGIN X-----\\nAAAA\\r\\n-----END X-----"\r\n\r\n')).toBe(
      '-----BEGIN X-----\nAAAA\n-----END X-----',
    );
  });

  it('decodes standard and URL-safe base64 with whitespace, and rejects what is not base64', () => {
    expect(Buffer.from(decodeBase64('SGVs bG8s\nIHdv cmxk') ?? []).toString()).toBe('Hello, world');
    expect(Buffer.from(decodeBase64('-_-_') ?? []).toString('hex')).toBe('fbffbf');
    expect(decodeBase64('not base64!')).toBeUndefined();
    expect(decodeBase64('abcde')).toBeUndefined();
  });
});
