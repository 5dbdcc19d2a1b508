import { X509Certificate, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCertificate } from '../src/emulator/certificate.js';
import {
  createCertificateAuthority,
  issueCertificate,
  startEmulator,
} from '../src/emulator/index.js';
import { TEST_ARNS, sessionBody } from './helpers/harness.js';
import { send, signCreateSession } from './helpers/pki.js';

const OIDS = {
  ecdsaSha256: '1.2.840.10045.4.3.2',
  ecdsaSha1: '1.2.840.10045.4.1',
  rsaSha384: '1.2.840.113549.1.1.12',
  rsaSha1: '1.2.840.113549.1.1.5',
};

describe('the in-process test PKI', () => {
  it('creates a self-signed EC P-256 root CA with CA:TRUE and keyCertSign', async () => {
    const root = await createCertificateAuthority({ subject: 'CN=Unit Root, O=Tests, C=DE' });
    const x509 = new X509Certificate(root.certificatePem);
    expect(x509.subject).toBe('CN=Unit Root\nO=Tests\nC=DE');
    expect(x509.ca).toBe(true);
    expect(x509.verify(x509.publicKey)).toBe(true);
    const parsed = parseCertificate(root.certificateDer);
    expect(parsed.keyType).toBe('ec-p256');
    expect([...(parsed.keyUsage ?? [])]).toEqual(['keyCertSign', 'cRLSign']);
    expect(parsed.signatureAlgorithmOid).toBe(OIDS.ecdsaSha256);
  });

  it('issues a leaf whose PKCS#8 private key matches its certificate', async () => {
    const root = await createCertificateAuthority();
    const leaf = await issueCertificate(root, { subject: 'CN=leaf', keyType: 'ec-p256' });
    const x509 = new X509Certificate(leaf.certificateDer);
    expect(leaf.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(x509.checkPrivateKey(leaf.privateKey)).toBe(true);
    expect(x509.checkIssued(new X509Certificate(root.certificateDer))).toBe(true);
    expect(x509.verify(createPublicKey(root.privateKey))).toBe(true);
    expect(x509.ca).toBe(false);
    expect([...(parseCertificate(leaf.certificateDer).keyUsage ?? [])]).toEqual([
      'digitalSignature',
    ]);
  });

  it('encodes a 160-bit serial exactly', async () => {
    const root = await createCertificateAuthority();
    const serial = (1n << 159n) | 0xabcdefn;
    const leaf = await issueCertificate(root, { subject: 'CN=big', serial });
    expect(leaf.serial).toBe(serial);
    expect(BigInt(`0x${new X509Certificate(leaf.certificateDer).serialNumber}`)).toBe(serial);
  });

  it('refuses a serial wider than 160 bits', async () => {
    const root = await createCertificateAuthority();
    await expect(
      issueCertificate(root, { subject: 'CN=huge', serial: 1n << 160n }),
    ).rejects.toThrow(/2\^160/);
  });

  it('keeps the requested validity period, GeneralizedTime past 2049 included', async () => {
    const root = await createCertificateAuthority();
    const notBefore = new Date('2024-01-01T00:00:00Z');
    const notAfter = new Date('2099-12-31T23:59:59Z');
    const leaf = await issueCertificate(root, { subject: 'CN=long', notBefore, notAfter });
    const parsed = parseCertificate(leaf.certificateDer);
    expect(parsed.notBefore.toISOString()).toBe(notBefore.toISOString());
    expect(parsed.notAfter.toISOString()).toBe(notAfter.toISOString());
  });

  it('signs with the requested hash: SHA-1 for EC, SHA-384 and SHA-1 for RSA', async () => {
    const ecRoot = await createCertificateAuthority({ hash: 'SHA-1' });
    const rsaRoot = await createCertificateAuthority({ keyType: 'rsa' });
    const rsaLeaf = await issueCertificate(rsaRoot, {
      subject: 'CN=r',
      keyType: 'rsa',
      hash: 'SHA-384',
    });
    const rsaSha1 = await issueCertificate(rsaRoot, { subject: 'CN=r1', hash: 'SHA-1' });
    expect(parseCertificate(ecRoot.certificateDer).signatureAlgorithmOid).toBe(OIDS.ecdsaSha1);
    expect(parseCertificate(rsaLeaf.certificateDer).signatureAlgorithmOid).toBe(OIDS.rsaSha384);
    expect(parseCertificate(rsaSha1.certificateDer).signatureAlgorithmOid).toBe(OIDS.rsaSha1);
    const rsaRootKey = new X509Certificate(rsaRoot.certificateDer).publicKey;
    expect(new X509Certificate(rsaLeaf.certificateDer).verify(rsaRootKey)).toBe(true);
    expect(new X509Certificate(rsaSha1.certificateDer).verify(rsaRootKey)).toBe(true);
  });

  it('issues an intermediate CA with a path length constraint', async () => {
    const root = await createCertificateAuthority();
    const intermediate = await issueCertificate(root, {
      subject: 'CN=Issuing',
      isCA: true,
      pathLength: 0,
    });
    expect(parseCertificate(intermediate.certificateDer).basicConstraints).toEqual({
      ca: true,
      pathLength: 0,
    });
  });

  it('builds a root, an intermediate and a leaf (EC P-256) in well under a second', async () => {
    const started = performance.now();
    const root = await createCertificateAuthority();
    const intermediate = await issueCertificate(root, { subject: 'CN=Issuing', isCA: true });
    await issueCertificate(intermediate, { subject: 'CN=leaf' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the emulator over HTTPS', () => {
  it('serves CreateSession with a certificate from the test PKI', async () => {
    const root = await createCertificateAuthority({ subject: 'CN=TLS Root' });
    const server = await issueCertificate(root, {
      subject: 'CN=localhost',
      keyUsage: ['digitalSignature'],
      dnsNames: ['localhost'],
      ipAddresses: ['127.0.0.1'],
    });
    const leaf = await issueCertificate(root, { subject: 'CN=https-client' });
    const emulator = await startEmulator({
      trustAnchors: [root.certificateDer],
      ...TEST_ARNS,
      tls: { cert: server.certificatePem, key: server.privateKeyPem },
      log: () => undefined,
    });
    try {
      expect(emulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const host = new URL(emulator.url).host;
      const request = signCreateSession({ leaf, body: sessionBody(), host, date: new Date() });
      const answer = await send(emulator.url, request, { ca: root.certificatePem });
      expect(answer.status, answer.body).toBe(201);
    } finally {
      await emulator.close();
    }
  });
});
