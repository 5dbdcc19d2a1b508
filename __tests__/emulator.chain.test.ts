import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCertificateAuthority,
  issueCertificate,
  type IssuedCertificate,
} from '../src/emulator/index.js';
import {
  createTestPki,
  sessionBody,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { send, signCreateSession, type CreateSessionSigning } from './helpers/pki.js';

const DAY = 86_400_000;
let pki: TestPki;
let em: TestEmulator;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
});
afterAll(() => em.close());

function leafOf(options: Parameters<typeof issueCertificate>[1], issuer?: IssuedCertificate) {
  return issueCertificate(issuer ?? pki.intermediate, options);
}

async function answerFor(overrides: Partial<CreateSessionSigning>) {
  const request = signCreateSession({
    leaf: pki.leaf,
    intermediates: [pki.intermediate],
    body: sessionBody(),
    host: em.host,
    date: new Date(),
    ...overrides,
  });
  return send(em.url, request);
}

async function expectUntrusted(overrides: Partial<CreateSessionSigning>, reason: string) {
  const answer = await answerFor(overrides);
  expect(answer.status, answer.body).toBe(403);
  expect(answer.headers['x-amzn-errortype']).toBe('AccessDeniedException');
  expect(JSON.parse(answer.body)).toEqual({ message: 'Untrusted Signing Certificate' });
  expect(em.logs.at(-1)).toContain(reason);
}

describe('CreateSession certificate path validation', () => {
  it('accepts a leaf issued directly by the trust anchor with no X-Amz-X509-Chain', async () => {
    const leaf = await leafOf({ subject: 'CN=direct' }, pki.root);
    const answer = await answerFor({ leaf, intermediates: undefined });
    expect(answer.status, answer.body).toBe(201);
  });

  it('accepts a P-384 leaf with a 160-bit serial', async () => {
    const serial = (1n << 159n) + 12345n;
    const leaf = await leafOf({ subject: 'CN=p384', keyType: 'ec-p384', serial });
    const answer = await answerFor({ leaf });
    expect(answer.status, answer.body).toBe(201);
    expect(em.logs.at(-1)).toContain(`serial=${serial}`);
  });

  it('accepts a chain that also carries the root, as some users send it', async () => {
    const answer = await answerFor({ intermediates: [pki.intermediate, pki.root] });
    expect(answer.status, answer.body).toBe(201);
  });

  it('rejects a leaf that expired yesterday', async () => {
    const leaf = await leafOf({
      subject: 'CN=expired',
      notBefore: new Date(Date.now() - 30 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    await expectUntrusted({ leaf }, 'leaf CN=expired expired at');
  });

  it('rejects a leaf that is not valid until tomorrow', async () => {
    const leaf = await leafOf({ subject: 'CN=future', notBefore: new Date(Date.now() + DAY) });
    await expectUntrusted({ leaf }, 'leaf CN=future is not valid before');
  });

  it('rejects an expired intermediate', async () => {
    const intermediate = await issueCertificate(pki.root, {
      subject: 'CN=Old Issuing CA',
      isCA: true,
      notBefore: new Date(Date.now() - 30 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    const leaf = await leafOf({ subject: 'CN=under-old' }, intermediate);
    await expectUntrusted(
      { leaf, intermediates: [intermediate] },
      'intermediate CN=Old Issuing CA expired',
    );
  });

  it('rejects a leaf from a CA that is not a trust anchor', async () => {
    const otherRoot = await createCertificateAuthority({ subject: 'CN=Other Root' });
    const leaf = await leafOf({ subject: 'CN=stranger' }, otherRoot);
    await expectUntrusted(
      { leaf, intermediates: undefined },
      'issuer CN=Other Root is neither a trust anchor',
    );
  });

  it('rejects a leaf whose intermediate is missing from X-Amz-X509-Chain', async () => {
    await expectUntrusted({ intermediates: undefined }, 'missing intermediate?');
  });

  it('rejects an impostor intermediate with the right name but another key', async () => {
    const impostor = await createCertificateAuthority({ subject: 'CN=Test Issuing CA' });
    await expectUntrusted({ intermediates: [impostor] }, 'does not verify');
  });

  it('rejects a CA:TRUE leaf', async () => {
    const leaf = await leafOf({
      subject: 'CN=ca-leaf',
      isCA: true,
      keyUsage: ['digitalSignature', 'keyCertSign'],
    });
    await expectUntrusted({ leaf }, 'is a CA certificate (CA:TRUE)');
  });

  it('rejects a leaf without the keyUsage extension by default', async () => {
    const leaf = await leafOf({ subject: 'CN=no-ku', keyUsage: [] });
    await expectUntrusted({ leaf }, 'has no keyUsage extension');
  });

  it('rejects a leaf whose keyUsage lacks digitalSignature', async () => {
    const leaf = await leafOf({ subject: 'CN=crl-only', keyUsage: ['cRLSign'] });
    await expectUntrusted({ leaf }, 'lacks keyUsage digitalSignature');
  });

  it('rejects a SHA-1 signed leaf', async () => {
    const leaf = await leafOf({ subject: 'CN=sha1-leaf', hash: 'SHA-1' });
    await expectUntrusted({ leaf }, 'is signed with ecdsa-with-SHA1');
  });

  it('rejects a SHA-1 signed intermediate', async () => {
    const intermediate = await issueCertificate(pki.root, {
      subject: 'CN=SHA1 CA',
      isCA: true,
      hash: 'SHA-1',
    });
    const leaf = await leafOf({ subject: 'CN=under-sha1' }, intermediate);
    await expectUntrusted(
      { leaf, intermediates: [intermediate] },
      'intermediate CN=SHA1 CA is signed with ecdsa-with-SHA1',
    );
  });

  it('rejects a SHA-1 signed RSA trust anchor', async () => {
    const root = await createCertificateAuthority({
      subject: 'CN=SHA1 Root',
      keyType: 'rsa',
      hash: 'SHA-1',
    });
    const leaf = await leafOf({ subject: 'CN=under-sha1-root' }, root);
    const local = await startTestEmulator(pki, { trustAnchors: [root.certificatePem] });
    try {
      const request = signCreateSession({
        leaf,
        body: sessionBody(),
        host: local.host,
        date: new Date(),
      });
      const answer = await send(local.url, request);
      expect(answer.status).toBe(403);
      expect(local.logs.at(-1)).toContain(
        'trust anchor CN=SHA1 Root is signed with sha1WithRSAEncryption',
      );
    } finally {
      await local.close();
    }
  });

  it('rejects an intermediate that is not a CA', async () => {
    const notCa = await issueCertificate(pki.root, {
      subject: 'CN=Not A CA',
      keyUsage: ['digitalSignature', 'keyCertSign'],
    });
    const leaf = await leafOf({ subject: 'CN=under-leaf' }, notCa);
    await expectUntrusted({ leaf, intermediates: [notCa] }, 'is not a CA');
  });

  it('rejects a path longer than the anchor’s pathLenConstraint allows', async () => {
    const root = await createCertificateAuthority({ subject: 'CN=Strict Root' });
    const strictIntermediate = await issueCertificate(root, {
      subject: 'CN=Level 1',
      isCA: true,
      pathLength: 0,
    });
    const second = await issueCertificate(strictIntermediate, {
      subject: 'CN=Level 2',
      isCA: true,
    });
    const leaf = await leafOf({ subject: 'CN=deep' }, second);
    const local = await startTestEmulator(pki, {
      trustAnchors: [root.certificatePem, pki.root.certificatePem],
    });
    try {
      const request = signCreateSession({
        leaf,
        intermediates: [second, strictIntermediate],
        body: sessionBody(),
        host: local.host,
        date: new Date(),
      });
      const answer = await send(local.url, request);
      expect(answer.status).toBe(403);
      expect(local.logs.at(-1)).toContain('allows 0 intermediates below it, found 1');
    } finally {
      await local.close();
    }
  });

  it('rejects an empty X-Amz-X509-Chain header', async () => {
    await expectUntrusted({ chainHeader: '' }, 'X-Amz-X509-Chain is empty');
  });

  it('rejects an X-Amz-X509-Chain entry that is not base64 DER', async () => {
    await expectUntrusted(
      { chainHeader: 'bm90IGEgY2VydA==' },
      'X-Amz-X509-Chain entry 1 is not a DER certificate',
    );
  });

  it('rejects a chain joined with ", " instead of ","', async () => {
    const b64 = pki.intermediate.certificateDer.toString('base64');
    await expectUntrusted(
      { chainHeader: `${b64}, ${b64}` },
      'X-Amz-X509-Chain entry 2 is not standard base64',
    );
  });

  it('judges validity against the emulator clock, not the host clock', async () => {
    const leaf = await leafOf({ subject: 'CN=short', notAfter: new Date(Date.now() + DAY) });
    const later = new Date(Date.now() + 2 * DAY);
    em.emulator.setClock(() => later);
    try {
      const answer = await answerFor({ leaf, date: later });
      expect(answer.status).toBe(403);
      expect(em.logs.at(-1)).toContain('leaf CN=short expired');
    } finally {
      em.emulator.setClock(() => new Date());
    }
  });
});
