import { X509Certificate } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { certificateFacts } from '../src/core/material/index.js';
import { OpenSsl, TestPki } from './helpers/openssl.js';

let ssl: OpenSsl;
let pki: TestPki;

beforeAll(() => {
  ssl = new OpenSsl();
  pki = new TestPki(ssl);
});

afterAll(() => ssl.cleanup());

const facts = (file: string) => certificateFacts(new X509Certificate(ssl.bytes(file)));

/** A self-signed certificate made by `openssl req -x509` with extra arguments. */
function selfSigned(name: string, key: string, args: readonly string[]): string {
  const cert = `${name}.crt`;
  ssl.run([
    'req',
    '-config',
    'req.cnf',
    '-new',
    '-x509',
    '-key',
    key,
    '-days',
    '30',
    '-out',
    cert,
    ...args,
  ]);
  return cert;
}

describe('certificateFacts', () => {
  it('describes an end-entity certificate', () => {
    const leaf = pki.leaf(
      'facts-leaf',
      { type: 'ec', curve: 'P-256' },
      { serialHex: '0102030405' },
    );
    expect(facts(leaf.cert)).toEqual({
      serialDecimal: '4328719365',
      subject: 'CN=facts-leaf, O=Example',
      issuer: 'CN=Issuing CA, O=Example',
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2099-12-31T23:59:59Z'),
      version: 3,
      isCA: false,
      hasBasicConstraints: true,
      digitalSignature: true,
      keyUsage: ['digitalSignature'],
      signatureHash: 'SHA-256',
      keyType: 'ec',
      keyDescription: 'EC P-256',
      selfSigned: false,
    });
  });

  it('tells a v3 certificate without basicConstraints from one with CA:FALSE', () => {
    const bare = pki.leaf(
      'facts-bare',
      { type: 'ec', curve: 'P-256' },
      { extensions: ['keyUsage = critical, digitalSignature'] },
    );
    expect(facts(bare.cert)).toMatchObject({ version: 3, isCA: false, hasBasicConstraints: false });
  });

  it('describes a self-signed root CA', () => {
    const root = facts(pki.root.cert);
    expect(root).toMatchObject({
      subject: 'CN=Test Root, O=Example',
      issuer: 'CN=Test Root, O=Example',
      isCA: true,
      digitalSignature: false,
      keyUsage: ['keyCertSign', 'cRLSign'],
      selfSigned: true,
    });
  });

  it('reports a missing keyUsage extension as undefined, not as false', () => {
    const leaf = pki.leaf(
      'facts-no-usage',
      { type: 'ec', curve: 'P-384' },
      { extensions: ['basicConstraints = CA:FALSE'] },
    );
    expect(facts(leaf.cert)).toMatchObject({
      digitalSignature: undefined,
      keyUsage: undefined,
      keyDescription: 'EC P-384',
    });
  });

  it.each([
    ['sha1', 'SHA-1'],
    ['sha384', 'SHA-384'],
  ] as const)('reads the signature hash of a certificate signed with %s', (digest, hash) => {
    const leaf = pki.leaf(`facts-${digest}`, { type: 'ec', curve: 'P-256' }, { digest });
    expect(facts(leaf.cert).signatureHash).toBe(hash);
  });

  it('reads the hash of an RSASSA-PSS signature from its parameters', () => {
    const key = ssl.key('facts-pss', { type: 'rsa', bits: 2048 });
    const cert = selfSigned('facts-pss', key, [
      '-subj',
      '/CN=pss',
      '-sha384',
      '-sigopt',
      'rsa_padding_mode:pss',
    ]);
    expect(facts(cert)).toMatchObject({
      signatureHash: 'SHA-384',
      keyDescription: 'RSA 2048',
      keyType: 'rsa',
    });
  });

  it('describes Ed25519 and DSA certificates so the doctor can explain why they are refused', () => {
    const ed = ssl.key('facts-ed', { type: 'ed25519' });
    expect(facts(selfSigned('facts-ed', ed, ['-subj', '/CN=ed']))).toMatchObject({
      keyType: 'ed25519',
      keyDescription: 'Ed25519',
      signatureHash: 'unknown',
      selfSigned: true,
    });
    const dsa = ssl.key('facts-dsa', { type: 'dsa', bits: 1024 });
    expect(facts(selfSigned('facts-dsa', dsa, ['-subj', '/CN=dsa', '-sha256']))).toMatchObject({
      keyType: 'dsa',
      keyDescription: 'DSA 1024',
      signatureHash: 'SHA-256',
    });
  });

  it('writes names on one line, escaping separators and keeping multi-valued RDNs together', () => {
    const key = ssl.key('facts-names', { type: 'ec', curve: 'P-256' });
    const cert = selfSigned('facts-names', key, [
      '-utf8',
      '-multivalue-rdn',
      '-subj',
      '/DC=example/CN=Zoë\\, the runner+UID=42/OU=a\\+b',
    ]);
    // DER sorts the attributes of a multi-valued RDN, so UID comes first.
    expect(facts(cert).subject).toBe('DC=example, UID=42 + CN=Zoë\\, the runner, OU=a\\+b');
  });
});
