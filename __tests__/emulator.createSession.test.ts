import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_ARNS,
  createTestPki,
  sessionBody,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import {
  send,
  signCreateSession,
  type CreateSessionSigning,
  type HttpAnswer,
} from './helpers/pki.js';

let pki: TestPki;
let em: TestEmulator;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
});
afterAll(() => em.close());

function post(body: string, overrides: Partial<CreateSessionSigning> = {}, target = em) {
  const request = signCreateSession({
    leaf: pki.leaf,
    intermediates: [pki.intermediate],
    body,
    host: target.host,
    date: new Date(),
    ...overrides,
  });
  return send(target.url, request);
}

function expectError(answer: HttpAnswer, status: number, type: string, message?: string | RegExp) {
  expect(answer.status, answer.body).toBe(status);
  expect(answer.headers['x-amzn-errortype']).toBe(type);
  const parsed = JSON.parse(answer.body) as { message: string };
  if (message !== undefined) expect(parsed.message).toMatch(message);
}

interface SessionDocument {
  credentialSet: {
    assumedRoleUser: { arn: string; assumedRoleId: string };
    credentials: {
      accessKeyId: string;
      secretAccessKey: string;
      sessionToken: string;
      expiration: string;
    };
    packedPolicySize: number;
    roleArn: string;
    sourceIdentity: string;
  }[];
  subjectArn: string;
}

describe('CreateSession answers', () => {
  it('returns 201 with the full CreateSession document', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const answer = await post(sessionBody({ durationSeconds: 900 }));
    expect(answer.status, answer.body).toBe(201);
    expect(answer.headers['content-type']).toBe('application/json');
    const document = JSON.parse(answer.body) as SessionDocument;
    expect(document.credentialSet).toHaveLength(1);
    const [set] = document.credentialSet;
    const session = pki.leaf.serial.toString(16);
    expect(set?.assumedRoleUser.arn).toBe(
      `arn:aws:sts::111122223333:assumed-role/ci-deployer/${session}`,
    );
    expect(set?.assumedRoleUser.assumedRoleId).toMatch(new RegExp(`^AROA[A-Z0-9]{17}:${session}$`));
    expect(set?.credentials.accessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(set?.credentials.secretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(set?.credentials.sessionToken).toMatch(/^[A-Za-z0-9+/]{400,}={0,2}$/);
    expect(set?.credentials.expiration).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const expiresIn = Date.parse(set?.credentials.expiration ?? '') - before;
    expect(expiresIn).toBeGreaterThanOrEqual(900_000);
    expect(expiresIn).toBeLessThanOrEqual(902_000);
    expect(set?.packedPolicySize).toBe(0);
    expect(set?.roleArn).toBe(TEST_ARNS.roleArn);
    expect(set?.sourceIdentity).toBe('CN=ci-runner');
    expect(document.subjectArn).toMatch(
      /^arn:aws:rolesanywhere:us-east-1:111122223333:subject\/[0-9a-f-]{36}$/,
    );
    expect(em.logs.at(-1)).toBe(
      `emulator: 201 CreateSession serial=${pki.leaf.serial} role=${TEST_ARNS.roleArn} duration=900`,
    );
  });

  it('never writes credentials into the verdict log', async () => {
    const answer = await post(sessionBody());
    const { credentials } = (JSON.parse(answer.body) as SessionDocument).credentialSet[0]!;
    const log = em.logs.join('\n');
    for (const secret of [
      credentials.accessKeyId,
      credentials.secretAccessKey,
      credentials.sessionToken,
    ]) {
      expect(log).not.toContain(secret);
    }
  });

  it('defaults durationSeconds to 3600 when the body leaves it out', async () => {
    const answer = await post(sessionBody({ durationSeconds: undefined }));
    expect(answer.status).toBe(201);
    expect(em.logs.at(-1)).toContain('duration=3600');
  });

  it('accepts the ARNs as query parameters, as the service does', async () => {
    const query = new URLSearchParams(TEST_ARNS).toString();
    const answer = await post(JSON.stringify({ durationSeconds: 3600 }), {
      target: `/sessions?${query}`,
    });
    expect(answer.status, answer.body).toBe(201);
  });

  it('accepts any valid ARNs when none are configured', async () => {
    const open = await startTestEmulator(pki, {
      trustAnchorArn: undefined,
      profileArn: undefined,
      roleArn: undefined,
    });
    try {
      const arns = {
        trustAnchorArn:
          'arn:aws:rolesanywhere:us-east-1:444455556666:trust-anchor/11111111-2222-4333-8444-555555555555',
        profileArn:
          'arn:aws:rolesanywhere:us-east-1:444455556666:profile/11111111-2222-4333-8444-666666666666',
        roleArn: 'arn:aws:iam::444455556666:role/path/other-role',
      };
      const answer = await post(sessionBody(arns), {}, open);
      expect(answer.status, answer.body).toBe(201);
      expect(answer.body).toContain('arn:aws:sts::444455556666:assumed-role/other-role/');
    } finally {
      await open.close();
    }
  });

  it('uses roleSessionName when the profile accepts it', async () => {
    const named = await startTestEmulator(pki, { acceptRoleSessionName: true });
    try {
      const answer = await post(sessionBody({ roleSessionName: 'build-42' }), {}, named);
      expect(answer.status, answer.body).toBe(201);
      expect(answer.body).toContain('assumed-role/ci-deployer/build-42');
    } finally {
      await named.close();
    }
  });
});

describe('CreateSession body checks', () => {
  it.each([
    [899, 'greater than or equal to 900'],
    [43201, 'less than or equal to 43200'],
    [3600.5, 'must be an integer'],
    ['3600', 'must be an integer'],
  ])('rejects durationSeconds %j with a ValidationException', async (duration, message) => {
    expectError(
      await post(sessionBody({ durationSeconds: duration })),
      400,
      'ValidationException',
      new RegExp(message),
    );
  });

  it('rejects a duration above the profile’s cap with a ValidationException', async () => {
    em.emulator.setMaxDurationSeconds(1800);
    try {
      const answer = await post(sessionBody({ durationSeconds: 3600 }));
      expectError(
        answer,
        400,
        'ValidationException',
        /exceeds the profile's maximum session duration of 1800/,
      );
    } finally {
      em.emulator.setMaxDurationSeconds(43200);
    }
  });

  it('rejects a missing profileArn with a ValidationException', async () => {
    const answer = await post(sessionBody({ profileArn: undefined }));
    expectError(
      answer,
      400,
      'ValidationException',
      /^1 validation error detected: Value null at 'profileArn'/,
    );
  });

  it('rejects a malformed roleArn with a ValidationException', async () => {
    const answer = await post(sessionBody({ roleArn: 'arn:aws:iam::1234:role/x' }));
    expectError(answer, 400, 'ValidationException', /at 'roleArn' failed to satisfy constraint/);
  });

  it('echoes a durationSeconds that is not an integer back as the JSON it was sent as', async () => {
    expectError(
      await post(sessionBody({ durationSeconds: { seconds: 900 } })),
      400,
      'ValidationException',
      `Value '{"seconds":900}' at 'durationSeconds' failed to satisfy constraint: Member must be an integer`,
    );
    expectError(
      await post(sessionBody({ durationSeconds: '900' })),
      400,
      'ValidationException',
      `Value '900' at 'durationSeconds' failed to satisfy constraint: Member must be an integer`,
    );
  });

  it('rejects a body that is not JSON with a ValidationException', async () => {
    expectError(await post('{"durationSeconds":'), 400, 'ValidationException', /not valid JSON/);
  });

  it('rejects an unknown trust anchor with a ResourceNotFoundException', async () => {
    const other = TEST_ARNS.trustAnchorArn.replace('0d3ee6a4', '99999999');
    expectError(
      await post(sessionBody({ trustAnchorArn: other })),
      404,
      'ResourceNotFoundException',
    );
  });

  it('rejects an unknown profile with a ResourceNotFoundException', async () => {
    const other = TEST_ARNS.profileArn.replace('7a4d5e3b', '99999999');
    expectError(await post(sessionBody({ profileArn: other })), 404, 'ResourceNotFoundException');
  });

  it('rejects a request signed for another region than the trust anchor’s', async () => {
    expectError(
      await post(sessionBody(), { region: 'eu-west-1' }),
      404,
      'ResourceNotFoundException',
    );
    expect(em.logs.at(-1)).toContain(
      'trust anchor is in us-east-1 but the request was signed for eu-west-1',
    );
  });

  it('rejects a role the profile does not list', async () => {
    const answer = await post(sessionBody({ roleArn: 'arn:aws:iam::111122223333:role/admin' }));
    expectError(
      answer,
      403,
      'AccessDeniedException',
      "Requested Role isn't one of those listed in the Profile.",
    );
  });

  it('rejects roleSessionName when the profile does not accept it', async () => {
    const answer = await post(sessionBody({ roleSessionName: 'build-42' }));
    expectError(answer, 403, 'AccessDeniedException', 'Not authorized to set roleSessionName.');
  });

  it('rejects an invalid roleSessionName with a ValidationException', async () => {
    expectError(
      await post(sessionBody({ roleSessionName: 'no spaces' })),
      400,
      'ValidationException',
      /roleSessionName/,
    );
  });
});

describe('emulator routing and bookkeeping', () => {
  it('answers 404 for other paths', async () => {
    const answer = await send(em.url, { method: 'GET', target: '/nope', headers: {}, body: '' });
    expectError(answer, 404, 'UnknownOperationException');
  });

  it('counts accepted and rejected CreateSession requests', async () => {
    const before = em.emulator.stats().createSession;
    await post(sessionBody());
    await post(sessionBody({ durationSeconds: 1 }));
    const after = em.emulator.stats().createSession;
    expect(after.accepted - before.accepted).toBe(1);
    expect(after.rejected - before.rejected).toBe(1);
  });

  it('refuses to start without a trust anchor', async () => {
    await expect(startTestEmulator(pki, { trustAnchors: [] })).rejects.toMatchObject({
      code: 'ERR_INPUT_MISSING',
    });
  });

  it('refuses to start with a malformed ARN option', async () => {
    await expect(startTestEmulator(pki, { roleArn: 'role' })).rejects.toMatchObject({
      code: 'ERR_ARN_INVALID',
    });
  });
});
