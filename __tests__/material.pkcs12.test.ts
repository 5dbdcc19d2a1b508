import { KeyObject, sign, verify } from 'node:crypto';

import * as asn1js from 'asn1js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadMaterial, type CredentialMaterial } from '../src/core/material/index.js';

/** The key read from the input; a token-held key (PKCS#11) has no KeyObject. */
function fileKey(material: CredentialMaterial): KeyObject {
  if (!(material.privateKey instanceof KeyObject))
    throw new Error('expected a key read from input');
  return material.privateKey;
}
import { expectMaterialError, FIXED_NOW, OpenSsl, TestPki, type Leaf } from './helpers/openssl.js';

const now = FIXED_NOW;
const PASSWORD = 'p12-Pässwörd with spaces';

function expectKeySigns(material: CredentialMaterial): void {
  const data = Buffer.from('POST /sessions');
  expect(
    verify('sha256', data, material.leaf.publicKey, sign('sha256', data, fileKey(material))),
  ).toBe(true);
}

let ssl: OpenSsl;
let pki: TestPki;
let rsa: Leaf;
let ec: Leaf;

beforeAll(() => {
  ssl = new OpenSsl();
  pki = new TestPki(ssl);
  rsa = pki.leaf('p12-rsa', { type: 'rsa', bits: 2048 });
  ec = pki.leaf('p12-ec', { type: 'ec', curve: 'P-256' });
});

afterAll(() => ssl.cleanup());

describe('PKCS#12 bundles', () => {
  it.each([
    ['the OpenSSL 3 default encoding (PBES2, AES-256-CBC, HMAC-SHA256 MAC)', PASSWORD, []],
    [
      'the legacy encoding (3DES key bag, RC2-40 certificate bag, SHA-1 MAC)',
      PASSWORD,
      ['-legacy'],
    ],
    ['the OpenSSL 3 default encoding and an empty password', '', []],
    ['the legacy encoding and an empty password', '', ['-legacy']],
    [
      'no encryption at all (-keypbe NONE -certpbe NONE)',
      '',
      ['-keypbe', 'NONE', '-certpbe', 'NONE'],
    ],
    ['no encryption and no MAC', '', ['-keypbe', 'NONE', '-certpbe', 'NONE', '-nomac']],
    [
      'a SHA-512 MAC and AES-128 bags',
      PASSWORD,
      ['-macalg', 'sha512', '-keypbe', 'AES-128-CBC', '-certpbe', 'AES-128-CBC'],
    ],
    ['3DES bags without a MAC', PASSWORD, ['-legacy', '-nomac']],
  ] as const)('loads key and leaf from a bundle with %s', async (_label, password, extra) => {
    const bundle = ssl.pkcs12({ key: rsa.key, cert: rsa.cert, password, extra });
    const material = await loadMaterial(
      { certificate: bundle, ...(password === '' ? {} : { passphrase: password }) },
      { now },
    );
    expect(material.serialDecimal).toBe(BigInt(`0x${rsa.serialHex}`).toString(10));
    expect(material.keyType).toBe('rsa');
    expect(material.secretFragments).toEqual([]);
    expectKeySigns(material);
  });

  it('loads a bundle given as base64, as GitLab masked variables need', async () => {
    const bundle = ssl.pkcs12({
      key: ec.key,
      cert: ec.cert,
      password: PASSWORD,
      extra: ['-legacy'],
    });
    const material = await loadMaterial(
      { certificate: bundle.toString('base64'), passphrase: PASSWORD },
      { now },
    );
    expect(material.keyType).toBe('ec');
    expectKeySigns(material);
  });

  it('turns the other certificates in a bundle into the chain and drops the root', async () => {
    const bundle = ssl.pkcs12({
      key: ec.key,
      cert: ec.cert,
      chain: [pki.root.cert, pki.issuing.cert],
      password: PASSWORD,
    });
    const material = await loadMaterial({ certificate: bundle, passphrase: PASSWORD }, { now });
    expect(material.subject).toBe('CN=p12-ec, O=Example');
    expect(material.intermediates.map((cert) => cert.subject)).toEqual([
      'CN=Issuing CA\nO=Example',
    ]);
    expect(material.notes.join(' ')).toContain('self-signed root');
  });

  it('accepts the bundle in the private-key input too, with the certificate given separately', async () => {
    const bundle = ssl.pkcs12({ key: rsa.key, cert: rsa.cert, password: PASSWORD });
    const material = await loadMaterial(
      {
        certificate: ssl.text(rsa.cert),
        privateKey: bundle.toString('base64'),
        passphrase: PASSWORD,
      },
      { now },
    );
    expectKeySigns(material);
  });

  it('uses private-key when the certificate bundle holds no key', async () => {
    const bundle = ssl.pkcs12({ cert: ec.cert, password: PASSWORD });
    const material = await loadMaterial(
      { certificate: bundle, privateKey: ssl.text(ec.key), passphrase: PASSWORD },
      { now },
    );
    expectKeySigns(material);
  });

  it('notes a passphrase that a password-less bundle did not need', async () => {
    const bundle = ssl.pkcs12({ key: ec.key, cert: ec.cert, password: '' });
    const material = await loadMaterial({ certificate: bundle, passphrase: PASSWORD }, { now });
    expect(material.notes.join(' ')).toContain('without a password');
  });

  it('rejects a bundle opened with the wrong password with ERR_PASSPHRASE_WRONG', async () => {
    for (const extra of [[], ['-legacy']]) {
      const bundle = ssl.pkcs12({ key: rsa.key, cert: rsa.cert, password: PASSWORD, extra });
      await expectMaterialError(
        () => loadMaterial({ certificate: bundle, passphrase: 'not the password' }, { now }),
        {
          code: 'ERR_PASSPHRASE_WRONG',
          input: 'private-key-passphrase',
          secrets: [PASSWORD, 'not the password'],
        },
      );
    }
  });

  it('rejects a wrong password on a bundle without a MAC with ERR_PASSPHRASE_WRONG', async () => {
    const bundle = ssl.pkcs12({
      key: rsa.key,
      cert: rsa.cert,
      password: PASSWORD,
      extra: ['-nomac'],
    });
    await expectMaterialError(
      () => loadMaterial({ certificate: bundle, passphrase: 'not the password' }, { now }),
      { code: 'ERR_PASSPHRASE_WRONG', input: 'private-key-passphrase' },
    );
  });

  it('asks for the password of a protected bundle with ERR_PASSPHRASE_REQUIRED', async () => {
    const bundle = ssl.pkcs12({ key: rsa.key, cert: rsa.cert, password: PASSWORD });
    await expectMaterialError(() => loadMaterial({ certificate: bundle }, { now }), {
      code: 'ERR_PASSPHRASE_REQUIRED',
      input: 'private-key-passphrase',
    });
    const named = await expectMaterialError(
      () =>
        loadMaterial({ certificate: bundle }, { now, names: { passphrase: '--pkcs8-password' } }),
      { code: 'ERR_PASSPHRASE_REQUIRED', input: '--pkcs8-password' },
    );
    expect(named.message).toContain('certificate');
  });

  it('rejects a bundle that holds no private key when none is given with ERR_KEY_MISSING', async () => {
    const bundle = ssl.pkcs12({ cert: ec.cert, password: PASSWORD });
    await expectMaterialError(
      () => loadMaterial({ certificate: bundle, passphrase: PASSWORD }, { now }),
      {
        code: 'ERR_KEY_MISSING',
        input: 'private-key',
      },
    );
  });

  it('rejects a bundle whose key belongs to no certificate in it with ERR_KEY_MISMATCH', async () => {
    const bundle = ssl.pkcs12({ key: rsa.key, cert: rsa.cert, password: PASSWORD });
    await expectMaterialError(
      () =>
        loadMaterial(
          { certificate: ssl.text(ec.cert), privateKey: bundle, passphrase: PASSWORD },
          { now },
        ),
      { code: 'ERR_KEY_MISMATCH', input: 'private-key' },
    );
  });

  it('rejects a bundle whose content was altered, as its MAC no longer matches', async () => {
    const bundle = Buffer.from(ssl.pkcs12({ key: rsa.key, cert: rsa.cert, password: PASSWORD }));
    const index = bundle.length - 120;
    bundle[index] = (bundle[index] ?? 0) ^ 0xff;
    await expectMaterialError(
      () => loadMaterial({ certificate: bundle, passphrase: PASSWORD }, { now }),
      {
        code: 'ERR_PASSPHRASE_WRONG',
        input: 'private-key-passphrase',
      },
    );
  });

  it('rejects a PFX whose authSafe is not SafeContents with ERR_PKCS12_INVALID', async () => {
    await expectMaterialError(
      () =>
        loadMaterial(
          {
            certificate: pfx(
              asn1.data,
              new asn1js.OctetString({ valueHex: Buffer.from('not asn.1') }),
            ),
          },
          { now },
        ),
      { code: 'ERR_PKCS12_INVALID', input: 'certificate' },
    );
  });

  it('rejects a PFX in public-key integrity mode with ERR_PKCS12_INVALID', async () => {
    const error = await expectMaterialError(
      () => loadMaterial({ certificate: pfx(asn1.signedData, new asn1js.Sequence()) }, { now }),
      { code: 'ERR_PKCS12_INVALID', input: 'certificate' },
    );
    expect(error.message).toContain('public-key integrity mode');
  });
});

const asn1 = { data: '1.2.840.113549.1.7.1', signedData: '1.2.840.113549.1.7.2' } as const;

/** A hand-made PFX: version 3, an authSafe of `type` holding `content`, no MAC. */
function pfx(type: string, content: asn1js.BaseBlock): Uint8Array {
  const inner =
    type === asn1.data ? new asn1js.OctetString({ valueHex: content.toBER() }) : content;
  const pfxNode = new asn1js.Sequence({
    value: [
      new asn1js.Integer({ value: 3 }),
      new asn1js.Sequence({
        value: [
          new asn1js.ObjectIdentifier({ value: type }),
          new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [inner] }),
        ],
      }),
    ],
  });
  return new Uint8Array(pfxNode.toBER());
}
