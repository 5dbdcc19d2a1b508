/**
 * Role chaining through the CLI bundle against the emulator: CreateSession, then STS AssumeRole
 * with the Roles Anywhere credentials, each front end ending with the chained role's identity as
 * the real AWS CLI sees it; every refusal one line; neither credential set leaked.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedCredentials } from '../src/emulator/index.js';
import {
  awsGetCallerIdentity,
  createTestPki,
  runCommand,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import {
  CLI,
  createSandbox,
  ensureCliBundle,
  runCli,
  type Sandbox,
  sessionFlags,
} from './helpers/cli.js';
import { expectNoLeak, secretFragments } from './helpers/leaks.js';

const DEPLOY = 'arn:aws:iam::444455556666:role/deploy';
const GUARDED = 'arn:aws:iam::444455556666:role/guarded';
const ELSEWHERE = 'arn:aws:iam::444455556666:role/only-for-others';

let pki: TestPki;
let em: TestEmulator;
let files: MaterialFiles;
let box: Sandbox;
const issued: IssuedCredentials[] = [];

beforeAll(async () => {
  if (spawnSync('aws', ['--version']).error !== undefined)
    throw new Error('These acceptance tests run the real AWS CLI: put `aws` on PATH.');
  ensureCliBundle();
  pki = await createTestPki();
  em = await startTestEmulator(pki, {
    assumableRoles: [
      { roleArn: DEPLOY, trustedRoleArns: ['arn:aws:iam::111122223333:role/ci-deployer'] },
      { roleArn: GUARDED, externalId: 'ext-7f3a' },
      { roleArn: ELSEWHERE, trustedRoleArns: ['arn:aws:iam::111122223333:role/someone-else'] },
    ],
    onIssue: (credentials) => issued.push(credentials),
  });
  files = await writeMaterial(pki);
  box = createSandbox();
});

afterAll(async () => {
  await em.close();
  box.cleanup();
});

function baseArgs(command: string): string[] {
  return [command, ...sessionFlags(files, em.url), '--sts-endpoint', em.url];
}

/** Every fragment of every credential set the emulator issued so far, and of the key. */
function allSecrets(): string[] {
  return secretFragments({
    privateKeyPem: pki.leaf.privateKeyPem,
    other: issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
  });
}

function firstHopKeys(): string[] {
  return issued.filter((c) => c.account === '111122223333').map((c) => c.accessKeyId);
}

describe('credential-process with --chain-role-arn', () => {
  it('gives the real AWS CLI the chained role: get-caller-identity answers deploy in account 444455556666', async () => {
    const config = join(box.dir, 'config-chain');
    const command = [
      process.execPath,
      CLI,
      ...baseArgs('credential-process'),
      '--chain-role-arn',
      DEPLOY,
      '--no-cache',
    ]
      .map((a) => `"${a}"`)
      .join(' ');
    writeFileSync(
      config,
      `[profile chained]\nregion = us-east-1\ncredential_process = ${command}\n`,
    );
    const before = em.emulator.stats();
    const run = await awsGetCallerIdentity(em.url, {
      AWS_CONFIG_FILE: config,
      AWS_PROFILE: 'chained',
      AWS_EC2_METADATA_DISABLED: 'true',
      HOME: box.home,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.identity?.Arn).toMatch(
      /^arn:aws:sts::444455556666:assumed-role\/deploy\/[0-9a-f]+$/,
    );
    expect(run.identity?.Account).toBe('444455556666');
    const after = em.emulator.stats();
    expect(after.createSession.accepted - before.createSession.accepted).toBe(1);
    // AssumeRole and the CLI's GetCallerIdentity.
    expect(after.sts.accepted - before.sts.accepted).toBe(2);
    expect(em.logs.some((l) => l.startsWith('emulator: 200 AssumeRole role=' + DEPLOY))).toBe(true);
  });

  it('prints only the chained credentials, and neither set appears on stderr even with --debug', async () => {
    const run = await runCli(
      [...baseArgs('credential-process'), '--chain-role-arn', DEPLOY, '--no-cache', '--debug'],
      {
        env: box.env,
      },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const document = JSON.parse(run.stdout) as { AccessKeyId: string };
    const chained = issued.find((c) => c.accessKeyId === document.AccessKeyId);
    expect(chained?.assumedRoleArn).toMatch(/assumed-role\/deploy\//);
    for (const key of firstHopKeys()) expect(run.stdout).not.toContain(key);
    expect(run.stderr).toContain('Calling STS AssumeRole');
    expect(run.stderr).toMatch(
      /Obtained credentials for arn:aws:sts::444455556666:assumed-role\/deploy\/\S+ \(expires [^)]+\), chained from arn:aws:sts::111122223333:assumed-role\/ci-deployer\//,
    );
    expectNoLeak({ stderr: run.stderr }, allSecrets());
  });

  it('caches per chain: a different chained role is a different entry', async () => {
    const cached = async (role: string): Promise<string> => {
      const run = await runCli(
        [
          ...baseArgs('credential-process'),
          '--chain-role-arn',
          role,
          ...(role === GUARDED ? ['--chain-external-id', 'ext-7f3a'] : []),
        ],
        {
          env: box.env,
        },
      );
      expect(run.exitCode, run.stderr).toBe(0);
      return (JSON.parse(run.stdout) as { AccessKeyId: string }).AccessKeyId;
    };
    const deployKey = await cached(DEPLOY);
    expect(await cached(DEPLOY)).toBe(deployKey);
    const guardedKey = await cached(GUARDED);
    expect(guardedKey).not.toBe(deployKey);
    expect(issued.find((c) => c.accessKeyId === guardedKey)?.assumedRoleArn).toMatch(
      /assumed-role\/guarded\//,
    );
    // The cache holds the chained set it serves (0600); never the Roles Anywhere set behind it.
    const entries = spawnSync('sh', ['-c', `cat "${box.cacheDir}"/*.json`], { encoding: 'utf8' });
    expect(entries.stdout).toContain(guardedKey);
    const firstHop = issued.filter((c) => c.account === '111122223333');
    expectNoLeak(
      { cache: entries.stdout },
      secretFragments({
        privateKeyPem: pki.leaf.privateKeyPem,
        other: firstHop.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]),
      }),
    );
  });
});

describe('env with chaining', () => {
  it('exports the chained role for an eval-ed `env --format sh`, which the AWS CLI then uses', async () => {
    const quoted = [
      process.execPath,
      CLI,
      ...baseArgs('env'),
      '--chain-role-arn',
      GUARDED,
      '--chain-external-id',
      'ext-7f3a',
      '--chain-role-session-name',
      'job-17',
      '--chain-duration',
      '15m',
    ]
      .map((a) => `'${a}'`)
      .join(' ');
    const script = `set -e; eval "$(${quoted})"; aws sts get-caller-identity --endpoint-url '${em.url}' --region us-east-1 --output json`;
    const run = await runCommand('bash', ['-c', script], {
      env: {
        ...box.env,
        AWS_CONFIG_FILE: join(box.dir, 'none'),
        AWS_SHARED_CREDENTIALS_FILE: join(box.dir, 'none'),
        AWS_EC2_METADATA_DISABLED: 'true',
      },
      timeoutMs: 30_000,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { Arn: string }).Arn).toBe(
      'arn:aws:sts::444455556666:assumed-role/guarded/job-17',
    );
    expect(run.stderr).toContain(
      'Obtained credentials for arn:aws:sts::444455556666:assumed-role/guarded/job-17',
    );
    expectNoLeak({ stderr: run.stderr }, allSecrets());
  });
});

describe('update with chaining', () => {
  it('writes the chained credentials into the profile, and only those', async () => {
    const shared = join(box.dir, 'credentials-update');
    const run = await runCli(
      [...baseArgs('update'), '--once', '--profile', 'deploy', '--chain-role-arn', DEPLOY],
      {
        env: { ...box.env, AWS_SHARED_CREDENTIALS_FILE: shared },
      },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const written = readFileSync(shared, 'utf8');
    const key = /aws_access_key_id = (\S+)/.exec(written)?.[1];
    expect(issued.find((c) => c.accessKeyId === key)?.assumedRoleArn).toMatch(
      /assumed-role\/deploy\//,
    );
    for (const first of firstHopKeys()) expect(written).not.toContain(first);
    expectNoLeak({ stderr: run.stderr }, allSecrets());
  });
});

describe('refusals, each one line', () => {
  async function refused(extra: string[], env: Record<string, string> = {}): Promise<string[]> {
    const run = await runCli(
      [...baseArgs('credential-process'), '--no-cache', '--debug', ...extra],
      {
        env: { ...box.env, ...env },
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expectNoLeak({ stderr: run.stderr }, allSecrets());
    const lines = run.stderr
      .split('\n')
      .filter(
        (l) =>
          l.startsWith('rolesanywhere-credentials: ') &&
          !/Calling|Obtained|Attempt|retrying/.test(l),
      );
    expect(lines).toHaveLength(1);
    return [lines[0] ?? '', /code: (\S+)/.exec(run.stderr)?.[1] ?? ''];
  }

  it('refuses a wrong external id with ERR_ACCESS_DENIED, naming the trust policy to check', async () => {
    const [line, code] = await refused([
      '--chain-role-arn',
      GUARDED,
      '--chain-external-id',
      'ext-0000',
    ]);
    expect(code).toBe('ERR_ACCESS_DENIED');
    expect(line).toContain(`AssumeRole of ${GUARDED} failed: 403 AccessDenied`);
    expect(line).toContain('sts:ExternalId condition must match');
  });

  it('refuses a role the source role may not assume with ERR_ACCESS_DENIED', async () => {
    const [line, code] = await refused(['--chain-role-arn', ELSEWHERE]);
    expect(code).toBe('ERR_ACCESS_DENIED');
    expect(line).toContain(
      'is not authorized to perform: sts:AssumeRole on resource: ' + ELSEWHERE,
    );
    expect(line).toContain(
      'must let arn:aws:iam::111122223333:role/ci-deployer call sts:AssumeRole',
    );
  });

  it('refuses a chained duration over 3600 with ERR_DURATION_INVALID before any call', async () => {
    const before = em.emulator.stats().createSession.accepted;
    const [line, code] = await refused(['--chain-role-arn', DEPLOY, '--chain-duration', '7200']);
    expect(code).toBe('ERR_DURATION_INVALID');
    expect(line).toBe(
      "rolesanywhere-credentials: --chain-duration is 7200 s, but STS caps a chained role session at 3600 s (1 hour) whatever the role's maximum: give 900 to 3600.",
    );
    expect(em.emulator.stats().createSession.accepted).toBe(before);
  });

  it('refuses an inline policy that is not JSON with ERR_POLICY_INVALID before any call', async () => {
    const before = em.emulator.stats().createSession.accepted;
    const [line, code] = await refused([
      '--chain-role-arn',
      DEPLOY,
      '--chain-policy',
      '{"Version":"2012-10-17",',
    ]);
    expect(code).toBe('ERR_POLICY_INVALID');
    expect(line).toMatch(
      /^rolesanywhere-credentials: --chain-policy is not a JSON policy document \(/,
    );
    expect(em.emulator.stats().createSession.accepted).toBe(before);
  });

  it('refuses the Roles Anywhere account when it is not in --allowed-account-ids, before chaining', async () => {
    const before = em.emulator.stats().sts.accepted;
    const [line, code] = await refused([
      '--chain-role-arn',
      DEPLOY,
      '--allowed-account-ids',
      '444455556666',
    ]);
    expect(code).toBe('ERR_ACCOUNT_NOT_ALLOWED');
    expect(line).toMatch(
      /The Roles Anywhere credentials are for account 111122223333 \(arn:aws:sts::111122223333:assumed-role\/ci-deployer\/\S+\), which is not in --allowed-account-ids \(444455556666\); nothing was exported\./,
    );
    expect(em.emulator.stats().sts.accepted).toBe(before);
  });

  it('refuses the chained account when it is not in --allowed-account-ids', async () => {
    const [line, code] = await refused([
      '--chain-role-arn',
      DEPLOY,
      '--allowed-account-ids',
      '111122223333,999988887777',
    ]);
    expect(code).toBe('ERR_ACCOUNT_NOT_ALLOWED');
    expect(line).toContain('The chained role credentials are for account 444455556666');
  });

  it('accepts both hops when both accounts are allowed', async () => {
    const run = await runCli(
      [
        ...baseArgs('credential-process'),
        '--no-cache',
        '--chain-role-arn',
        DEPLOY,
        '--allowed-account-ids',
        '111122223333,444455556666',
      ],
      {
        env: box.env,
      },
    );
    expect(run.exitCode, run.stderr).toBe(0);
  });

  it('refuses a chaining option without --chain-role-arn', async () => {
    const [line] = await refused(['--chain-external-id', 'ext-7f3a']);
    expect(line).toContain(
      '--chain-external-id is a role-chaining option, but --chain-role-arn is not set',
    );
  });

  it('refuses an STS throttle that outlasts the retries with ERR_THROTTLED, after AWS_MAX_ATTEMPTS attempts', async () => {
    const throttling = await startTestEmulator(pki, {
      stsFaults: [{ status: 400, code: 'Throttling' }],
      onIssue: (credentials) => issued.push(credentials),
    });
    try {
      const run = await runCli(
        [
          ...baseArgs('credential-process').map((a) => (a === em.url ? throttling.url : a)),
          '--no-cache',
          '--debug',
          '--chain-role-arn',
          DEPLOY,
        ],
        { env: { ...box.env, AWS_MAX_ATTEMPTS: '3' } },
      );
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toContain('  code: ERR_THROTTLED');
      expect(run.stderr).toMatch(
        /rolesanywhere-credentials: AssumeRole of arn:aws:iam::444455556666:role\/deploy failed: 400 Throttling: Rate exceeded\. STS is busy or failing; it was retried with backoff\. \(request id [0-9a-f-]{36}\) \(gave up after 3 attempts\)\./,
      );
      expect(throttling.logs.filter((l) => l.includes('Throttling'))).toHaveLength(3);
      expect(throttling.emulator.stats().createSession.accepted).toBe(1);
      expectNoLeak({ stderr: run.stderr }, allSecrets());
    } finally {
      await throttling.close();
    }
  });
});
