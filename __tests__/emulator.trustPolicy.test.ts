import { afterEach, describe, expect, it } from 'vitest';
import { isRolesAnywhereError } from '../src/core/errors.js';
import { startEmulator } from '../src/emulator/index.js';
import {
  createTestPki,
  sessionBody,
  startTestEmulator,
  TEST_ARNS,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { send, signCreateSession } from './helpers/pki.js';

const ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];

function policy(condition: Record<string, unknown>): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'rolesanywhere.amazonaws.com' },
        Action: ACTIONS,
        Condition: condition,
      },
    ],
  };
}

const running: TestEmulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((em) => em.close()));
});

async function createSession(
  pki: TestPki,
  trustPolicy: unknown,
): Promise<{ status: number; body: string; log: string }> {
  const em = await startTestEmulator(pki, { trustPolicy });
  running.push(em);
  const request = signCreateSession({
    leaf: pki.leaf,
    intermediates: [pki.intermediate],
    body: sessionBody(),
    host: em.host,
    date: new Date(),
  });
  const answer = await send(em.url, request);
  return { status: answer.status, body: answer.body, log: em.logs.join('\n') };
}

describe('the emulator with a role trust policy', () => {
  it('issues credentials when the policy admits the certificate (CN=ci-runner through the configured trust anchor)', async () => {
    const pki = await createTestPki();
    const answer = await createSession(
      pki,
      policy({
        StringEquals: { 'aws:PrincipalTag/x509Subject/CN': 'ci-runner' },
        ArnEquals: { 'aws:SourceArn': TEST_ARNS.trustAnchorArn },
      }),
    );
    expect(answer.status).toBe(201);
  });

  it('answers 403 AccessDeniedException as the service does, and logs the failing condition', async () => {
    const pki = await createTestPki();
    const answer = await createSession(
      pki,
      JSON.stringify(policy({ StringEquals: { 'aws:PrincipalTag/x509Issuer/CN': 'Other CA' } })),
    );
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ message: 'Unable to assume role.' });
    expect(answer.body).not.toContain('Other CA');
    expect(answer.log).toMatch(
      /emulator: 403 AccessDeniedException \(Unable to assume role\.: .*StringEquals aws:PrincipalTag\/x509Issuer\/CN fails: the policy expects "Other CA", this certificate's x509Issuer\/CN is "Test Issuing CA"\.\)/,
    );
  });

  it('refuses what it cannot judge rather than letting it through', async () => {
    const pki = await createTestPki();
    const answer = await createSession(
      pki,
      policy({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }),
    );
    expect(answer.status).toBe(403);
    expect(answer.log).toMatch(
      /the trust policy has conditions the emulator cannot judge; Statement 1: IpAddress aws:SourceIp: not checked/,
    );
  });

  it('judges each role by its own policy when given {"<role ARN>": policy}', async () => {
    const pki = await createTestPki();
    const admits = policy({ StringEquals: { 'aws:PrincipalTag/x509Subject/CN': 'ci-runner' } });
    expect((await createSession(pki, { [TEST_ARNS.roleArn]: admits })).status).toBe(201);
    const other = await createSession(pki, { 'arn:aws:iam::111122223333:role/other': admits });
    expect(other.status).toBe(403);
    expect(other.log).toMatch(
      /no trust policy is configured for role arn:aws:iam::111122223333:role\/ci-deployer/,
    );
  });

  it.each([
    ['text that is not JSON', '{"Statement": [', /Emulator option trustPolicy is not JSON/],
    ['a map whose key is not a role ARN', { 'not-an-arn': {} }, /"not-an-arn" is not a role ARN/],
    [
      'a statement without Action',
      { Statement: [{ Effect: 'Allow', Principal: '*' }] },
      /Statement 1 needs exactly one of Action and NotAction/,
    ],
  ])('refuses to start with %s', async (_, trustPolicy, message) => {
    const pki = await createTestPki();
    let caught: unknown;
    try {
      await startEmulator({
        trustAnchors: [pki.root.certificatePem],
        trustPolicy,
        log: () => undefined,
      });
    } catch (error) {
      caught = error;
    }
    expect(isRolesAnywhereError(caught) && caught.code).toBe('ERR_INPUT_INVALID');
    expect((caught as Error).message).toMatch(message);
  });
});
