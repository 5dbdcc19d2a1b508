import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { arnFlags, createSandbox, ensureCliBundle, runCli, type Sandbox } from './helpers/cli.js';
import { TEST_ARNS } from './helpers/harness.js';
import { startCliInBackground, waitFor, type Background } from './helpers/reliability.js';

const PASSPHRASE = 'trust policy tests CA passphrase';

let box: Sandbox;
let env: Record<string, string>;
const running: Background[] = [];

beforeAll(() => {
  ensureCliBundle();
  box = createSandbox();
  env = { ...box.env, CA_PASS: PASSPHRASE };
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((b) => b.stop()));
});

afterAll(() => box.cleanup());

async function cli(
  args: readonly string[],
): Promise<{ stdout: string; stderr: string; exitCode: number | null }> {
  return runCli(args, { env, timeoutMs: 30_000 });
}

/** `emulate` as a user runs it, in the background; resolves to its URL once it listens. */
async function emulate(args: readonly string[]): Promise<{ url: string; log: () => string }> {
  const background = startCliInBackground(['emulate', ...arnFlags(), ...args], env);
  running.push(background);
  await waitFor(
    () => /^http:\/\/\S+\n/.test(background.output().stdout) || background.child.exitCode !== null,
  );
  const url = background.output().stdout.trim();
  expect(url, background.output().stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  return { url, log: () => background.output().stderr };
}

function credentialProcess(certificate: string, key: string, url: string) {
  return cli([
    'credential-process',
    '--no-cache',
    '--certificate',
    certificate,
    '--private-key',
    key,
    ...arnFlags(),
    '--endpoint',
    url,
  ]);
}

describe('trust-policy and emulate --trust-policy', () => {
  const dir = (): string => join(box.dir, 'pki');
  const file = (name: string): string => join(dir(), name);

  beforeAll(async () => {
    mkdirSync(dir(), { mode: 0o700 });
    expect(
      (
        await cli([
          'pki',
          'ca',
          '--subject',
          'CN=Example CI CA, O=Example & Sons',
          '--passphrase',
          'env:CA_PASS',
          '--out-dir',
          dir(),
        ])
      ).exitCode,
    ).toBe(0);
    for (const [cn, extra] of [
      ['cicd-agent.example.com', ['--uri', 'spiffe://example.com/ci/deploy']],
      ['intruder.example.com', []],
    ] as const) {
      const run = await cli([
        'pki',
        'issue',
        '--ca-cert',
        file('ca.pem'),
        '--ca-key',
        file('ca.key'),
        '--ca-passphrase',
        'env:CA_PASS',
        '--subject',
        `CN=${cn}, OU=build`,
        ...extra,
        '--out-dir',
        dir(),
      ]);
      expect(run.exitCode, run.stderr).toBe(0);
    }
    // The issuer O "Example & Sons" cannot be a session tag, so these certificates would be refused
    // for that alone; a CA with a clean name is made for the round trip.
    const clean = join(box.dir, 'clean');
    mkdirSync(clean, { mode: 0o700 });
    await cli([
      'pki',
      'ca',
      '--subject',
      'CN=Example CI CA, O=Example',
      '--passphrase',
      'env:CA_PASS',
      '--out-dir',
      clean,
    ]);
    for (const cn of ['cicd-agent.example.com', 'intruder.example.com']) {
      await cli([
        'pki',
        'issue',
        '--ca-cert',
        join(clean, 'ca.pem'),
        '--ca-key',
        join(clean, 'ca.key'),
        '--ca-passphrase',
        'env:CA_PASS',
        '--subject',
        `CN=${cn}`,
        '--out-dir',
        clean,
      ]);
    }
  }, 60_000);

  it('prints the session tags, the source identity and a warning for a value tags cannot hold', async () => {
    const run = await cli([
      'trust-policy',
      '--certificate',
      file('cicd-agent.example.com.pem'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain('  x509Subject/CN = cicd-agent.example.com\n');
    expect(run.stderr).toContain('  x509Subject/OU = build\n');
    expect(run.stderr).toContain('  x509Issuer/CN = Example CI CA\n');
    expect(run.stderr).toContain('  x509SAN/URI = spiffe://example.com/ci/deploy\n');
    expect(run.stderr).toContain(
      'Source identity (sts:SourceIdentity): CN=cicd-agent.example.com\n',
    );
    expect(run.stderr).toMatch(
      /warning: x509Issuer\/O "Example & Sons" holds "&", which session tags do not allow .*"Some attributes failed to be mapped into session tags"/,
    );
  });

  it('prints a least-privilege trust policy as JSON on stdout', async () => {
    const run = await cli([
      'trust-policy',
      '--certificate',
      file('cicd-agent.example.com.pem'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
    ]);
    expect(JSON.parse(run.stdout)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'RolesAnywhere',
          Effect: 'Allow',
          Principal: { Service: 'rolesanywhere.amazonaws.com' },
          Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
          Condition: {
            ArnEquals: { 'aws:SourceArn': TEST_ARNS.trustAnchorArn },
            StringEquals: { 'aws:PrincipalTag/x509Subject/CN': 'cicd-agent.example.com' },
          },
        },
      ],
    });
  });

  it('conditions on another tag with --tag, and names the tags there are when it is missing', async () => {
    const uri = await cli([
      'trust-policy',
      '--certificate',
      file('cicd-agent.example.com.pem'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
      '--tag',
      'x509SAN/URI',
    ]);
    expect(JSON.parse(uri.stdout).Statement[0].Condition.StringEquals).toEqual({
      'aws:PrincipalTag/x509SAN/URI': 'spiffe://example.com/ci/deploy',
    });
    const missing = await cli([
      'trust-policy',
      '--certificate',
      file('intruder.example.com.pem'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
      '--tag',
      'x509SAN/DNS',
    ]);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toMatch(
      /--tag x509SAN\/DNS: .* carries no such session tag; it carries x509Subject\/CN, x509Subject\/OU, x509Issuer\/CN, x509Issuer\/O\./,
    );
  });

  it('lets that certificate in through emulate --trust-policy and keeps another CN out with 403, logging why', async () => {
    const policy = await cli([
      'trust-policy',
      '--certificate',
      file('cicd-agent.example.com.pem'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
    ]);
    writeFileSync(file('policy.json'), policy.stdout);
    const clean = join(box.dir, 'clean');
    const cleanPolicy = await cli([
      'trust-policy',
      '--certificate',
      join(clean, 'cicd-agent.example.com.pem'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
    ]);
    writeFileSync(join(clean, 'policy.json'), cleanPolicy.stdout);
    const em = await emulate([
      '--ca',
      join(clean, 'ca.pem'),
      '--trust-policy',
      join(clean, 'policy.json'),
    ]);
    const admitted = await credentialProcess(
      join(clean, 'cicd-agent.example.com.pem'),
      join(clean, 'cicd-agent.example.com.key'),
      em.url,
    );
    expect(admitted.stderr).toBe('');
    expect(admitted.exitCode).toBe(0);
    const refused = await credentialProcess(
      join(clean, 'intruder.example.com.pem'),
      join(clean, 'intruder.example.com.key'),
      em.url,
    );
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/403|AccessDenied/);
    await waitFor(() => em.log().includes('emulator: 403'));
    expect(em.log()).toMatch(
      /emulator: 403 AccessDeniedException \(Unable to assume role\.: the trust policy of arn:aws:iam::111122223333:role\/ci-deployer does not allow this certificate; Statement 1 \(RolesAnywhere\): StringEquals aws:PrincipalTag\/x509Subject\/CN fails: the policy expects "cicd-agent\.example\.com", this certificate's x509Subject\/CN is "intruder\.example\.com"\.\)/,
    );
  });

  it('refuses in the emulator a certificate whose attributes cannot become session tags', async () => {
    const policy = await cli([
      'trust-policy',
      '--certificate',
      file('cicd-agent.example.com.pem'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
    ]);
    writeFileSync(file('policy.json'), policy.stdout);
    const em = await emulate(['--ca', file('ca.pem'), '--trust-policy', file('policy.json')]);
    const run = await credentialProcess(
      file('cicd-agent.example.com.pem'),
      file('cicd-agent.example.com.key'),
      em.url,
    );
    expect(run.exitCode).toBe(1);
    await waitFor(() => em.log().includes('emulator: 403'));
    expect(em.log()).toMatch(
      /403 AccessDeniedException \(Some attributes failed to be mapped into session tags\.: session tags: x509Issuer\/O "Example & Sons" holds "&"/,
    );
  });

  it('takes one policy per role as {"<role ARN>": policy} and refuses a role without one', async () => {
    const clean = join(box.dir, 'clean');
    const policy = JSON.parse(readFileSync(join(clean, 'policy.json'), 'utf8')) as unknown;
    writeFileSync(
      join(clean, 'roles.json'),
      JSON.stringify({ 'arn:aws:iam::111122223333:role/other': policy }),
    );
    const em = await emulate([
      '--ca',
      join(clean, 'ca.pem'),
      '--trust-policy',
      join(clean, 'roles.json'),
    ]);
    const run = await credentialProcess(
      join(clean, 'cicd-agent.example.com.pem'),
      join(clean, 'cicd-agent.example.com.key'),
      em.url,
    );
    expect(run.exitCode).toBe(1);
    await waitFor(() => em.log().includes('emulator: 403'));
    expect(em.log()).toMatch(
      /no trust policy is configured for role arn:aws:iam::111122223333:role\/ci-deployer/,
    );
    writeFileSync(join(clean, 'roles.json'), JSON.stringify({ [TEST_ARNS.roleArn]: policy }));
    const em2 = await emulate([
      '--ca',
      join(clean, 'ca.pem'),
      '--trust-policy',
      join(clean, 'roles.json'),
    ]);
    const ok = await credentialProcess(
      join(clean, 'cicd-agent.example.com.pem'),
      join(clean, 'cicd-agent.example.com.key'),
      em2.url,
    );
    expect(ok.exitCode).toBe(0);
  });

  it('has doctor warn, with exit 2, about a condition it cannot judge, and fail on a broken policy', async () => {
    const clean = join(box.dir, 'clean');
    writeFileSync(
      join(clean, 'ip.json'),
      JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'rolesanywhere.amazonaws.com' },
            Action: 'sts:*',
            Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
          },
        ],
      }),
    );
    const base = [
      'doctor',
      '--certificate',
      join(clean, 'cicd-agent.example.com.pem'),
      '--private-key',
      join(clean, 'cicd-agent.example.com.key'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
    ];
    const unsure = await cli([...base, '--trust-policy', join(clean, 'ip.json')]);
    expect(unsure.stdout).toMatch(
      /^WARN +trust policy +the role trust policy could not be judged completely$/m,
    );
    expect(unsure.stdout).toMatch(
      /^WARN +trust policy +Statement 1: IpAddress aws:SourceIp: not checked \(the operator IpAddress is not one this tool evaluates\)\.$/m,
    );
    expect(unsure.exitCode).toBe(2);
    writeFileSync(join(clean, 'broken.json'), '{"Statement": ');
    const broken = await cli([...base, '--trust-policy', join(clean, 'broken.json')]);
    expect(broken.stdout).toMatch(
      /^FAIL +trust policy +--trust-policy .*broken\.json is not JSON/m,
    );
    expect(broken.exitCode).toBe(1);
  });

  it('refuses a trust policy file that is not a policy in one line', async () => {
    writeFileSync(file('broken.json'), '{"Statement": [{"Effect": "Maybe"}]}');
    const run = await cli([
      'emulate',
      '--ca',
      file('ca.pem'),
      '--trust-policy',
      file('broken.json'),
    ]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /trustPolicy: Statement 1 has Effect "Maybe", not "Allow" or "Deny"/,
    );
  });
});

/**
 * The usual blog recipe: an openssl CA named example-internal-ca, a leaf for cicd-agent.example.com
 * signed with `openssl x509 -req` and an extension file without basicConstraints, and a Terraform
 * trust policy that tests the CA's name where the leaf's CN belongs.
 */
describe('the blog recipe, replayed', () => {
  const dir = (): string => join(box.dir, 'blog');
  const path = (name: string): string => join(dir(), name);
  const BLOG_POLICY = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: 'rolesanywhere.amazonaws.com' },
        Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
        Condition: {
          StringEquals: { 'aws:PrincipalTag/x509Subject/CN': 'example-internal-ca' },
          ArnEquals: { 'aws:SourceArn': TEST_ARNS.trustAnchorArn },
        },
      },
    ],
  };

  beforeAll(() => {
    mkdirSync(dir(), { mode: 0o700 });
    const openssl = (args: readonly string[]): void => {
      execFileSync('openssl', args, { cwd: dir(), stdio: 'pipe' });
    };
    openssl(['genrsa', '-out', 'ca.key', '2048']);
    openssl([
      'req',
      '-x509',
      '-new',
      '-key',
      'ca.key',
      '-sha256',
      '-days',
      '3650',
      '-subj',
      '/CN=example-internal-ca',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-out',
      'ca.pem',
    ]);
    openssl(['genrsa', '-out', 'client.key', '2048']);
    openssl([
      'req',
      '-new',
      '-key',
      'client.key',
      '-subj',
      '/CN=cicd-agent.example.com',
      '-out',
      'client.csr',
    ]);
    writeFileSync(
      path('client.ext'),
      'keyUsage = critical, digitalSignature\nextendedKeyUsage = clientAuth\n',
    );
    openssl([
      'x509',
      '-req',
      '-in',
      'client.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '365',
      '-sha256',
      '-extfile',
      'client.ext',
      '-out',
      'client.pem',
    ]);
    writeFileSync(path('blog-policy.json'), JSON.stringify(BLOG_POLICY, null, 2));
  });

  it('has doctor --trust-policy name the CN mismatch in one line', async () => {
    const run = await cli([
      'doctor',
      '--certificate',
      path('client.pem'),
      '--private-key',
      path('client.key'),
      '--ca',
      path('ca.pem'),
      '--trust-policy',
      path('blog-policy.json'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
    ]);
    expect(run.exitCode).toBe(1);
    const lines = run.stdout
      .split('\n')
      .filter(
        (line) => line.includes('example-internal-ca') && line.includes('cicd-agent.example.com'),
      );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^FAIL +trust policy +Statement 1: StringEquals aws:PrincipalTag\/x509Subject\/CN fails: the policy expects "example-internal-ca", this certificate's x509Subject\/CN is "cicd-agent\.example\.com"\.$/,
    );
  });

  it('has doctor point out the missing basic constraints', async () => {
    const text = execFileSync('openssl', ['x509', '-in', path('client.pem'), '-noout', '-text'], {
      encoding: 'utf8',
    });
    expect(text).not.toMatch(/Basic Constraints/);
    const run = await cli([
      'doctor',
      '--certificate',
      path('client.pem'),
      '--private-key',
      path('client.key'),
      '--ca',
      path('ca.pem'),
    ]);
    // The wording is the certificate-check rule set's; this asserts only that doctor raises it.
    expect(run.stdout).toMatch(/^(WARN|FAIL) .*basic ?constraints/im);
  });

  it('is refused by the emulator with that policy and admitted with the one trust-policy prints', async () => {
    // The leaf lacks basicConstraints on purpose. An emulator that refuses such a leaf by default
    // is told to let it through, so that the trust policy is what decides here.
    const help = await cli(['emulate', '--help']);
    const lenient = help.stdout.includes('--lenient-extensions') ? ['--lenient-extensions'] : [];
    const blog = await emulate([
      '--ca',
      path('ca.pem'),
      '--trust-policy',
      path('blog-policy.json'),
      ...lenient,
    ]);
    const refused = await credentialProcess(path('client.pem'), path('client.key'), blog.url);
    expect(refused.exitCode).toBe(1);
    await waitFor(() => blog.log().includes('emulator: 403'));
    expect(blog.log()).toMatch(
      /the policy expects "example-internal-ca", this certificate's x509Subject\/CN is "cicd-agent\.example\.com"/,
    );

    const corrected = await cli([
      'trust-policy',
      '--certificate',
      path('client.pem'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
    ]);
    writeFileSync(path('fixed-policy.json'), corrected.stdout);
    const fixed = await emulate([
      '--ca',
      path('ca.pem'),
      '--trust-policy',
      path('fixed-policy.json'),
      ...lenient,
    ]);
    const admitted = await credentialProcess(path('client.pem'), path('client.key'), fixed.url);
    expect(admitted.exitCode, admitted.stderr).toBe(0);
    expect(JSON.parse(admitted.stdout)).toMatchObject({ Version: 1 });
    await waitFor(() => fixed.log().includes('emulator: 201 CreateSession'));
    const doctor = await cli([
      'doctor',
      '--certificate',
      path('client.pem'),
      '--private-key',
      path('client.key'),
      '--trust-policy',
      path('fixed-policy.json'),
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
    ]);
    expect(doctor.stdout).toMatch(
      /PASS +trust policy +the role trust policy lets this certificate in/,
    );
  });
});
