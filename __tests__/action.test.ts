import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  NODE24,
  NODE_NPM,
  awsGetCallerIdentity,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
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

let pki: TestPki;
let em: TestEmulator;
let files: MaterialFiles;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  files = await writeMaterial(pki);
});
afterAll(async () => {
  await em.close();
});

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

const nodeVersion = (binary: string): string =>
  execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();

describe.each([
  [nodeVersion(NODE_NPM), NODE_NPM],
  [nodeVersion(NODE24), NODE24],
])('the Action bundle on %s', (_name, nodeBinary) => {
  it('exports the emulator credentials, masking each secret before any line that could show it, and the post step blanks them', async () => {
    const run = await runActionMain(
      { ...baseInputs(), 'output-credentials': 'true' },
      { nodeBinary },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);

    const env = readFileCommands(run.files.env);
    const accessKeyId = env.get('AWS_ACCESS_KEY_ID') ?? '';
    const secret = env.get('AWS_SECRET_ACCESS_KEY') ?? '';
    const token = env.get('AWS_SESSION_TOKEN') ?? '';
    expect(accessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(secret.length).toBe(40);
    expect(token.length).toBeGreaterThan(100);
    expect(env.get('AWS_REGION')).toBe('us-east-1');
    expect(env.get('AWS_DEFAULT_REGION')).toBe('us-east-1');
    expect(new Date(env.get('AWS_CREDENTIAL_EXPIRATION') ?? '').getTime()).toBeGreaterThan(
      Date.now() + 3500_000,
    );

    // The credentials are the emulator's: a real AWS client accepts them.
    const sts = await awsGetCallerIdentity(em.url, {
      AWS_ACCESS_KEY_ID: accessKeyId,
      AWS_SECRET_ACCESS_KEY: secret,
      AWS_SESSION_TOKEN: token,
    });
    expect(sts.stderr).toBe('');
    expect(sts.exitCode).toBe(0);
    expect(sts.identity).toMatchObject({ Account: '111122223333' });

    const lines = run.stdout.split('\n');
    for (const value of [accessKeyId, secret, token]) {
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
      },
      secretFragments({
        privateKeyPem: pki.leaf.privateKeyPem,
        secretAccessKey: secret,
        sessionToken: token,
      }),
    );
    expect(run.stdout).toMatch(
      /Obtained credentials for arn:aws:sts::111122223333:assumed-role\/ci-deployer\/\S+ \(expires \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\) from certificate serial \d+\./,
    );

    const outputs = readFileCommands(run.files.output);
    expect(outputs.get('aws-account-id')).toBe('111122223333');
    expect(outputs.get('certificate-serial')).toBe(pki.leaf.serial.toString(10));
    expect(outputs.get('aws-secret-access-key')).toBe(secret);
    expect(outputs.get('assumed-role-arn')).toMatch(
      /^arn:aws:sts::111122223333:assumed-role\/ci-deployer\//,
    );
    expect(readFileSync(run.files.summary, 'utf8')).toContain(
      'AWS credentials from IAM Roles Anywhere',
    );

    const post = await runActionPost(run.files, { nodeBinary });
    expect(post.exitCode).toBe(0);
    const after = readFileCommands(run.files.env);
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_CREDENTIAL_EXPIRATION',
    ]) {
      expect(after.get(name)).toBe('');
    }
  });
});

describe('where GitHub does not run it', () => {
  it('succeeds under act with ACT=true and no GITHUB_* variables', async () => {
    const run = await runActionMain(baseInputs(), { bare: true, extraEnv: { ACT: 'true' } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::add-mask::ASIA/);
    expect(run.stdout).toMatch(/Obtained credentials for /);
  });

  it('succeeds under act with its file commands, reading the material from files in the workspace', async () => {
    const runner = runnerFiles();
    const run = await runActionMain(
      {
        ...baseInputs(),
        certificate: files.certificate,
        'private-key': files.privateKey,
        'certificate-chain': files.intermediates,
      },
      {
        files: runner,
        bare: true,
        extraEnv: {
          ACT: 'true',
          GITHUB_ENV: runner.env,
          GITHUB_OUTPUT: runner.output,
          GITHUB_STATE: runner.state,
        },
      },
    );
    expect(run.exitCode).toBe(0);
    expect(readFileCommands(runner.env).get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
    // A key read from a file never passed through a secret, so its lines are masked too.
    const bodyLine = pki.leaf.privateKeyPem.split('\n')[1] ?? '';
    expect(run.stdout).toContain(`::add-mask::${bodyLine}`);
  });

  it('masks the decoded lines of a key given as base64 of its PEM', async () => {
    const run = await runActionMain({
      ...baseInputs(),
      'private-key': Buffer.from(pki.leaf.privateKeyPem).toString('base64'),
    });
    expect(run.exitCode).toBe(0);
    for (const line of pki.leaf.privateKeyPem
      .split('\n')
      .filter((l) => l.length >= 8 && !l.startsWith('-----'))) {
      expect(run.stdout).toContain(`::add-mask::${line}`);
    }
  });
});

describe('input errors fail the step with one ::error:: line naming the input', () => {
  const cases: [string, (i: Record<string, string>) => Record<string, string>, RegExp][] = [
    [
      'a missing certificate',
      (i) => ({ ...i, certificate: '' }),
      /^::error::certificate is required/,
    ],
    ['a missing role-arn', (i) => ({ ...i, 'role-arn': '' }), /^::error::role-arn is required/],
    [
      'a bad trust-anchor-arn',
      (i) => ({
        ...i,
        'trust-anchor-arn': 'arn:aws:rolesanywhere:us-east-1:111122223333:anchor/x',
      }),
      /^::error::trust-anchor-arn is not a valid trust-anchor ARN/,
    ],
    [
      'a region mismatch',
      (i) => ({ ...i, 'profile-arn': (i['profile-arn'] ?? '').replace('us-east-1', 'eu-west-1') }),
      /^::error::trust-anchor-arn is in us-east-1 but profile-arn is in eu-west-1/,
    ],
    [
      'a bad session-duration',
      (i) => ({ ...i, 'session-duration': '60' }),
      /^::error::session-duration must be a whole number of seconds from 900 to 43200/,
    ],
    [
      'an undecodable certificate',
      (i) => ({ ...i, certificate: 'this is not a certificate' }),
      /^::error::.*certificate/,
    ],
    [
      'a private key given as certificate',
      (i) => ({ ...i, certificate: pki.leaf.privateKeyPem }),
      /^::error::.*certificate/,
    ],
    [
      'a key that does not match the certificate',
      (i) => ({ ...i, 'private-key': pki.rsaLeaf.privateKeyPem }),
      /^::error::.*private-key/,
    ],
    [
      'a bad boolean',
      (i) => ({ ...i, 'output-credentials': 'maybe' }),
      /^::error::output-credentials must be true or false/,
    ],
    [
      'a bad retry-max-attempts',
      (i) => ({ ...i, 'retry-max-attempts': '0' }),
      /^::error::retry-max-attempts must be a whole number from 1 to 20/,
    ],
    [
      'a bad retry-timeout-seconds',
      (i) => ({ ...i, 'retry-timeout-seconds': '5' }),
      /^::error::retry-timeout-seconds must be a whole number of seconds from 20 to 3600, got "5"\./,
    ],
    [
      'a missing certificate file',
      (i) => ({ ...i, certificate: './certs/missing.pem' }),
      /^::error::certificate looks like a file path/,
    ],
  ];
  it.each(cases)('%s', async (_what, change, expected) => {
    const run = await runActionMain(change(baseInputs()));
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expectNoLeak(
      { stdout: run.stdout, stderr: run.stderr },
      secretFragments({
        privateKeyPem: pki.leaf.privateKeyPem,
        other: [pki.rsaLeaf.privateKeyPem.split('\n')[2] ?? 'unused-fragment'],
      }),
    );
  });

  it('a wrong passphrase names private-key-passphrase', async () => {
    const { createPrivateKey } = await import('node:crypto');
    const encrypted = createPrivateKey(pki.leaf.privateKeyPem).export({
      format: 'pem',
      type: 'pkcs8',
      cipher: 'aes-256-cbc',
      passphrase: 'right horse battery',
    }) as string;
    const ok = await runActionMain({
      ...baseInputs(),
      'private-key': encrypted,
      'private-key-passphrase': 'right horse battery',
    });
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toContain('::add-mask::right horse battery');
    const run = await runActionMain({
      ...baseInputs(),
      'private-key': encrypted,
      'private-key-passphrase': 'wrong staple',
    });
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/private-key-passphrase/);
  });
});

describe('aws-profile', () => {
  it('writes the profile 0600 beside the existing ones, exports AWS_PROFILE, and the post step restores the file byte for byte', async () => {
    const runner = runnerFiles();
    const path = join(runner.dir, '.aws', 'credentials');
    mkdirSync(join(runner.dir, '.aws'), { mode: 0o700 });
    const original = '# team profiles\r\n[other]\r\naws_access_key_id = AKIAOTHER\r\n';
    writeFileSync(path, original, { mode: 0o600 });
    const run = await runActionMain(
      { ...baseInputs(), 'aws-profile': 'ci', 'output-env-credentials': 'false' },
      { files: runner },
    );
    expect(run.exitCode).toBe(0);
    expect(readFileCommands(runner.env).get('AWS_PROFILE')).toBe('ci');
    expect(readFileCommands(runner.env).has('AWS_SECRET_ACCESS_KEY')).toBe(false);
    const written = readFileSync(path, 'utf8');
    expect(written.startsWith(original)).toBe(true);
    expect(written).toMatch(/\[ci\]\r\naws_access_key_id = ASIA/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const sts = await awsGetCallerIdentity(em.url, {
      AWS_PROFILE: 'ci',
      AWS_SHARED_CREDENTIALS_FILE: path,
    });
    expect(sts.stderr).toBe('');
    expect(sts.identity).toMatchObject({ Account: '111122223333' });
    expect((await runActionPost(runner)).exitCode).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(original);
  });

  it('removes a credentials file it created', async () => {
    const runner = runnerFiles();
    const run = await runActionMain({ ...baseInputs(), 'aws-profile': 'ci' }, { files: runner });
    expect(run.exitCode).toBe(0);
    const path = join(runner.dir, '.aws', 'credentials');
    expect(existsSync(path)).toBe(true);
    expect(statSync(join(runner.dir, '.aws')).mode & 0o777).toBe(0o700);
    expect((await runActionPost(runner)).exitCode).toBe(0);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses to write through a symlink planted at the credentials path', async () => {
    const runner = runnerFiles();
    mkdirSync(join(runner.dir, '.aws'), { mode: 0o700 });
    const target = join(runner.dir, 'elsewhere');
    writeFileSync(target, 'untouched');
    const { symlinkSync } = await import('node:fs');
    symlinkSync(target, join(runner.dir, '.aws', 'credentials'));
    const run = await runActionMain({ ...baseInputs(), 'aws-profile': 'ci' }, { files: runner });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Refusing to write the credentials file .* it is a symlink/,
    );
    expect(readFileSync(target, 'utf8')).toBe('untouched');
  });
});
