import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCertificate } from '../src/emulator/index.js';
import {
  createTestPki,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import {
  arnFlags,
  createSandbox,
  ensureCliBundle,
  runCli,
  type Sandbox,
  sessionFlags,
} from './helpers/cli.js';

let pki: TestPki;
let em: TestEmulator;
let files: MaterialFiles;
let box: Sandbox;
const paths: Record<string, string> = {};
const DAY = 86_400_000;

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  files = await writeMaterial(pki);
  box = createSandbox();
  const make = async (
    name: string,
    options: Parameters<typeof issueCertificate>[1],
  ): Promise<void> => {
    const issued = await issueCertificate(pki.intermediate, options);
    paths[`${name}.crt`] = join(box.dir, `${name}.crt`);
    paths[`${name}.key`] = join(box.dir, `${name}.key`);
    writeFileSync(paths[`${name}.crt`] ?? '', issued.certificatePem);
    writeFileSync(paths[`${name}.key`] ?? '', issued.privateKeyPem, { mode: 0o600 });
  };
  await make('soon', { subject: 'CN=soon', notAfter: new Date(Date.now() + 5 * DAY) });
  await make('expired', {
    subject: 'CN=expired',
    notBefore: new Date(Date.now() - 9 * DAY),
    notAfter: new Date(Date.now() - 2 * DAY),
  });
  await make('sha1', { subject: 'CN=sha1', hash: 'SHA-1' });
  await make('nodigsig', { subject: 'CN=no-digital-signature', keyUsage: ['cRLSign'] });
});

afterAll(async () => {
  await em.close();
  box.cleanup();
});

function line(stdout: string, level: string, check: string): string {
  return (
    stdout.split('\n').find((l) => l.startsWith(`${level}  ${check}`)) ??
    `(no ${level} ${check} line in:\n${stdout})`
  );
}

describe('doctor', () => {
  it('passes a sound setup, explaining each check, with exit 0', async () => {
    const run = await runCli(
      [
        'doctor',
        '--certificate',
        files.certificate,
        '--private-key',
        files.privateKey,
        '--intermediates',
        files.intermediates,
        '--ca',
        files.trustAnchor,
        ...arnFlags(),
        '--endpoint',
        em.url,
      ],
      { env: box.env },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    for (const check of [
      'certificate',
      'private key',
      'key pair',
      'validity',
      'X.509 version',
      'basic constraints',
      'key usage',
      'signature hash',
      'chain',
      'trust anchor',
      'ARNs',
      'region',
      'endpoint',
    ]) {
      expect(line(run.stdout, 'PASS', check)).toMatch(/^PASS/);
    }
    expect(line(run.stdout, 'PASS', 'certificate')).toMatch(
      /PEM, 1 certificate; leaf CN=ci-runner, serial \d+ \(EC P-256\)/,
    );
    expect(line(run.stdout, 'PASS', 'private key')).toContain('PKCS#8 in PEM, EC P-256');
    expect(line(run.stdout, 'PASS', 'trust anchor')).toContain(
      'the chain reaches the CA CN=Test Root CA',
    );
    expect(line(run.stdout, 'PASS', 'endpoint')).toContain(
      `would call POST ${em.url}/sessions (from --endpoint)`,
    );
    expect(line(run.stdout, 'INFO', 'clock')).toMatch(/this machine's clock reads/);
    expect(run.stdout.trimEnd().endsWith('All checks passed.')).toBe(true);
  });

  it('names the public endpoint it would call for the region, FIPS when asked', async () => {
    const run = await runCli(
      [
        'doctor',
        '--certificate',
        files.certificate,
        '--private-key',
        files.privateKey,
        ...arnFlags(),
      ],
      { env: { ...box.env, AWS_USE_FIPS_ENDPOINT: 'true' } },
    );
    expect(line(run.stdout, 'PASS', 'endpoint')).toContain(
      'would call POST https://rolesanywhere-fips.us-east-1.amazonaws.com/sessions',
    );
  });

  it('warns, exit 2, about a certificate with 5 days left', async () => {
    const run = await runCli(
      [
        'doctor',
        '--certificate',
        paths['soon.crt'] ?? '',
        '--private-key',
        paths['soon.key'] ?? '',
        '--intermediates',
        files.intermediates,
        '--ca',
        files.trustAnchor,
      ],
      { env: box.env },
    );
    expect(run.exitCode).toBe(2);
    expect(line(run.stdout, 'WARN', 'validity')).toMatch(/[45] day\(s\) left/);
  });

  it('fails, exit 1, on an expired certificate, a key that does not match and a chain that stops short of --ca', async () => {
    const run = await runCli(
      [
        'doctor',
        '--certificate',
        paths['expired.crt'] ?? '',
        '--private-key',
        files.rsaPrivateKey,
        '--ca',
        files.trustAnchor,
      ],
      { env: box.env },
    );
    expect(run.exitCode).toBe(1);
    expect(line(run.stdout, 'FAIL', 'validity')).toMatch(/expired 2 day\(s\) ago/);
    expect(line(run.stdout, 'FAIL', 'key pair')).toContain(
      'does not belong to the leaf certificate',
    );
    expect(line(run.stdout, 'FAIL', 'trust anchor')).toContain(
      'does not reach any --ca certificate',
    );
    expect(run.stdout).toContain('Untrusted Signing Certificate');
  });

  it('fails a SHA-1 signature and a keyUsage without digitalSignature, and a CA given as the leaf', async () => {
    const sha1 = await runCli(
      [
        'doctor',
        '--certificate',
        paths['sha1.crt'] ?? '',
        '--private-key',
        paths['sha1.key'] ?? '',
      ],
      { env: box.env },
    );
    expect(line(sha1.stdout, 'FAIL', 'signature hash')).toContain('signed with SHA-1');
    const usage = await runCli(
      [
        'doctor',
        '--certificate',
        paths['nodigsig.crt'] ?? '',
        '--private-key',
        paths['nodigsig.key'] ?? '',
      ],
      { env: box.env },
    );
    expect(line(usage.stdout, 'FAIL', 'key usage')).toContain(
      "the certificate's keyUsage lacks digitalSignature (found: cRLSign)",
    );
    const ca = await runCli(
      ['doctor', '--certificate', files.intermediates, '--private-key', files.privateKey],
      { env: box.env },
    );
    expect(line(ca.stdout, 'FAIL', 'basic constraints')).toContain(
      'the certificate is a CA certificate (CA:TRUE)',
    );
    expect(ca.exitCode).toBe(1);
  });

  it('warns about a chain given top-first, and fails an intermediate that expired or is no CA', async () => {
    const write = (name: string, content: string): string => {
      const path = join(box.dir, name);
      writeFileSync(path, content, { mode: 0o600 });
      return path;
    };
    const doctor = (certificate: string, key: string, intermediates: string) =>
      runCli(
        [
          'doctor',
          '--certificate',
          certificate,
          '--private-key',
          key,
          '--intermediates',
          intermediates,
          '--ca',
          files.trustAnchor,
        ],
        { env: box.env },
      );
    const second = await issueCertificate(pki.intermediate, {
      subject: 'CN=Second Issuing CA',
      isCA: true,
    });
    const underSecond = await issueCertificate(second, { subject: 'CN=under-second' });
    const topFirst = await doctor(
      write('under-second.crt', underSecond.certificatePem),
      write('under-second.key', underSecond.privateKeyPem),
      write('top-first.pem', pki.intermediate.certificatePem + second.certificatePem),
    );
    expect(line(topFirst.stdout, 'WARN', 'chain order')).toContain('reordered leaf-first');
    expect(topFirst.stdout).toContain('aws_signing_helper sends the order given');
    expect(line(topFirst.stdout, 'PASS', 'chain')).toContain(
      '2 intermediate(s), leaf-first: CN=Second Issuing CA -> CN=Test Issuing CA',
    );
    expect(line(topFirst.stdout, 'PASS', 'trust anchor')).toContain('the chain reaches the CA');

    const expiredCa = await issueCertificate(pki.root, {
      subject: 'CN=Lapsed Intermediate',
      isCA: true,
      notBefore: new Date(Date.now() - 9 * DAY),
      notAfter: new Date(Date.now() - 2 * DAY),
    });
    const underExpired = await issueCertificate(expiredCa, { subject: 'CN=under-lapsed' });
    const expired = await doctor(
      write('under-lapsed.crt', underExpired.certificatePem),
      write('under-lapsed.key', underExpired.privateKeyPem),
      write('lapsed-ca.pem', expiredCa.certificatePem),
    );
    expect(expired.exitCode).toBe(1);
    expect(line(expired.stdout, 'FAIL', 'chain validity')).toMatch(
      /intermediate CN=Lapsed Intermediate, serial \d+ expired on /,
    );

    const notCa = await issueCertificate(pki.root, { subject: 'CN=Plain Signer', isCA: false });
    const underPlain = await issueCertificate(notCa, { subject: 'CN=under-plain' });
    const plain = await doctor(
      write('under-plain.crt', underPlain.certificatePem),
      write('under-plain.key', underPlain.privateKeyPem),
      write('plain-signer.pem', notCa.certificatePem),
    );
    expect(plain.exitCode).toBe(1);
    expect(line(plain.stdout, 'FAIL', 'chain')).toContain(
      'holds a certificate (subject CN=Plain Signer',
    );
    expect(plain.stdout).toContain('The service would answer "Untrusted Signing Certificate".');
    expect(plain.stdout).not.toMatch(/^\w+ +trust anchor/m);
  });

  it('fails a region disagreement and a malformed ARN, offline', async () => {
    const run = await runCli(
      [
        'doctor',
        '--certificate',
        files.certificate,
        '--private-key',
        files.privateKey,
        '--trust-anchor-arn',
        'arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01',
        '--profile-arn',
        'arn:aws:rolesanywhere:us-east-1:111122223333:profile/7a4d5e3b-91c2-4f0e-8d6a-2b9c3e5f1a02',
        '--role-arn',
        'arn:aws:iam::111122223333:user/bob',
      ],
      { env: box.env },
    );
    expect(run.exitCode).toBe(1);
    expect(line(run.stdout, 'FAIL', 'ARNs')).toContain('--role-arn is not a valid role ARN');
    expect(line(run.stdout, 'FAIL', 'region')).toContain(
      '--trust-anchor-arn is in eu-west-1 but --profile-arn is in us-east-1',
    );
  });

  it('--online makes one CreateSession call and explains success, with the clock compared to the service', async () => {
    const before = em.emulator.stats().createSession.accepted;
    const run = await runCli(['doctor', '--online', ...sessionFlags(files, em.url)], {
      env: box.env,
    });
    expect(run.exitCode).toBe(0);
    expect(line(run.stdout, 'PASS', 'online')).toMatch(
      /CreateSession succeeded: arn:aws:sts::111122223333:assumed-role\/ci-deployer\//,
    );
    expect(line(run.stdout, 'PASS', 'clock')).toMatch(
      /\d+ s (ahead of|behind) the service's Date header/,
    );
    expect(em.emulator.stats().createSession.accepted - before).toBe(1);
  });

  it('--online warns when this clock is minutes behind the service, short of the 5 AWS allows', async () => {
    const ahead = await startTestEmulator(pki, { clock: () => new Date(Date.now() + 3 * 60_000) });
    try {
      const run = await runCli(['doctor', '--online', ...sessionFlags(files, ahead.url)], {
        env: box.env,
      });
      expect(line(run.stdout, 'PASS', 'online')).toContain('CreateSession succeeded');
      expect(line(run.stdout, 'WARN', 'clock')).toMatch(
        /^WARN +clock +1[78]\d s behind the service's Date header$/,
      );
      expect(run.stdout).toContain('fix the clock (NTP)');
      expect(run.exitCode).toBe(2);
    } finally {
      await ahead.close();
    }
  });

  it('--online explains a refusal', async () => {
    const run = await runCli(
      [
        'doctor',
        '--online',
        '--certificate',
        files.certificate,
        '--private-key',
        files.privateKey,
        '--intermediates',
        files.intermediates,
        ...arnFlags(),
        '--role-arn',
        'arn:aws:iam::111122223333:role/not-listed',
        '--endpoint',
        em.url,
      ],
      { env: box.env },
    );
    expect(run.exitCode).toBe(1);
    expect(line(run.stdout, 'FAIL', 'online')).toMatch(
      /CreateSession failed: 403 AccessDeniedException/,
    );
  });
});
