import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';

import * as asn1js from 'asn1js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadMaterial, type MaterialSources } from '../src/core/material/index.js';
import { expectMaterialError, FIXED_NOW, OpenSsl, TestPki, type Leaf } from './helpers/openssl.js';

const now = FIXED_NOW;
const PASSPHRASE = 'Tr0ub4dor&3 secret';

let ssl: OpenSsl;
let pki: TestPki;
let rsa: Leaf;
let ec: Leaf;
let rsaKey: string;
let ecKey: string;

beforeAll(() => {
  ssl = new OpenSsl();
  pki = new TestPki(ssl);
  rsa = pki.leaf('ci-runner', { type: 'rsa', bits: 2048 });
  ec = pki.leaf('ec-runner', { type: 'ec', curve: 'P-256' });
  rsaKey = ssl.text(rsa.key);
  ecKey = ssl.text(ec.key);
});

afterAll(() => ssl.cleanup());

const load =
  (sources: MaterialSources, names?: Parameters<typeof loadMaterial>[1]['names']) => () =>
    loadMaterial(sources, { now, ...(names === undefined ? {} : { names }) });

describe('input shape', () => {
  it.each([
    ['an empty string', ''],
    ['only whitespace and newlines', '  \n\t\r\n '],
    ['zero bytes', new Uint8Array(0)],
  ] as const)(
    'rejects a certificate that is %s with ERR_INPUT_MISSING',
    async (_label, certificate) => {
      await expectMaterialError(load({ certificate, privateKey: rsaKey }), {
        code: 'ERR_INPUT_MISSING',
        input: 'certificate',
        secrets: [rsaKey],
      });
    },
  );

  it('rejects free text as certificate with ERR_MATERIAL_UNRECOGNIZED', async () => {
    const error = await expectMaterialError(
      load({ certificate: 'my certificate!', privateKey: rsaKey }),
      {
        code: 'ERR_MATERIAL_UNRECOGNIZED',
        input: 'certificate',
      },
    );
    expect(error.message).not.toContain('my certificate!');
  });

  it('recognises a file path given instead of the content', async () => {
    const error = await expectMaterialError(
      load({ certificate: ssl.text(rsa.cert), privateKey: './secrets/client.key' }),
      { code: 'ERR_MATERIAL_UNRECOGNIZED', input: 'private-key' },
    );
    expect(error.message).toContain('file path');
    expect(error.message).not.toContain('client.key');
  });

  it('recognises a CI variable that was never expanded', async () => {
    const error = await expectMaterialError(
      load({ certificate: '${{ secrets.ROLES_ANYWHERE_CERT }}', privateKey: rsaKey }),
      { code: 'ERR_MATERIAL_UNRECOGNIZED', input: 'certificate' },
    );
    expect(error.message).toContain('unexpanded variable');
  });

  it('rejects random bytes as private key with ERR_MATERIAL_UNRECOGNIZED', async () => {
    const bytes = randomBytes(300);
    bytes[0] = 0x01;
    await expectMaterialError(load({ certificate: ssl.text(rsa.cert), privateKey: bytes }), {
      code: 'ERR_MATERIAL_UNRECOGNIZED',
      input: 'private-key',
      secrets: [bytes.toString('base64')],
    });
  });

  it('rejects base64 that decodes to neither PEM nor DER with ERR_MATERIAL_UNRECOGNIZED', async () => {
    const value = Buffer.from('just some words, not a key').toString('base64');
    await expectMaterialError(load({ certificate: ssl.text(rsa.cert), privateKey: value }), {
      code: 'ERR_MATERIAL_UNRECOGNIZED',
      input: 'private-key',
      secrets: [value],
    });
  });

  it('names the inputs the way the CLI calls them', async () => {
    await expectMaterialError(
      load(
        { certificate: ssl.text(rsa.cert), privateKey: 'not a key!' },
        {
          certificate: '--certificate',
          privateKey: '--private-key',
        },
      ),
      { code: 'ERR_MATERIAL_UNRECOGNIZED', input: '--private-key' },
    );
  });

  it('rejects a clock that is not a valid date with ERR_INTERNAL', async () => {
    await expect(
      loadMaterial({ certificate: ssl.text(rsa.cert) }, { now: new Date(Number.NaN) }),
    ).rejects.toMatchObject({ code: 'ERR_INTERNAL' });
  });
});

describe('material in the wrong input', () => {
  it('rejects a private key given as certificate with ERR_CERT_EXPECTED_GOT_KEY', async () => {
    await expectMaterialError(load({ certificate: rsaKey, privateKey: rsaKey }), {
      code: 'ERR_CERT_EXPECTED_GOT_KEY',
      input: 'certificate',
      secrets: [rsaKey],
    });
  });

  it('rejects a DER private key given as certificate with ERR_CERT_EXPECTED_GOT_KEY', async () => {
    const der = ssl.keyDer(ec.key);
    await expectMaterialError(load({ certificate: der.toString('base64') }), {
      code: 'ERR_CERT_EXPECTED_GOT_KEY',
      input: 'certificate',
      secrets: [ecKey, der.toString('base64')],
    });
  });

  it('rejects a private key given as certificate-chain with ERR_CERT_EXPECTED_GOT_KEY', async () => {
    await expectMaterialError(
      load({ certificate: ssl.text(ec.cert), privateKey: ecKey, intermediates: ecKey }),
      { code: 'ERR_CERT_EXPECTED_GOT_KEY', input: 'certificate-chain', secrets: [ecKey] },
    );
  });

  it('rejects a certificate given as private key with ERR_KEY_EXPECTED_GOT_CERT', async () => {
    await expectMaterialError(
      load({ certificate: ssl.text(rsa.cert), privateKey: ssl.text(rsa.cert) }),
      {
        code: 'ERR_KEY_EXPECTED_GOT_CERT',
        input: 'private-key',
      },
    );
  });

  it('rejects a public key given as private key with ERR_KEY_INVALID', async () => {
    const publicKey = ssl.run(['pkey', '-in', rsa.key, '-pubout']).toString('utf8');
    const error = await expectMaterialError(
      load({ certificate: ssl.text(rsa.cert), privateKey: publicKey }),
      {
        code: 'ERR_KEY_INVALID',
        input: 'private-key',
        secrets: [rsaKey],
      },
    );
    expect(error.message).toContain('public key');
  });

  it('rejects a certificate signing request given as certificate with ERR_CERT_INVALID', async () => {
    const error = await expectMaterialError(
      load({ certificate: ssl.text('ci-runner.csr'), privateKey: rsaKey }),
      {
        code: 'ERR_CERT_INVALID',
        input: 'certificate',
        secrets: [rsaKey],
      },
    );
    expect(error.message).toContain('certificate signing request');
  });

  it('rejects a PKCS#12 bundle given as certificate-chain with ERR_CERT_INVALID', async () => {
    const bundle = ssl.pkcs12({ key: ec.key, cert: ec.cert, password: '' });
    await expectMaterialError(
      load({
        certificate: ssl.text(ec.cert),
        privateKey: ecKey,
        intermediates: bundle.toString('base64'),
      }),
      { code: 'ERR_CERT_INVALID', input: 'certificate-chain', secrets: [ecKey] },
    );
  });

  it('rejects a missing private key with ERR_KEY_MISSING', async () => {
    await expectMaterialError(load({ certificate: ssl.text(rsa.cert), privateKey: '' }), {
      code: 'ERR_KEY_MISSING',
      input: 'private-key',
    });
  });
});

describe('damaged material', () => {
  it('rejects a certificate PEM cut off before its END line with ERR_CERT_INVALID', async () => {
    const pem = ssl.text(rsa.cert);
    await expectMaterialError(
      load({ certificate: pem.slice(0, pem.indexOf('-----END')), privateKey: rsaKey }),
      {
        code: 'ERR_CERT_INVALID',
        input: 'certificate',
        secrets: [rsaKey],
      },
    );
  });

  it('rejects a certificate PEM whose body is not base64 with ERR_CERT_INVALID', async () => {
    const pem = ssl.text(rsa.cert).replace(/\n([A-Za-z0-9])/, '\n*');
    await expectMaterialError(load({ certificate: pem, privateKey: rsaKey }), {
      code: 'ERR_CERT_INVALID',
      input: 'certificate',
    });
  });

  it('rejects a CERTIFICATE block that holds no DER with ERR_CERT_INVALID', async () => {
    const pem = `-----BEGIN CERTIFICATE-----\n${Buffer.from('hello there, not DER').toString('base64')}\n-----END CERTIFICATE-----\n`;
    await expectMaterialError(load({ certificate: pem, privateKey: rsaKey }), {
      code: 'ERR_CERT_INVALID',
      input: 'certificate',
    });
  });

  it('rejects a certificate that OpenSSL cannot parse with ERR_CERT_INVALID', async () => {
    // Shaped like a certificate, but its fields are nonsense.
    const fake = new asn1js.Sequence({
      value: [
        new asn1js.Sequence({
          value: [1, 2, 3, 4, 5, 6].map((value) => new asn1js.Integer({ value })),
        }),
        new asn1js.Sequence({
          value: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.1.11' })],
        }),
        new asn1js.BitString({ valueHex: new Uint8Array([1, 2, 3]) }),
      ],
    });
    await expectMaterialError(
      load({ certificate: new Uint8Array(fake.toBER()), privateKey: rsaKey }),
      { code: 'ERR_CERT_INVALID', input: 'certificate', secrets: [rsaKey] },
    );
  });

  it('rejects a private key PEM cut off in the middle with ERR_KEY_INVALID, quoting none of it', async () => {
    await expectMaterialError(
      load({ certificate: ssl.text(rsa.cert), privateKey: rsaKey.slice(0, 900) }),
      {
        code: 'ERR_KEY_INVALID',
        input: 'private-key',
        secrets: [rsaKey],
      },
    );
  });

  it('rejects a PKCS#8 key whose inner key is garbage with ERR_KEY_INVALID, quoting none of it', async () => {
    const inner = randomBytes(64);
    const pkcs8 = new asn1js.Sequence({
      value: [
        new asn1js.Integer({ value: 0 }),
        new asn1js.Sequence({
          value: [
            new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.1.1' }),
            new asn1js.Null(),
          ],
        }),
        new asn1js.OctetString({ valueHex: inner }),
      ],
    });
    const der = Buffer.from(pkcs8.toBER());
    const pem = `-----BEGIN PRIVATE KEY-----\n${der.toString('base64')}\n-----END PRIVATE KEY-----\n`;
    await expectMaterialError(load({ certificate: ssl.text(rsa.cert), privateKey: pem }), {
      code: 'ERR_KEY_INVALID',
      input: 'private-key',
      secrets: [pem],
    });
  });

  it('rejects two private keys in one input with ERR_KEY_INVALID', async () => {
    await expectMaterialError(
      load({ certificate: ssl.text(rsa.cert), privateKey: rsaKey + ecKey }),
      {
        code: 'ERR_KEY_INVALID',
        input: 'private-key',
        secrets: [rsaKey, ecKey],
      },
    );
  });
});

describe('unsupported keys', () => {
  it.each([
    ['Ed25519', { type: 'ed25519' }, 'Ed25519'],
    ['DSA', { type: 'dsa', bits: 1024 }, 'DSA 1024'],
    ['RSA 1024', { type: 'rsa', bits: 1024 }, 'RSA 1024'],
  ] as const)('rejects a %s key with ERR_KEY_UNSUPPORTED', async (name, spec, description) => {
    const leaf = pki.leaf(`unsupported-${name.replace(/\s/g, '')}`, spec);
    const key = ssl.text(leaf.key);
    const error = await expectMaterialError(
      load({ certificate: ssl.text(leaf.cert), privateKey: key }),
      {
        code: 'ERR_KEY_UNSUPPORTED',
        input: 'private-key',
        secrets: [key],
      },
    );
    expect(error.message).toContain(description);
  });

  it('rejects a traditional DSA PRIVATE KEY with ERR_KEY_UNSUPPORTED', async () => {
    const key = ssl.key('dsa-traditional', { type: 'dsa', bits: 1024 });
    const traditional = ssl.traditional(key);
    expect(traditional).toContain('BEGIN DSA PRIVATE KEY');
    await expectMaterialError(load({ certificate: ssl.text(rsa.cert), privateKey: traditional }), {
      code: 'ERR_KEY_UNSUPPORTED',
      input: 'private-key',
      secrets: [traditional],
    });
  });

  it.each([
    ['X25519', () => ssl.text(ssl.key('x25519', { type: 'x25519' }))],
    [
      'secp256k1',
      () =>
        ssl
          .run(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:secp256k1'])
          .toString('utf8'),
    ],
  ] as const)('rejects an %s key with ERR_KEY_UNSUPPORTED', async (_name, makeKey) => {
    const key = makeKey();
    await expectMaterialError(load({ certificate: ssl.text(ec.cert), privateKey: key }), {
      code: 'ERR_KEY_UNSUPPORTED',
      input: 'private-key',
      secrets: [key],
    });
  });

  it('rejects an OpenSSH private key with ERR_KEY_UNSUPPORTED and says how to convert it', async () => {
    execFileSync('ssh-keygen', ['-q', '-t', 'ecdsa', '-N', '', '-f', ssl.path('id_ecdsa')]);
    const key = ssl.text('id_ecdsa');
    const error = await expectMaterialError(
      load({ certificate: ssl.text(ec.cert), privateKey: key }),
      {
        code: 'ERR_KEY_UNSUPPORTED',
        input: 'private-key',
        secrets: [key],
      },
    );
    expect(error.message).toContain('ssh-keygen');
  });
});

describe('passphrases', () => {
  let encrypted: string;
  beforeAll(() => {
    encrypted = ssl.encryptedPkcs8(rsa.key, PASSPHRASE, [
      '-v2',
      'aes-256-cbc',
      '-v2prf',
      'hmacWithSHA256',
    ]);
  });

  it('asks for the passphrase of an encrypted key with ERR_PASSPHRASE_REQUIRED', async () => {
    const error = await expectMaterialError(
      load({ certificate: ssl.text(rsa.cert), privateKey: encrypted }),
      {
        code: 'ERR_PASSPHRASE_REQUIRED',
        input: 'private-key-passphrase',
        secrets: [encrypted, rsaKey],
      },
    );
    expect(error.message).toContain('private-key');
  });

  it.each([
    ['PBES2', () => encrypted],
    ['scrypt', () => ssl.encryptedPkcs8(rsa.key, PASSPHRASE, ['-scrypt'])],
    ['PKCS#12 3DES', () => ssl.encryptedPkcs8(rsa.key, PASSPHRASE, ['-v1', 'PBE-SHA1-3DES'])],
    [
      'PKCS#12 RC2-40',
      () =>
        ssl.encryptedPkcs8(rsa.key, PASSPHRASE, [
          '-v1',
          'PBE-SHA1-RC2-40',
          '-provider',
          'legacy',
          '-provider',
          'default',
        ]),
    ],
    [
      'traditional PEM',
      () =>
        ssl
          .run(['rsa', '-in', rsa.key, '-traditional', '-aes128', '-passout', `pass:${PASSPHRASE}`])
          .toString('utf8'),
    ],
  ] as const)(
    'rejects a wrong passphrase for a %s key with ERR_PASSPHRASE_WRONG',
    async (_label, make) => {
      const key = make();
      const wrong = 'Tr0ub4dor&4 secret';
      await expectMaterialError(
        load({ certificate: ssl.text(rsa.cert), privateKey: key, passphrase: wrong }),
        {
          code: 'ERR_PASSPHRASE_WRONG',
          input: 'private-key-passphrase',
          secrets: [key, rsaKey, wrong, PASSPHRASE],
        },
      );
    },
  );

  it('rejects a key under obsolete PBES1 encryption with ERR_KEY_UNSUPPORTED', async () => {
    const key = ssl.encryptedPkcs8(rsa.key, PASSPHRASE, [
      '-v1',
      'PBE-MD5-DES',
      '-provider',
      'legacy',
      '-provider',
      'default',
    ]);
    const error = await expectMaterialError(
      load({ certificate: ssl.text(rsa.cert), privateKey: key, passphrase: PASSPHRASE }),
      { code: 'ERR_KEY_UNSUPPORTED', input: 'private-key', secrets: [key, PASSPHRASE] },
    );
    expect(error.message).toContain('openssl pkcs8 -topk8 -v2 aes-256-cbc');
  });

  it('asks for the passphrase of a traditional encrypted PEM key with ERR_PASSPHRASE_REQUIRED', async () => {
    const key = ssl
      .run(['ec', '-in', ec.key, '-aes256', '-passout', `pass:${PASSPHRASE}`])
      .toString('utf8');
    await expectMaterialError(load({ certificate: ssl.text(ec.cert), privateKey: key }), {
      code: 'ERR_PASSPHRASE_REQUIRED',
      input: 'private-key-passphrase',
      secrets: [key, ecKey],
    });
  });
});

describe('certificate checks', () => {
  it('rejects a key from another issuance with ERR_KEY_MISMATCH', async () => {
    const other = ssl.text(ssl.key('other', { type: 'rsa', bits: 2048 }));
    const error = await expectMaterialError(
      load({ certificate: ssl.text(rsa.cert), privateKey: other }),
      {
        code: 'ERR_KEY_MISMATCH',
        input: 'private-key',
        secrets: [other, rsaKey],
      },
    );
    expect(error.message).toBe(
      `The private key does not belong to the certificate (subject CN=ci-runner, O=Example, serial ${BigInt(`0x${rsa.serialHex}`)}). ` +
        'Check that private-key and certificate come from the same issuance.',
    );
  });

  it('rejects an EC key paired with an RSA certificate with ERR_KEY_MISMATCH', async () => {
    await expectMaterialError(load({ certificate: ssl.text(rsa.cert), privateKey: ecKey }), {
      code: 'ERR_KEY_MISMATCH',
      input: 'private-key',
      secrets: [ecKey],
    });
  });

  it('rejects a certificate that expired yesterday with ERR_CERT_EXPIRED', async () => {
    const leaf = pki.leaf(
      'expired',
      { keyFile: ec.key },
      { startDate: '20250101000000Z', endDate: '20260531120000Z' },
    );
    const error = await expectMaterialError(
      load({ certificate: ssl.text(leaf.cert), privateKey: ecKey }),
      {
        code: 'ERR_CERT_EXPIRED',
        input: 'certificate',
        secrets: [ecKey],
      },
    );
    expect(error.message).toContain('expired on 2026-05-31T12:00:00Z, 1 day ago');
  });

  it('rejects a certificate that expired years ago with ERR_CERT_EXPIRED', async () => {
    const leaf = pki.leaf(
      'long-expired',
      { keyFile: ec.key },
      { startDate: '20200101000000Z', endDate: '20210101000000Z' },
    );
    const error = await expectMaterialError(
      load({ certificate: ssl.text(leaf.cert), privateKey: ecKey }),
      {
        code: 'ERR_CERT_EXPIRED',
        input: 'certificate',
      },
    );
    expect(error.message).toContain('5 years ago');
  });

  it('rejects a certificate that becomes valid in two days with ERR_CERT_NOT_YET_VALID', async () => {
    const leaf = pki.leaf('future', { keyFile: ec.key }, { startDate: '20260603120000Z' });
    const error = await expectMaterialError(
      load({ certificate: ssl.text(leaf.cert), privateKey: ecKey }),
      {
        code: 'ERR_CERT_NOT_YET_VALID',
        input: 'certificate',
      },
    );
    expect(error.message).toContain('not valid until 2026-06-03T12:00:00Z, 2 days from now');
  });

  it('rejects a leaf with basicConstraints CA:TRUE with ERR_CERT_IS_CA', async () => {
    const leaf = pki.leaf(
      'ca-leaf',
      { keyFile: ec.key },
      {
        extensions: [
          'basicConstraints = critical, CA:TRUE',
          'keyUsage = critical, digitalSignature, keyCertSign',
        ],
      },
    );
    await expectMaterialError(load({ certificate: ssl.text(leaf.cert), privateKey: ecKey }), {
      code: 'ERR_CERT_IS_CA',
      input: 'certificate',
    });
  });

  it('rejects a leaf whose keyUsage lacks digitalSignature with ERR_CERT_KEY_USAGE', async () => {
    const leaf = pki.leaf(
      'certsign-leaf',
      { keyFile: ec.key },
      {
        extensions: ['basicConstraints = critical, CA:FALSE', 'keyUsage = critical, keyCertSign'],
      },
    );
    const error = await expectMaterialError(
      load({ certificate: ssl.text(leaf.cert), privateKey: ecKey }),
      {
        code: 'ERR_CERT_KEY_USAGE',
        input: 'certificate',
      },
    );
    expect(error.message).toContain('found: keyCertSign');
  });

  it('accepts a leaf without a keyUsage extension, with one warning naming it', async () => {
    const leaf = pki.leaf(
      'no-usage',
      { keyFile: ec.key },
      { extensions: ['basicConstraints = CA:FALSE'] },
    );
    const material = await loadMaterial(
      { certificate: ssl.text(leaf.cert), privateKey: ecKey },
      { now },
    );
    expect(material.subject).toBe('CN=no-usage, O=Example');
    expect(material.warnings.map((warning) => warning.code)).toEqual(['WARN_CERT_NO_KEY_USAGE']);
    expect(material.warnings[0]?.message).toContain('-addext keyUsage=critical,digitalSignature');
  });

  it('rejects a leaf signed with SHA-1 with ERR_CERT_WEAK_SIGNATURE', async () => {
    const leaf = pki.leaf('sha1-leaf', { keyFile: rsa.key }, { digest: 'sha1' });
    const error = await expectMaterialError(
      load({ certificate: ssl.text(leaf.cert), privateKey: rsaKey }),
      {
        code: 'ERR_CERT_WEAK_SIGNATURE',
        input: 'certificate',
        secrets: [rsaKey],
      },
    );
    expect(error.message).toContain('SHA-1');
  });

  it('rejects an intermediate that does not connect to the leaf with ERR_CHAIN_ORDER', async () => {
    const stranger = ssl.root('stranger-root', '/CN=Stranger Root/O=Elsewhere');
    const strangerCa = ssl.intermediate('stranger-ca', '/CN=Stranger CA/O=Elsewhere', stranger);
    const error = await expectMaterialError(
      load({
        certificate: ssl.text(ec.cert),
        privateKey: ecKey,
        intermediates: ssl.text(pki.issuing.cert) + ssl.text(strangerCa.cert),
      }),
      { code: 'ERR_CHAIN_ORDER', input: 'certificate-chain' },
    );
    expect(error.message).toContain('CN=Stranger CA, O=Elsewhere');
  });
});
