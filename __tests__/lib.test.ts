import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as built from '../dist/lib/index.js';
import * as source from '../src/lib/index.js';
import {
  createTestPki,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { amzDateToDate, readVector, vectorFile } from './helpers/vectors.js';

let pki: TestPki;
let em: TestEmulator;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
});
afterAll(async () => {
  await em.close();
});

function options() {
  return {
    certificate: pki.leaf.certificatePem,
    privateKey: pki.leaf.privateKeyPem,
    intermediates: pki.intermediate.certificatePem,
    trustAnchorArn: em.arns.trustAnchorArn,
    profileArn: em.arns.profileArn,
    roleArn: em.arns.roleArn,
    endpoint: em.url,
  };
}

describe.each([
  ['the committed bundle dist/lib/index.js', built],
  ['the source', source],
])('the library API from %s', (_name, lib) => {
  it('signCreateSession reproduces the shared rsa-body vector byte for byte', async () => {
    const vector = readVector();
    const body = JSON.parse(vector.inputs.body) as Record<string, string | number>;
    const signed = await lib.signCreateSession({
      certificate: vectorFile('rsa.crt'),
      privateKey: vectorFile('rsa.key'),
      trustAnchorArn: String(body['trustAnchorArn']),
      profileArn: String(body['profileArn']),
      roleArn: String(body['roleArn']),
      durationSeconds: Number(body['durationSeconds']),
      now: amzDateToDate(vector.inputs.x_amz_date),
    });
    expect(signed.url).toBe(`https://${vector.inputs.host}/sessions`);
    expect(signed.body).toBe(vector.inputs.body);
    expect(signed.headers['authorization']).toBe(vector.authorization);
    expect(signed.headers['x-amz-date']).toBe(vector.inputs.x_amz_date);
  });

  it('fromRolesAnywhere gives the AWS SDK v3 STS client credentials that the service accepts', async () => {
    const client = new STSClient({
      region: 'us-east-1',
      endpoint: em.url,
      credentials: lib.fromRolesAnywhere({ ...options(), env: {} }),
    });
    const before = em.emulator.stats().createSession.accepted;
    const first = await client.send(new GetCallerIdentityCommand({}));
    const second = await client.send(new GetCallerIdentityCommand({}));
    expect(first.Account).toBe('111122223333');
    expect(second.Arn).toMatch(/^arn:aws:sts::111122223333:assumed-role\/ci-deployer\//);
    // Memoised: two calls, one CreateSession.
    expect(em.emulator.stats().createSession.accepted - before).toBe(1);
    client.destroy();
  });

  it('fromRolesAnywhere shares one call among concurrent callers and refreshes inside the margin', async () => {
    const before = em.emulator.stats().createSession.accepted;
    let ahead = 0;
    const provider = lib.fromRolesAnywhere({
      ...options(),
      durationSeconds: 900,
      refreshMarginSeconds: 899,
      env: {},
      clock: () => new Date(Date.now() + ahead),
    });
    const [a, b, c] = await Promise.all([provider(), provider(), provider()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(em.emulator.stats().createSession.accepted - before).toBe(1);
    ahead = 1100;
    const d = await provider();
    expect(d.accessKeyId).not.toBe(a.accessKeyId);
    expect(em.emulator.stats().createSession.accepted - before).toBe(2);
  });

  it('fromRolesAnywhere rejects with the project error type and code', async () => {
    const provider = lib.fromRolesAnywhere({
      ...options(),
      roleArn: 'arn:aws:iam::111122223333:role/not-in-profile',
      env: {},
      maxAttempts: 1,
    });
    await expect(provider()).rejects.toMatchObject({
      name: 'RolesAnywhereError',
      code: 'ERR_ACCESS_DENIED',
    });
  });
});
