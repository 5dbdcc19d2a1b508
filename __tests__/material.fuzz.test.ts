import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isRolesAnywhereError } from '../src/core/errors.js';
import { loadMaterial, type MaterialSources } from '../src/core/material/index.js';
import { FIXED_NOW, OpenSsl, TestPki, type Leaf } from './helpers/openssl.js';

// FUZZ_RUNS=20000 npx vitest run __tests__/material.fuzz for a longer hunt.
const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
const PASSWORD = 'fuzzing password';

let ssl: OpenSsl;
let leaf: Leaf;
let certPem: string;
let keyPem: string;
let encryptedKey: string;
let bundles: Buffer[];
let certDer: Buffer;
let keyDer: Buffer;

beforeAll(() => {
  ssl = new OpenSsl();
  const pki = new TestPki(ssl);
  leaf = pki.leaf('fuzz', { type: 'ec', curve: 'P-256' });
  certPem = ssl.text(leaf.cert);
  keyPem = ssl.text(leaf.key);
  certDer = ssl.certDer(leaf.cert);
  keyDer = ssl.keyDer(leaf.key);
  encryptedKey = ssl.encryptedPkcs8(leaf.key, PASSWORD, ['-v2', 'aes-128-cbc', '-iter', '1']);
  bundles = [
    ssl.pkcs12({
      key: leaf.key,
      cert: leaf.cert,
      chain: [pki.issuing.cert],
      password: PASSWORD,
      extra: ['-iter', '1'],
    }),
    ssl.pkcs12({
      key: leaf.key,
      cert: leaf.cert,
      password: PASSWORD,
      extra: ['-legacy', '-nomac', '-iter', '1'],
    }),
    ssl.pkcs12({
      key: leaf.key,
      cert: leaf.cert,
      password: '',
      extra: ['-keypbe', 'NONE', '-certpbe', 'NONE', '-nomac'],
    }),
  ];
});

afterAll(() => ssl.cleanup());

/** Loading may fail, but only ever with a RolesAnywhereError that names an input on one line. */
async function failsOnlyCleanly(
  sources: MaterialSources,
  echoed?: string | Uint8Array,
): Promise<void> {
  try {
    await loadMaterial(sources, { now: FIXED_NOW });
  } catch (error) {
    if (!isRolesAnywhereError(error)) throw error;
    expect(error.code).not.toBe('ERR_INTERNAL');
    expect(error.details.input).toBeTruthy();
    expect(error.message).not.toMatch(/[\r\n]/);
    if (typeof echoed === 'string' && echoed.trim().length >= 20) {
      expect(error.message).not.toContain(echoed.trim());
    }
  }
}

const text = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.base64String({ maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        '-----BEGIN CERTIFICATE-----',
        '-----END CERTIFICATE-----',
        '-----BEGIN PRIVATE KEY-----',
        '-----END PRIVATE KEY-----',
        '-----BEGIN ENCRYPTED PRIVATE KEY-----',
        'Proc-Type: 4,ENCRYPTED',
        'DEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF',
        'MIIB',
        'MAA=',
        '\\n',
        '\n',
        '\r\n',
        ' ',
        '"',
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);
const bytes = fc.uint8Array({ maxLength: 600 });

/** A valid input with a few bytes changed, removed or cut off: the parsers' worst day. */
function mutated(original: () => Buffer) {
  return fc
    .record({
      edits: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
        maxLength: 4,
      }),
      cut: fc.option(fc.nat(), { nil: undefined }),
    })
    .map(({ edits, cut }) => {
      const copy = Buffer.from(original());
      for (const { at, value } of edits) copy[at % copy.length] = value;
      return cut === undefined ? copy : copy.subarray(0, cut % (copy.length + 1));
    });
}

describe('loadMaterial under arbitrary input', () => {
  const options = { numRuns };

  it('raises nothing but RolesAnywhereError for arbitrary text or bytes as certificate', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, bytes), (certificate) =>
        failsOnlyCleanly({ certificate, privateKey: keyPem }, certificate),
      ),
      options,
    );
  });

  it('raises nothing but RolesAnywhereError for arbitrary text or bytes as private key', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, bytes), (privateKey) =>
        failsOnlyCleanly({ certificate: certPem, privateKey }, privateKey),
      ),
      options,
    );
  });

  it('raises nothing but RolesAnywhereError for arbitrary text or bytes as intermediates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, bytes), (intermediates) =>
        failsOnlyCleanly(
          { certificate: certPem, privateKey: keyPem, intermediates },
          intermediates,
        ),
      ),
      options,
    );
  });

  it('raises nothing but RolesAnywhereError for arbitrary passphrases on an encrypted key and on bundles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 64 }), fc.nat(), async (passphrase, pick) => {
        await failsOnlyCleanly(
          { certificate: certPem, privateKey: encryptedKey, passphrase },
          passphrase,
        );
        const bundle = bundles[pick % bundles.length] ?? Buffer.alloc(0);
        await failsOnlyCleanly({ certificate: bundle, passphrase }, passphrase);
      }),
      options,
    );
  });

  it('raises nothing but RolesAnywhereError for damaged certificates, keys and bundles', async () => {
    const sources = fc.oneof(
      mutated(() => certDer).map((certificate): MaterialSources => ({
        certificate,
        privateKey: keyPem,
      })),
      mutated(() => keyDer).map((privateKey): MaterialSources => ({
        certificate: certPem,
        privateKey,
      })),
      mutated(() => Buffer.from(encryptedKey)).map((privateKey): MaterialSources => ({
        certificate: certPem,
        privateKey,
        passphrase: PASSWORD,
      })),
      fc
        .nat()
        .chain((pick) => mutated(() => bundles[pick % bundles.length] ?? Buffer.alloc(0)))
        .map((certificate): MaterialSources => ({ certificate, passphrase: PASSWORD })),
    );
    await fc.assert(
      fc.asyncProperty(sources, (input) => failsOnlyCleanly(input)),
      options,
    );
  });
});
