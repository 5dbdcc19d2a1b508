import { writeFileSync } from 'node:fs';
import { KeyObject, sign, verify } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadMaterial, type CredentialMaterial } from '../src/core/material/index.js';

/** The key read from the input; a token-held key (PKCS#11) has no KeyObject. */
function fileKey(material: CredentialMaterial): KeyObject {
  if (!(material.privateKey instanceof KeyObject))
    throw new Error('expected a key read from input');
  return material.privateKey;
}
import { FIXED_NOW, OpenSsl, TestPki, type Leaf } from './helpers/openssl.js';
import { vectorFile } from './helpers/vectors.js';

const now = FIXED_NOW;
const PASSPHRASE = 'correct horse battery staple';
const decimal = (hex: string): string => BigInt(`0x${hex}`).toString(10);

/** The loaded leaf is the expected one, and the key signs what the leaf's public key verifies. */
function expectLoaded(
  material: CredentialMaterial,
  leaf: Pick<Leaf, 'serialHex'>,
  keyType: 'rsa' | 'ec',
): void {
  expect(material.serialDecimal).toBe(decimal(leaf.serialHex));
  expect(material.keyType).toBe(keyType);
  const data = Buffer.from('GET / roles anywhere');
  const signature = sign('sha256', data, fileKey(material));
  expect(verify('sha256', data, material.leaf.publicKey, signature)).toBe(true);
}

const base64 = (value: string | Buffer): string => Buffer.from(value).toString('base64');

let ssl: OpenSsl;
let pki: TestPki;
let rsa: Leaf;
let ec: Leaf;

beforeAll(() => {
  ssl = new OpenSsl();
  pki = new TestPki(ssl);
  rsa = pki.leaf('rsa-leaf', { type: 'rsa', bits: 2048 });
  ec = pki.leaf('ec-leaf', { type: 'ec', curve: 'P-256' });
});

afterAll(() => ssl.cleanup());

describe('key types', () => {
  it.each([
    ['RSA 2048', { type: 'rsa', bits: 2048 }, 'rsa'],
    ['RSA 3072', { type: 'rsa', bits: 3072 }, 'rsa'],
    ['RSA 4096', { type: 'rsa', bits: 4096 }, 'rsa'],
    ['EC P-256', { type: 'ec', curve: 'P-256' }, 'ec'],
    ['EC P-384', { type: 'ec', curve: 'P-384' }, 'ec'],
    ['EC P-521', { type: 'ec', curve: 'P-521' }, 'ec'],
  ] as const)('loads a %s leaf with its PKCS#8 key', async (label, spec, keyType) => {
    const name = label.replace(/\s+/g, '-').toLowerCase();
    const leaf = spec.type === 'rsa' && spec.bits === 2048 ? rsa : pki.leaf(name, spec);
    const material = await loadMaterial(
      { certificate: ssl.text(leaf.cert), privateKey: ssl.text(leaf.key) },
      { now },
    );
    expectLoaded(material, leaf, keyType);
    expect(material.intermediates).toEqual([]);
    expect(material.secretFragments).toEqual([]);
    if (label === 'EC P-521') {
      expect(material.notes.join(' ')).toContain('documents P-256 and P-384');
    } else {
      expect(material.notes).toEqual([]);
    }
  });

  it('loads the conformance vector and reads its serial as 99058066522113', async () => {
    const material = await loadMaterial(
      {
        certificate: vectorFile('rsa.crt'),
        privateKey: vectorFile('rsa.key'),
      },
      { now },
    );
    expect(material.serialDecimal).toBe('99058066522113');
    expect(material.subject).toBe('CN=rsa, O=roles-anywhere-conformance');
    expect(material.notBefore.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(material.notAfter.toISOString()).toBe('2099-12-31T23:59:59.000Z');
    expectLoaded(material, { serialHex: '5a17c0de0001' }, 'rsa');
  });

  it('reads a 160-bit serial exactly, as decimal without leading zeros', async () => {
    const serialHex = 'c0ffee00000000000000000000000000000000ff';
    const leaf = pki.leaf('big-serial', { keyFile: ec.key }, { serialHex });
    const material = await loadMaterial(
      { certificate: ssl.text(leaf.cert), privateKey: ssl.text(ec.key) },
      { now },
    );
    expectLoaded(material, leaf, 'ec');
    expect(material.serialDecimal).toBe('1101833650747854256492557129184819199699562004735');
  });

  it('reports subject, validity and fingerprint of the leaf', async () => {
    const material = await loadMaterial(
      { certificate: ssl.text(ec.cert), privateKey: ssl.text(ec.key) },
      { now },
    );
    expect(material.subject).toBe('CN=ec-leaf, O=Example');
    expect(material.notBefore.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(material.notAfter.toISOString()).toBe('2099-12-31T23:59:59.000Z');
    expect(material.fingerprint256).toBe(material.leaf.fingerprint256);
    expect(material.leafDer).toEqual(ssl.certDer(ec.cert));
  });
});

describe('key encodings', () => {
  it('loads a PKCS#1 RSA PRIVATE KEY', async () => {
    const pkcs1 = ssl.traditional(rsa.key);
    expect(pkcs1).toContain('BEGIN RSA PRIVATE KEY');
    const material = await loadMaterial(
      { certificate: ssl.text(rsa.cert), privateKey: pkcs1 },
      { now },
    );
    expectLoaded(material, rsa, 'rsa');
  });

  it('loads a SEC1 EC PRIVATE KEY that follows an EC PARAMETERS block', async () => {
    const sec1 = ssl.run(['ecparam', '-name', 'secp384r1', '-genkey']).toString('utf8');
    expect(sec1).toMatch(/BEGIN EC PARAMETERS[\s\S]*BEGIN EC PRIVATE KEY/);
    const keyFile = ssl.path('sec1.key');
    writeFileSync(keyFile, sec1);
    const leaf = pki.leaf('sec1-leaf', { keyFile: 'sec1.key' });
    const material = await loadMaterial(
      { certificate: ssl.text(leaf.cert), privateKey: sec1 },
      { now },
    );
    expect(material.keyType).toBe('ec');
    expectLoaded(material, leaf, 'ec');
  });

  it('loads a PKCS#8 key given as DER bytes', async () => {
    const material = await loadMaterial(
      { certificate: ssl.text(rsa.cert), privateKey: new Uint8Array(ssl.keyDer(rsa.key)) },
      { now },
    );
    expectLoaded(material, rsa, 'rsa');
  });

  it('loads a PKCS#8 key given as base64 of its DER, without masking anything extra', async () => {
    const material = await loadMaterial(
      { certificate: ssl.text(ec.cert), privateKey: base64(ssl.keyDer(ec.key)) },
      { now },
    );
    expectLoaded(material, ec, 'ec');
    expect(material.secretFragments).toEqual([]);
  });

  it('loads a key given as base64 of its PEM and returns the decoded PEM lines for masking', async () => {
    const pem = ssl.text(rsa.key);
    const material = await loadMaterial(
      { certificate: ssl.text(rsa.cert), privateKey: base64(pem) },
      { now },
    );
    expectLoaded(material, rsa, 'rsa');
    const bodyLines = pem.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
    expect(new Set(material.secretFragments)).toEqual(
      new Set(bodyLines.filter((l) => l.length >= 8)),
    );
    expect(material.secretFragments.every((fragment) => fragment.length >= 8)).toBe(true);
  });

  it('loads a key whose newlines arrive as literal \\n escapes and masks its lines', async () => {
    const pem = ssl.text(ec.key);
    const escaped = pem.trim().replace(/\n/g, '\\n');
    const material = await loadMaterial(
      { certificate: ssl.text(ec.cert), privateKey: escaped },
      { now },
    );
    expectLoaded(material, ec, 'ec');
    expect(material.secretFragments.length).toBeGreaterThan(0);
    for (const fragment of material.secretFragments) expect(pem).toContain(fragment);
  });

  it('loads PEM with Windows line endings and surrounding blank lines without extra masking', async () => {
    const crlf = (text: string): string => `\r\n\r\n${text.replace(/\n/g, '\r\n')}\r\n\r\n`;
    const material = await loadMaterial(
      { certificate: crlf(ssl.text(rsa.cert)), privateKey: crlf(ssl.text(rsa.key)) },
      { now },
    );
    expectLoaded(material, rsa, 'rsa');
    expect(material.secretFragments).toEqual([]);
  });

  it('loads PEM whose line breaks were folded into spaces', async () => {
    const fold = (text: string): string => text.trim().replace(/\n/g, ' ');
    const material = await loadMaterial(
      { certificate: fold(ssl.text(ec.cert)), privateKey: fold(ssl.text(ec.key)) },
      { now },
    );
    expectLoaded(material, ec, 'ec');
  });

  it('loads PEM files saved as UTF-16 with a byte-order mark, as Windows PowerShell writes them', async () => {
    const utf16le = (text: string): Uint8Array =>
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const utf16be = (text: string): Uint8Array =>
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const material = await loadMaterial(
      { certificate: utf16le(ssl.text(ec.cert)), privateKey: utf16be(ssl.text(ec.key)) },
      { now },
    );
    expectLoaded(material, ec, 'ec');
  });

  it('loads a key read from a file as bytes of PEM text', async () => {
    const material = await loadMaterial(
      { certificate: ssl.bytes(rsa.cert), privateKey: new Uint8Array(ssl.bytes(rsa.key)) },
      { now },
    );
    expectLoaded(material, rsa, 'rsa');
  });
});

describe('certificate encodings', () => {
  it.each([
    ['DER bytes', () => new Uint8Array(ssl.certDer(rsa.cert))],
    ['base64 of DER', () => base64(ssl.certDer(rsa.cert))],
    ['base64 of PEM', () => base64(ssl.text(rsa.cert))],
    [
      'base64 of PEM with line breaks',
      () => base64(ssl.text(rsa.cert)).replace(/(.{76})/g, '$1\n'),
    ],
    ['PEM with literal \\n escapes', () => ssl.text(rsa.cert).trim().replace(/\n/g, '\\n')],
    ['PEM in double quotes', () => `"${ssl.text(rsa.cert).trim()}"`],
  ] as const)('loads a certificate given as %s', async (_label, certificate) => {
    const material = await loadMaterial(
      { certificate: certificate(), privateKey: ssl.text(rsa.key) },
      { now },
    );
    expect(material.serialDecimal).toBe(decimal(rsa.serialHex));
    expectLoaded(material, rsa, 'rsa');
  });

  it('takes the private key from a combined certificate-and-key PEM and masks all of its lines', async () => {
    const key = ssl.text(ec.key);
    const material = await loadMaterial({ certificate: ssl.text(ec.cert) + key }, { now });
    expectLoaded(material, ec, 'ec');
    expect(material.notes.join(' ')).toContain('certificate also holds the private key');
    const bodyLines = key
      .split('\n')
      .filter((line) => line.length >= 8 && !line.startsWith('-----'));
    expect(new Set(material.secretFragments)).toEqual(new Set(bodyLines));
  });

  it('loads what openssl pkcs12 -nodes prints: Bag Attributes, the key and the chain in one text', async () => {
    const bundle = ssl.pkcs12({
      key: rsa.key,
      cert: rsa.cert,
      chain: [pki.issuing.cert],
      password: '',
    });
    const text = ssl.run(['pkcs12', '-nodes', '-passin', 'pass:'], bundle).toString('utf8');
    expect(text).toContain('Bag Attributes');
    const material = await loadMaterial({ certificate: text }, { now });
    expectLoaded(material, rsa, 'rsa');
    expect(material.intermediates.map((cert) => cert.subject)).toEqual([
      'CN=Issuing CA\nO=Example',
    ]);
  });

  it('finds the leaf when the certificate input lists the intermediate first', async () => {
    const material = await loadMaterial(
      {
        certificate: ssl.text(pki.issuing.cert) + ssl.text(rsa.cert),
        privateKey: ssl.text(rsa.key),
      },
      { now },
    );
    expect(material.serialDecimal).toBe(decimal(rsa.serialHex));
    expect(material.intermediates.map((cert) => cert.subject)).toEqual([
      'CN=Issuing CA\nO=Example',
    ]);
    expect(material.notes.join(' ')).toContain('position 2');
  });

  it('uses the names the front end passes in its notes', async () => {
    const material = await loadMaterial(
      { certificate: ssl.text(ec.cert), privateKey: ssl.text(ec.key), passphrase: PASSPHRASE },
      { now, names: { passphrase: '--pkcs8-password', privateKey: '--private-key' } },
    );
    expect(material.notes).toEqual([
      '--pkcs8-password is set but the key in --private-key is not encrypted; it was not needed.',
    ]);
  });
});

describe('encrypted keys', () => {
  it.each([
    [
      'PBES2 AES-256-CBC with HMAC-SHA1 (as AWS Certificate Manager exports)',
      ['-v2', 'aes-256-cbc', '-v2prf', 'hmacWithSHA1'],
    ],
    ['PBES2 AES-256-CBC with HMAC-SHA256', ['-v2', 'aes-256-cbc', '-v2prf', 'hmacWithSHA256']],
    ['PBES2 AES-256-CBC with HMAC-SHA384', ['-v2', 'aes-256-cbc', '-v2prf', 'hmacWithSHA384']],
    ['PBES2 AES-128-CBC with HMAC-SHA512', ['-v2', 'aes-128-cbc', '-v2prf', 'hmacWithSHA512']],
    ['PBES2 AES-256-CBC with scrypt', ['-scrypt']],
    ['PBES2 3DES-CBC', ['-v2', 'des3']],
    ['PKCS#12 PBE with 3DES', ['-v1', 'PBE-SHA1-3DES']],
    [
      'PKCS#12 PBE with 40-bit RC2',
      ['-v1', 'PBE-SHA1-RC2-40', '-provider', 'legacy', '-provider', 'default'],
    ],
  ] as const)('loads a key encrypted with %s', async (_label, options) => {
    const encrypted = ssl.encryptedPkcs8(rsa.key, PASSPHRASE, options);
    expect(encrypted).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    const material = await loadMaterial(
      { certificate: ssl.text(rsa.cert), privateKey: encrypted, passphrase: PASSPHRASE },
      { now },
    );
    expectLoaded(material, rsa, 'rsa');
    expect(material.notes).toEqual([]);
  });

  it('loads an encrypted key given as base64 of its DER', async () => {
    const der = ssl.run([
      'pkcs8',
      '-topk8',
      '-in',
      ec.key,
      '-outform',
      'DER',
      '-passout',
      `pass:${PASSPHRASE}`,
    ]);
    const material = await loadMaterial(
      { certificate: ssl.text(ec.cert), privateKey: base64(der), passphrase: PASSPHRASE },
      { now },
    );
    expectLoaded(material, ec, 'ec');
  });

  it('loads a traditional encrypted PEM key (Proc-Type: 4,ENCRYPTED)', async () => {
    const pem = ssl
      .run(['rsa', '-in', rsa.key, '-traditional', '-aes256', '-passout', `pass:${PASSPHRASE}`])
      .toString('utf8');
    expect(pem).toContain('Proc-Type: 4,ENCRYPTED');
    const material = await loadMaterial(
      { certificate: ssl.text(rsa.cert), privateKey: pem, passphrase: PASSPHRASE },
      { now },
    );
    expectLoaded(material, rsa, 'rsa');
  });

  it('opens a key when the passphrase carries a trailing newline, and says so', async () => {
    const encrypted = ssl.encryptedPkcs8(ec.key, PASSPHRASE, ['-v2', 'aes-256-cbc']);
    const material = await loadMaterial(
      { certificate: ssl.text(ec.cert), privateKey: encrypted, passphrase: `${PASSPHRASE}\n` },
      { now },
    );
    expectLoaded(material, ec, 'ec');
    expect(material.notes.join(' ')).toContain('ends with a line break');
    expect(material.secretFragments).toContain(PASSPHRASE);
  });
});
