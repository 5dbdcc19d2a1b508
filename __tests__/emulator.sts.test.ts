import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  obtainTestCredentials,
  runCommand,
  startTestEmulator,
  type SessionCredentials,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { send, signSts, type HttpAnswer } from './helpers/pki.js';

let pki: TestPki;
let em: TestEmulator;
let credentials: SessionCredentials;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  credentials = await obtainTestCredentials(em, pki);
});
afterAll(() => em.close());

function callerIdentity(overrides: Partial<Parameters<typeof signSts>[0]> = {}) {
  return send(
    em.url,
    signSts({
      host: em.host,
      date: new Date(),
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
      ...overrides,
    }),
  );
}

function expectStsError(answer: HttpAnswer, status: number, code: string): void {
  expect(answer.status, answer.body).toBe(status);
  expect(answer.headers['content-type']).toBe('text/xml');
  expect(answer.body).toContain(
    '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
  );
  expect(answer.body).toContain(`<Code>${code}</Code>`);
  expect(answer.body).toMatch(/<RequestId>[0-9a-f-]{36}<\/RequestId>/);
}

const awsCliPath = (() => {
  try {
    return execFileSync('which', ['aws'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();

describe('STS GetCallerIdentity with issued credentials', () => {
  it('answers the assumed-role ARN, user id and account', async () => {
    const answer = await callerIdentity();
    expect(answer.status, answer.body).toBe(200);
    expect(answer.body).toContain(`<Arn>${credentials.assumedRoleArn}</Arn>`);
    expect(answer.body).toMatch(/<UserId>AROA[A-Z0-9]{17}:[0-9a-f]+<\/UserId>/);
    expect(answer.body).toContain('<Account>111122223333</Account>');
    expect(em.logs.at(-1)).toBe(
      `emulator: 200 GetCallerIdentity arn=${credentials.assumedRoleArn}`,
    );
  });

  it('works from any region', async () => {
    expect((await callerIdentity({ region: 'ap-southeast-2' })).status).toBe(200);
  });

  it('rejects an access key it never issued with InvalidClientTokenId', async () => {
    expectStsError(
      await callerIdentity({ accessKeyId: 'ASIAAAAAAAAAAAAAAAAA' }),
      403,
      'InvalidClientTokenId',
    );
  });

  it('rejects a session token that does not belong to the key with InvalidClientTokenId', async () => {
    expectStsError(
      await callerIdentity({ sessionToken: 'bm90LXRoZS10b2tlbg==' }),
      403,
      'InvalidClientTokenId',
    );
  });

  it('rejects a request signed with the wrong secret with SignatureDoesNotMatch', async () => {
    const wrong = `${credentials.secretAccessKey.slice(0, -1)}${credentials.secretAccessKey.endsWith('A') ? 'B' : 'A'}`;
    expectStsError(await callerIdentity({ secretAccessKey: wrong }), 403, 'SignatureDoesNotMatch');
    expect(em.logs.at(-1)).toContain('string to sign does not match');
  });

  it('rejects a tampered body with SignatureDoesNotMatch', async () => {
    const request = signSts({ ...credentials, host: em.host, date: new Date() });
    const answer = await send(em.url, {
      ...request,
      body: 'Action=GetCallerIdentity&Version=2011-06-16',
    });
    expectStsError(answer, 403, 'SignatureDoesNotMatch');
  });

  it('rejects a stale X-Amz-Date with SignatureDoesNotMatch "Signature expired"', async () => {
    const answer = await callerIdentity({ date: new Date(Date.now() - 10 * 60 * 1000) });
    expectStsError(answer, 403, 'SignatureDoesNotMatch');
    expect(answer.body).toContain('Signature expired');
  });

  it('rejects credentials past their expiration with ExpiredToken', async () => {
    const later = new Date(Date.parse(credentials.expiration) + 1000);
    em.emulator.setClock(() => later);
    try {
      expectStsError(await callerIdentity({ date: later }), 403, 'ExpiredToken');
    } finally {
      em.emulator.setClock(() => new Date());
    }
  });

  it('rejects an unsupported action with InvalidAction', async () => {
    const answer = await callerIdentity({ body: 'Action=GetSessionToken&Version=2011-06-15' });
    expectStsError(answer, 400, 'InvalidAction');
  });

  it('counts accepted and rejected STS requests', () => {
    const { sts } = em.emulator.stats();
    expect(sts.accepted).toBeGreaterThanOrEqual(2);
    expect(sts.rejected).toBeGreaterThanOrEqual(6);
  });

  it.skipIf(awsCliPath === '')('serves the real AWS CLI: aws sts get-caller-identity', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ra-awscli-'));
    const config = join(dir, 'config');
    const shared = join(dir, 'credentials');
    await Promise.all([writeFile(config, ''), writeFile(shared, '')]);
    const result = await runCommand(
      awsCliPath,
      [
        'sts',
        'get-caller-identity',
        '--endpoint-url',
        em.url,
        '--region',
        'us-east-1',
        '--output',
        'json',
      ],
      {
        env: {
          HOME: dir,
          ...(process.env.PYENV_ROOT ? { PYENV_ROOT: process.env.PYENV_ROOT } : {}),
          AWS_ACCESS_KEY_ID: credentials.accessKeyId,
          AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
          AWS_SESSION_TOKEN: credentials.sessionToken,
          AWS_CONFIG_FILE: config,
          AWS_SHARED_CREDENTIALS_FILE: shared,
          AWS_EC2_METADATA_DISABLED: 'true',
        },
        timeoutMs: 60_000,
      },
    );
    expect(result.exitCode, result.stderr).toBe(0);
    const identity = JSON.parse(result.stdout) as { Arn: string; Account: string; UserId: string };
    expect(identity.Arn).toBe(credentials.assumedRoleArn);
    expect(identity.Account).toBe('111122223333');
    expect(em.logs.at(-1)).toContain('emulator: 200 GetCallerIdentity');
  });
});
