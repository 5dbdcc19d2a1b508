import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  sessionBody,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { send, signCreateSession, type CreateSessionSigning } from './helpers/pki.js';

let pki: TestPki;
let em: TestEmulator;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
});
afterAll(() => em.close());

function signed(overrides: Partial<CreateSessionSigning> = {}) {
  return signCreateSession({
    leaf: pki.leaf,
    intermediates: [pki.intermediate],
    body: sessionBody(),
    host: em.host,
    date: new Date(),
    ...overrides,
  });
}

async function expectInvalidSignature(
  request: ReturnType<typeof signed>,
  reason: string,
): Promise<void> {
  const answer = await send(em.url, request);
  expect(answer.status, answer.body).toBe(403);
  expect(answer.headers['x-amzn-errortype']).toBe('AccessDeniedException');
  expect(JSON.parse(answer.body)).toEqual({ message: 'Invalid signature' });
  expect(em.logs.at(-1)).toContain(reason);
}

describe('CreateSession signature checks', () => {
  it('accepts an EC P-256 leaf signing with a DER ECDSA signature through an intermediate', async () => {
    const answer = await send(em.url, signed());
    expect(answer.status, answer.body).toBe(201);
  });

  it('accepts an RSA leaf signing with AWS4-X509-RSA-SHA256', async () => {
    const answer = await send(em.url, signed({ leaf: pki.rsaLeaf }));
    expect(answer.status, answer.body).toBe(201);
  });

  it('rejects a signature made with a key that is not the certificate’s', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await expectInvalidSignature(
      signed({ signingKey: privateKey }),
      'string to sign does not match',
    );
  });

  it('rejects a body changed after signing', async () => {
    const request = signed();
    const tampered = { ...request, body: sessionBody({ durationSeconds: 7200 }) };
    await expectInvalidSignature(tampered, 'string to sign does not match');
  });

  it('rejects an X-Amz-Date six minutes behind the server clock', async () => {
    const stale = new Date(Date.now() - 6 * 60 * 1000);
    await expectInvalidSignature(signed({ date: stale }), 'behind the server clock');
  });

  it('rejects an X-Amz-Date six minutes ahead of the server clock', async () => {
    const early = new Date(Date.now() + 6 * 60 * 1000);
    await expectInvalidSignature(signed({ date: early }), 'ahead of the server clock');
  });

  it('rejects a Credential carrying the serial in hex rather than decimal', async () => {
    await expectInvalidSignature(signed({ serialFormat: 'hex' }), 'is not decimal');
  });

  it('rejects a raw r||s ECDSA signature (WebCrypto’s form) instead of DER', async () => {
    await expectInvalidSignature(signed({ ecdsaEncoding: 'raw' }), 'ECDSA signature is not DER');
  });

  it('rejects a P-384 raw r||s signature too', async () => {
    const { issueCertificate } = await import('../src/emulator/index.js');
    const leaf = await issueCertificate(pki.intermediate, {
      subject: 'CN=p384',
      keyType: 'ec-p384',
    });
    await expectInvalidSignature(signed({ leaf, ecdsaEncoding: 'raw' }), '96 raw bytes');
  });

  it('rejects the RSA algorithm name on an EC key', async () => {
    await expectInvalidSignature(
      signed({ algorithm: 'AWS4-X509-RSA-SHA256' }),
      "does not match the leaf's ec-p256 key",
    );
  });

  it('rejects a request whose Host header is not signed', async () => {
    await expectInvalidSignature(signed({ unsigned: ['host'] }), 'host not signed');
  });

  it('rejects a request whose X-Amz-X509-Chain header is not signed', async () => {
    await expectInvalidSignature(
      signed({ unsigned: ['x-amz-x509-chain'] }),
      'x-amz-x509-chain not signed',
    );
  });

  it('rejects a request signed for another Host than the one received', async () => {
    const request = signed({ host: 'rolesanywhere.us-east-1.amazonaws.com' });
    const headers = { ...request.headers, Host: em.host };
    await expectInvalidSignature({ ...request, headers }, 'string to sign does not match');
  });

  it('rejects a request without an Authorization header', async () => {
    const request = signed();
    const headers = { ...request.headers };
    delete headers.Authorization;
    await expectInvalidSignature({ ...request, headers }, 'no Authorization header');
  });

  it('rejects a malformed Authorization header', async () => {
    const request = signed();
    const headers = {
      ...request.headers,
      Authorization: request.headers.Authorization!.replace(', ', ' '),
    };
    await expectInvalidSignature({ ...request, headers }, 'Authorization is not');
  });

  it('rejects a credential scope date that differs from X-Amz-Date', async () => {
    const request = signed();
    const date = request.headers['X-Amz-Date']!;
    const other = date.startsWith('2001') ? '20020101' : '20010101';
    const headers = {
      ...request.headers,
      Authorization: request.headers.Authorization!.replace(`/${date.slice(0, 8)}/`, `/${other}/`),
    };
    await expectInvalidSignature({ ...request, headers }, 'credential scope date');
  });

  it('answers with x-amzn-RequestId (a uuid) and a Date header', async () => {
    const answer = await send(em.url, signed({ serialFormat: 'hex' }));
    expect(answer.headers['x-amzn-requestid']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(Date.parse(String(answer.headers.date))).toBeGreaterThan(Date.now() - 60_000);
  });

  it('names the serial in the verdict line and never the signature', async () => {
    const request = signed({ ecdsaEncoding: 'raw' });
    await send(em.url, request);
    const signature = /Signature=([0-9a-f]+)/.exec(request.headers.Authorization!)?.[1] ?? '';
    expect(em.logs.at(-1)).toContain(`serial=${pki.leaf.serial}`);
    expect(em.logs.join('\n')).not.toContain(signature);
  });
});
