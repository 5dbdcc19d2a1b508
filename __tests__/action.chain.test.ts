/**
 * The Action bundle with role-to-assume, on Node 20 and 24: it exports only the chained role's
 * credentials, masks both sets before anything could print them, names the final role in its
 * outputs and log, and refuses an account outside allowed-account-ids before exporting anything.
 */
import { execFileSync } from 'node:child_process';
import { load } from 'js-yaml';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedCredentials } from '../src/emulator/index.js';
import {
  awsGetCallerIdentity,
  createTestPki,
  NODE24,
  NODE_NPM,
  runCommand,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import {
  readFileCommands,
  runActionMain,
  runActionPost,
  runnerFiles,
} from './helpers/githubRunner.js';
import { expectNoLeak, secretFragments } from './helpers/leaks.js';

const DEPLOY = 'arn:aws:iam::444455556666:role/deploy';

let pki: TestPki;
let em: TestEmulator;
const issued: IssuedCredentials[] = [];

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki, {
    assumableRoles: [
      {
        roleArn: DEPLOY,
        trustedRoleArns: ['arn:aws:iam::111122223333:role/ci-deployer'],
        externalId: 'ext-7f3a',
      },
    ],
    onIssue: (credentials) => issued.push(credentials),
  });
});
afterAll(() => em.close());

function baseInputs(): Record<string, string> {
  return {
    certificate: pki.leaf.certificatePem,
    'private-key': pki.leaf.privateKeyPem,
    'certificate-chain': pki.intermediate.certificatePem,
    'trust-anchor-arn': em.arns.trustAnchorArn,
    'profile-arn': em.arns.profileArn,
    'role-arn': em.arns.roleArn,
    endpoint: em.url,
  };
}

function chainInputs(): Record<string, string> {
  return {
    ...baseInputs(),
    'sts-endpoint': em.url,
    'role-to-assume': DEPLOY,
    'role-chaining': 'true',
    'role-external-id': 'ext-7f3a',
    'role-duration-seconds': '900',
    'role-chaining-session-name': 'gha-run-7',
    'inline-session-policy':
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}',
    'managed-session-policies': 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    'session-tags': 'Repository=octo/app\nEnvironment=prod',
    'transitive-tag-keys': 'Repository',
    'allowed-account-ids': '111122223333, 444455556666',
  };
}

const nodeVersion = (binary: string): string =>
  execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();

describe.each([
  [nodeVersion(NODE_NPM), NODE_NPM],
  [nodeVersion(NODE24), NODE24],
])('the Action bundle with role-to-assume on %s', (_name, nodeBinary) => {
  it('exports the chained role, which get-caller-identity confirms, with both credential sets masked first', async () => {
    const run = await runActionMain(chainInputs(), { nodeBinary });
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);
    const env = readFileCommands(run.files.env);
    const accessKeyId = env.get('AWS_ACCESS_KEY_ID') ?? '';
    const chained = issued.find((c) => c.accessKeyId === accessKeyId);
    expect(chained?.assumedRoleArn).toBe('arn:aws:sts::444455556666:assumed-role/deploy/gha-run-7');
    const first = issued.find(
      (c) =>
        c.account === '111122223333' && run.stdout.includes(`::add-mask::${c.secretAccessKey}`),
    );
    expect(first).toBeDefined();

    const sts = await awsGetCallerIdentity(em.url, {
      AWS_ACCESS_KEY_ID: accessKeyId,
      AWS_SECRET_ACCESS_KEY: env.get('AWS_SECRET_ACCESS_KEY') ?? '',
      AWS_SESSION_TOKEN: env.get('AWS_SESSION_TOKEN') ?? '',
    });
    expect(sts.exitCode, sts.stderr).toBe(0);
    expect(sts.identity?.Arn).toBe('arn:aws:sts::444455556666:assumed-role/deploy/gha-run-7');

    const lines = run.stdout.split('\n');
    const sets = [chained, first].flatMap((c) =>
      c === undefined ? [] : [c.accessKeyId, c.secretAccessKey, c.sessionToken],
    );
    for (const value of sets) {
      const mask = lines.indexOf(`::add-mask::${value}`);
      expect(mask).toBeGreaterThanOrEqual(0);
      const firstShown = lines.findIndex(
        (line) => line.includes(value) && line !== `::add-mask::${value}`,
      );
      expect(firstShown === -1 || firstShown > mask).toBe(true);
    }
    const withoutMasks = lines.filter((line) => !line.startsWith('::add-mask::')).join('\n');
    expectNoLeak(
      {
        stdout: withoutMasks,
        stderr: run.stderr,
        summary: readFileSync(run.files.summary, 'utf8'),
        outputs: readFileSync(run.files.output, 'utf8'),
        env: readFileSync(run.files.env, 'utf8'),
      },
      secretFragments({
        privateKeyPem: pki.leaf.privateKeyPem,
        other: [first?.secretAccessKey ?? '', first?.sessionToken ?? '', first?.accessKeyId ?? ''],
      }),
    );
    expect(run.stdout).toMatch(
      /Obtained credentials for arn:aws:sts::444455556666:assumed-role\/deploy\/gha-run-7 \(expires [^)]+\), chained from arn:aws:sts::111122223333:assumed-role\/ci-deployer\/\S+, from certificate serial \d+\./,
    );
    const outputs = readFileCommands(run.files.output);
    expect(outputs.get('assumed-role-arn')).toBe(
      'arn:aws:sts::444455556666:assumed-role/deploy/gha-run-7',
    );
    expect(outputs.get('aws-account-id')).toBe('444455556666');
  });

  it('refuses an account outside allowed-account-ids with one error line and exports nothing', async () => {
    const run = await runActionMain(
      { ...chainInputs(), 'allowed-account-ids': '111122223333' },
      { nodeBinary },
    );
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      'The chained role credentials are for account 444455556666 (arn:aws:sts::444455556666:assumed-role/deploy/gha-run-7), which is not in allowed-account-ids (111122223333); nothing was exported.',
    );
    expect(readFileSync(run.files.env, 'utf8')).not.toContain('AWS_ACCESS_KEY_ID');
  });

  it('refuses role-duration-seconds over 3600 before any call, naming the input', async () => {
    const before = em.emulator.stats().createSession.accepted;
    const run = await runActionMain(
      { ...chainInputs(), 'role-duration-seconds': '7200' },
      { nodeBinary },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      "::error::role-duration-seconds is 7200 s, but STS caps a chained role session at 3600 s (1 hour) whatever the role's maximum: give 900 to 3600.",
    );
    expect(em.emulator.stats().createSession.accepted).toBe(before);
  });
});

describe('the Action bundle as the runner starts it', () => {
  it('runs without chaining when every input action.yml declares a default for is passed, as the runner does', async () => {
    const declared = (
      load(readFileSync('action.yml', 'utf8')) as {
        inputs: Record<string, { default?: string }>;
      }
    ).inputs;
    const defaults = Object.fromEntries(
      Object.entries(declared).flatMap(([name, spec]) =>
        spec.default === undefined ? [] : [[name, spec.default]],
      ),
    );
    const run = await runActionMain({ ...defaults, ...baseInputs() }, { nodeBinary: NODE24 });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(readFileCommands(run.files.output).get('aws-account-id')).toBe('111122223333');
  });
});

describe('the Action bundle with role-to-assume and credential-mode: server', () => {
  it('serves the chained role to the AWS CLI through the container provider, and the post step stops the server', async () => {
    const files = runnerFiles();
    const main = await runActionMain(
      { ...chainInputs(), 'credential-mode': 'server' },
      { nodeBinary: NODE24, files },
    );
    expect(main.stderr).toBe('');
    expect(main.exitCode, main.stdout).toBe(0);
    expect(main.stdout).toContain(
      'serving arn:aws:sts::444455556666:assumed-role/deploy/gha-run-7 from certificate serial',
    );
    const env = readFileCommands(files.env);
    const state = readFileCommands(files.state);
    const pid = Number(state.get('rac-server-pid'));
    try {
      writeFileSync(join(files.dir, 'empty'), '');
      const sts = await runCommand(
        'aws',
        ['sts', 'get-caller-identity', '--endpoint-url', em.url, '--output', 'json'],
        {
          env: {
            HOME: files.dir,
            AWS_CONFIG_FILE: join(files.dir, 'empty'),
            AWS_SHARED_CREDENTIALS_FILE: join(files.dir, 'empty'),
            AWS_EC2_METADATA_DISABLED: 'true',
            AWS_DEFAULT_REGION: 'us-east-1',
            AWS_CONTAINER_CREDENTIALS_FULL_URI: env.get('AWS_CONTAINER_CREDENTIALS_FULL_URI') ?? '',
            AWS_CONTAINER_AUTHORIZATION_TOKEN: env.get('AWS_CONTAINER_AUTHORIZATION_TOKEN') ?? '',
          },
          timeoutMs: 30_000,
        },
      );
      expect(sts.stderr).toBe('');
      expect((JSON.parse(sts.stdout) as { Arn: string }).Arn).toBe(
        'arn:aws:sts::444455556666:assumed-role/deploy/gha-run-7',
      );
    } finally {
      const post = await runActionPost(files, { nodeBinary: NODE24 });
      expect(post.exitCode).toBe(0);
      expect(post.stdout).toContain(`Stopped the credential server (pid ${pid}).`);
      expect(post.stdout).toMatch(
        /chained from arn:aws:sts::111122223333:assumed-role\/ci-deployer\//,
      );
      expectNoLeak(
        { main: main.stdout, post: post.stdout },
        secretFragments({
          privateKeyPem: pki.leaf.privateKeyPem,
          other: issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
        }),
      );
    }
  });
});
