import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awsGetCallerIdentity,
  createTestPki,
  obtainTestCredentials,
  runCommand,
  startTestEmulator,
  type SessionCredentials,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { send, signSts, type HttpAnswer } from './helpers/pki.js';

const DEPLOY = 'arn:aws:iam::444455556666:role/deploy';
const GUARDED = 'arn:aws:iam::444455556666:role/guarded';
const ELSEWHERE = 'arn:aws:iam::444455556666:role/only-for-others';

let pki: TestPki;
let em: TestEmulator;
let first: SessionCredentials;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki, {
    assumableRoles: [
      { roleArn: DEPLOY, trustedRoleArns: ['arn:aws:iam::111122223333:role/ci-deployer'] },
      { roleArn: GUARDED, externalId: 'ext-7f3a' },
      { roleArn: ELSEWHERE, trustedRoleArns: ['arn:aws:iam::111122223333:role/someone-else'] },
    ],
  });
  first = await obtainTestCredentials(em, pki);
});
afterAll(() => em.close());

function stsClient(credentials: SessionCredentials | ChainedKeys): STSClient {
  return new STSClient({
    region: 'us-east-1',
    endpoint: em.url,
    maxAttempts: 1,
    credentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
    },
  });
}

interface ChainedKeys {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

function assumeRoleQuery(parameters: Record<string, string>): Promise<HttpAnswer> {
  const body = new URLSearchParams({
    Action: 'AssumeRole',
    Version: '2011-06-15',
    ...parameters,
  }).toString();
  return send(em.url, signSts({ ...first, host: em.host, date: new Date(), body }));
}

function expectStsError(answer: HttpAnswer, status: number, code: string): void {
  expect(answer.status, answer.body).toBe(status);
  expect(answer.headers['content-type']).toBe('text/xml');
  expect(answer.body).toContain(
    '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
  );
  expect(answer.body).toContain(`<Code>${code}</Code>`);
}

describe('STS AssumeRole with credentials the emulator issued (role chaining)', () => {
  it('serves the AWS SDK: AssumeRole, then GetCallerIdentity answers for the chained role', async () => {
    const output = await stsClient(first).send(
      new AssumeRoleCommand({
        RoleArn: DEPLOY,
        RoleSessionName: 'release-42',
        DurationSeconds: 900,
      }),
    );
    expect(output.AssumedRoleUser?.Arn).toBe(
      'arn:aws:sts::444455556666:assumed-role/deploy/release-42',
    );
    expect(output.SourceIdentity).toBe('CN=ci-runner');
    const expires = output.Credentials?.Expiration?.getTime() ?? 0;
    expect(Math.abs(expires - Date.now() - 900_000)).toBeLessThan(5_000);
    const chained = output.Credentials;
    if (chained?.AccessKeyId === undefined) throw new Error('no credentials');
    const identity = await stsClient({
      accessKeyId: chained.AccessKeyId,
      secretAccessKey: chained.SecretAccessKey ?? '',
      sessionToken: chained.SessionToken ?? '',
    }).send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe('arn:aws:sts::444455556666:assumed-role/deploy/release-42');
    expect(identity.Account).toBe('444455556666');
    expect(em.logs).toContain(
      'emulator: 200 AssumeRole role=arn:aws:iam::444455556666:role/deploy source=arn:aws:iam::111122223333:role/ci-deployer duration=900',
    );
  });

  it('serves the real AWS CLI: aws sts assume-role, then get-caller-identity with its credentials', async () => {
    const home = await mkdtemp(join(tmpdir(), 'ra-aws-'));
    await Promise.all([
      writeFile(join(home, 'config'), ''),
      writeFile(join(home, 'credentials'), ''),
    ]);
    const run = await runCommand(
      'aws',
      [
        'sts',
        'assume-role',
        '--role-arn',
        GUARDED,
        '--role-session-name',
        'cli-session',
        '--external-id',
        'ext-7f3a',
        '--endpoint-url',
        em.url,
        '--region',
        'us-east-1',
        '--output',
        'json',
      ],
      {
        env: {
          HOME: home,
          AWS_CONFIG_FILE: join(home, 'config'),
          AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
          AWS_ACCESS_KEY_ID: first.accessKeyId,
          AWS_SECRET_ACCESS_KEY: first.secretAccessKey,
          AWS_SESSION_TOKEN: first.sessionToken,
        },
        timeoutMs: 60_000,
      },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as {
      Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
      AssumedRoleUser: { Arn: string };
    };
    expect(answer.AssumedRoleUser.Arn).toBe(
      'arn:aws:sts::444455556666:assumed-role/guarded/cli-session',
    );
    const who = await awsGetCallerIdentity(em.url, {
      AWS_ACCESS_KEY_ID: answer.Credentials.AccessKeyId,
      AWS_SECRET_ACCESS_KEY: answer.Credentials.SecretAccessKey,
      AWS_SESSION_TOKEN: answer.Credentials.SessionToken,
    });
    expect(who.exitCode, who.stderr).toBe(0);
    expect(who.identity?.Arn).toBe('arn:aws:sts::444455556666:assumed-role/guarded/cli-session');
  });

  it('refuses a role outside the assumable roles with AccessDenied naming caller and role', async () => {
    const answer = await assumeRoleQuery({
      RoleArn: 'arn:aws:iam::444455556666:role/unknown',
      RoleSessionName: 's1',
    });
    expectStsError(answer, 403, 'AccessDenied');
    expect(answer.body).toContain(
      `User: ${first.assumedRoleArn} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/unknown`,
    );
  });

  it('refuses a source role the trust list does not name with AccessDenied', async () => {
    expectStsError(
      await assumeRoleQuery({ RoleArn: ELSEWHERE, RoleSessionName: 's1' }),
      403,
      'AccessDenied',
    );
    expect(em.logs.at(-1)).toContain('is not trusted by');
  });

  it('refuses a wrong or missing external id with AccessDenied', async () => {
    expectStsError(
      await assumeRoleQuery({ RoleArn: GUARDED, RoleSessionName: 's1', ExternalId: 'ext-0000' }),
      403,
      'AccessDenied',
    );
    expect(em.logs.at(-1)).toContain('external id does not match');
    expectStsError(
      await assumeRoleQuery({ RoleArn: GUARDED, RoleSessionName: 's1' }),
      403,
      'AccessDenied',
    );
    expect(em.logs.at(-1)).toContain('external id missing');
  });

  it('refuses a chained session over one hour with ValidationError', async () => {
    const answer = await assumeRoleQuery({
      RoleArn: DEPLOY,
      RoleSessionName: 's1',
      DurationSeconds: '3601',
    });
    expectStsError(answer, 400, 'ValidationError');
    expect(answer.body).toContain(
      'exceeds the 1 hour session limit for roles assumed by role chaining',
    );
  });

  it('refuses a session policy that is not JSON with MalformedPolicyDocument', async () => {
    const answer = await assumeRoleQuery({
      RoleArn: DEPLOY,
      RoleSessionName: 's1',
      Policy: '{nope',
    });
    expectStsError(answer, 400, 'MalformedPolicyDocument');
  });

  it('refuses a request without RoleArn with ValidationError', async () => {
    expectStsError(await assumeRoleQuery({ RoleSessionName: 's1' }), 400, 'ValidationError');
  });

  it('refuses keys it never issued with InvalidClientTokenId', async () => {
    const body =
      'Action=AssumeRole&Version=2011-06-15&RoleArn=' +
      encodeURIComponent(DEPLOY) +
      '&RoleSessionName=s1';
    const answer = await send(
      em.url,
      signSts({
        ...first,
        accessKeyId: 'ASIAAAAAAAAAAAAAAAAA',
        host: em.host,
        date: new Date(),
        body,
      }),
    );
    expectStsError(answer, 403, 'InvalidClientTokenId');
  });

  it('refuses expired source credentials with ExpiredToken', async () => {
    const later = new Date(Date.parse(first.expiration) + 1000);
    em.emulator.setClock(() => later);
    try {
      const body = new URLSearchParams({
        Action: 'AssumeRole',
        Version: '2011-06-15',
        RoleArn: DEPLOY,
        RoleSessionName: 's1',
      }).toString();
      const answer = await send(em.url, signSts({ ...first, host: em.host, date: later, body }));
      expectStsError(answer, 403, 'ExpiredToken');
    } finally {
      em.emulator.setClock(() => new Date());
    }
  });
});

describe('STS faults', () => {
  it('answers injected throttling in STS XML, then judges normally', async () => {
    const faulty = await startTestEmulator(pki, {
      stsFaults: [{ status: 400, code: 'Throttling', count: 1 }],
    });
    try {
      const source = await obtainTestCredentials(faulty, pki);
      const body = new URLSearchParams({
        Action: 'AssumeRole',
        Version: '2011-06-15',
        RoleArn: DEPLOY,
        RoleSessionName: 's1',
      }).toString();
      const request = () =>
        send(faulty.url, signSts({ ...source, host: faulty.host, date: new Date(), body }));
      const throttled = await request();
      expect(throttled.status).toBe(400);
      expect(throttled.body).toContain('<Code>Throttling</Code>');
      expect(throttled.body).toContain('<Message>Rate exceeded</Message>');
      expect((await request()).status).toBe(200);
    } finally {
      await faulty.close();
    }
  });
});
