/**
 * One rule set for the end-entity certificate, case by case against the bundles: certificates made
 * by the real openssl, the CLI and Action bundles in child processes, and the emulator on
 * 127.0.0.1, strict by default and with lenientExtensions.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/emulator/index.js';
import { readFileCommands, runActionMain } from './helpers/githubRunner.js';
import { runNode, TEST_ARNS } from './helpers/harness.js';
import { LEAF_EXTENSIONS, OpenSsl, TestPki, type Leaf } from './helpers/openssl.js';

const CLI = resolve('dist/cli/index.js');

let ssl: OpenSsl;
let pki: TestPki;
let strict: RunningEmulator;
let lenient: RunningEmulator;
const strictLog: string[] = [];
const lenientLog: string[] = [];
let leaves: Record<
  'good' | 'v1' | 'caTrue' | 'noDigitalSignature' | 'sha1' | 'noBasicConstraints' | 'noKeyUsage',
  Leaf
>;

/** A v1 certificate: `openssl x509 -req` without extensions writes version 1. */
function v1Leaf(): Leaf {
  const key = ssl.key('v1', { type: 'ec', curve: 'P-256' });
  ssl.run([
    'req',
    '-config',
    'req.cnf',
    '-new',
    '-key',
    key,
    '-subj',
    '/CN=v1/O=Example',
    '-out',
    'v1.csr',
  ]);
  ssl.run([
    ...['x509', '-req', '-in', 'v1.csr', '-CA', pki.issuing.cert, '-CAkey', pki.issuing.key],
    ...['-days', '30', '-sha256', '-set_serial', '0x7e57', '-out', 'v1.crt'],
  ]);
  return { key, cert: 'v1.crt', serialHex: '7e57' };
}

const without = (prefix: string) => LEAF_EXTENSIONS.filter((line) => !line.startsWith(prefix));

beforeAll(async () => {
  ssl = new OpenSsl();
  pki = new TestPki(ssl);
  const ec = { type: 'ec', curve: 'P-256' } as const;
  const recent = { startDate: '20250101000000Z' };
  leaves = {
    good: pki.leaf('good', ec, recent),
    v1: v1Leaf(),
    caTrue: pki.leaf('ca-true', ec, {
      ...recent,
      extensions: ['basicConstraints = critical, CA:TRUE', 'keyUsage = critical, digitalSignature'],
    }),
    noDigitalSignature: pki.leaf('no-ds', ec, {
      ...recent,
      extensions: ['basicConstraints = critical, CA:FALSE', 'keyUsage = critical, keyEncipherment'],
    }),
    sha1: pki.leaf('sha1', ec, { ...recent, digest: 'sha1' }),
    noBasicConstraints: pki.leaf('no-bc', ec, {
      ...recent,
      extensions: without('basicConstraints'),
    }),
    noKeyUsage: pki.leaf('no-ku', ec, { ...recent, extensions: without('keyUsage') }),
  };
  const common = { trustAnchors: [ssl.text(pki.root.cert)], ...TEST_ARNS };
  strict = await startEmulator({ ...common, log: (line) => strictLog.push(line) });
  lenient = await startEmulator({
    ...common,
    lenientExtensions: true,
    log: (line) => lenientLog.push(line),
  });
}, 60_000);

afterAll(async () => {
  await Promise.all([strict.close(), lenient.close()]);
  ssl.cleanup();
});

function cli(leaf: Leaf, endpoint: string, extra: readonly string[] = []) {
  return runNode(CLI, [
    'credential-process',
    '--no-cache',
    ...['--certificate', ssl.path(leaf.cert), '--private-key', ssl.path(leaf.key)],
    ...['--intermediates', ssl.path(pki.issuing.cert)],
    ...['--trust-anchor-arn', TEST_ARNS.trustAnchorArn, '--profile-arn', TEST_ARNS.profileArn],
    ...['--role-arn', TEST_ARNS.roleArn, '--endpoint', endpoint],
    ...extra,
  ]);
}

function action(leaf: Leaf, emulator: RunningEmulator) {
  return runActionMain({
    certificate: ssl.text(leaf.cert),
    'private-key': ssl.text(leaf.key),
    'certificate-chain': ssl.text(pki.issuing.cert),
    'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
    'profile-arn': TEST_ARNS.profileArn,
    'role-arn': TEST_ARNS.roleArn,
    endpoint: emulator.url,
  });
}

const refused: readonly (readonly [keyof typeof leaves, string, RegExp])[] = [
  ['v1', 'ERR_CERT_VERSION', /is an X\.509 v1 certificate, which carries no extensions/],
  ['caTrue', 'ERR_CERT_IS_CA', /is a CA certificate \(basicConstraints CA:TRUE\)/],
  [
    'noDigitalSignature',
    'ERR_CERT_KEY_USAGE',
    /keyUsage extension without digitalSignature \(found: keyEncipherment\)/,
  ],
  ['sha1', 'ERR_CERT_WEAK_SIGNATURE', /is signed with SHA-1, but Roles Anywhere needs SHA-256/],
];

describe('a certificate the rules refuse', () => {
  it.each(refused)(
    '%s: the CLI refuses it with %s before any call',
    async (which, code, message) => {
      const before = strictLog.length;
      const run = await cli(leaves[which], strict.url, ['--debug']);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain(`code: ${code}`);
      expect(strictLog.length).toBe(before);
    },
  );

  it.each(refused)('%s: the Action refuses it before any call', async (which, _code, message) => {
    const before = strictLog.length;
    const run = await action(leaves[which], strict);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`::error::certificate \\(subject CN=.*${message.source}`),
    );
    expect(readFileCommands(run.files.env).has('AWS_ACCESS_KEY_ID')).toBe(false);
    expect(strictLog.length).toBe(before);
  });

  it.each(refused)(
    '%s: the strict emulator refuses it too, and so does the lenient one',
    async (which) => {
      // The preflight stops the bundles, so the emulator is asked with the test's own signer.
      const { signCreateSession, send } = await import('./helpers/pki.js');
      const { createPrivateKey, X509Certificate } = await import('node:crypto');
      const leaf = leaves[which];
      for (const emulator of [strict, lenient]) {
        const request = signCreateSession({
          leaf: {
            certificateDer: Buffer.from(new X509Certificate(ssl.text(leaf.cert)).raw),
            privateKey: createPrivateKey(ssl.text(leaf.key)),
            serial: BigInt(`0x${leaf.serialHex}`),
          },
          intermediates: [
            { certificateDer: Buffer.from(new X509Certificate(ssl.text(pki.issuing.cert)).raw) },
          ],
          body: JSON.stringify({ durationSeconds: 3600, ...TEST_ARNS }),
          host: new URL(emulator.url).host,
          date: new Date(),
        });
        const answer = await send(emulator.url, request);
        expect(answer.status).toBe(403);
        expect(answer.body).toContain('Untrusted Signing Certificate');
      }
    },
  );
});

const warned: readonly (readonly [keyof typeof leaves, string, string])[] = [
  ['noBasicConstraints', 'basicConstraints', '-addext basicConstraints=critical,CA:FALSE'],
  ['noKeyUsage', 'keyUsage', '-addext keyUsage=critical,digitalSignature'],
];

describe('a v3 certificate without one of the two extensions', () => {
  it.each(warned)(
    '%s: the CLI warns once on stderr and gets credentials from a lenient emulator',
    async (which, extension, flag) => {
      const run = await cli(leaves[which], lenient.url);
      expect(run.exitCode, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ Version: 1 });
      const lines = run.stderr.split('\n').filter((line) => line !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          `^rolesanywhere-credentials: warning: --certificate .* has no ${extension} extension; AWS documents`,
        ),
      );
      expect(lines[0]).toContain(flag);
    },
  );

  it.each(warned)(
    '%s: the Action writes exactly one ::warning:: and exports credentials from a lenient emulator',
    async (which, extension, flag) => {
      const run = await action(leaves[which], lenient);
      expect(run.exitCode, run.stdout).toBe(0);
      const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(`has no ${extension} extension; AWS documents`);
      expect(warnings[0]).toContain(flag);
      expect(readFileCommands(run.files.env).get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
    },
  );

  it.each(warned)(
    '%s: the strict emulator refuses it, and the hint puts the chain first and the missing extension second',
    async (which, extension, flag) => {
      const run = await cli(leaves[which], strict.url);
      expect(run.exitCode).toBe(1);
      expect(strictLog.at(-1)).toContain(`has no ${extension} extension`);
      const failure =
        run.stderr.split('\n').find((line) => line.includes('CreateSession failed')) ?? '';
      expect(failure).toContain('403 AccessDeniedException: Untrusted Signing Certificate');
      expect(failure).toMatch(
        new RegExp(
          `\\(1\\) the certificate \\(issued by CN=Issuing CA, O=Example\\) does not chain to the trust anchor: check that --trust-anchor-arn .*\\(2\\) the certificate has no ${extension} extension`,
        ),
      );
      expect(failure).toContain(flag);
    },
  );
});

describe('emulate on the command line', () => {
  async function emulate(extra: readonly string[]) {
    const child = spawn(
      process.execPath,
      [CLI, 'emulate', '--ca', ssl.path(pki.root.cert), ...extra],
      { env: { PATH: process.env['PATH'] ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    for (let i = 0; i < 200 && !stdout.includes('\n'); i++)
      await new Promise((r) => setTimeout(r, 50));
    const url = stdout.trim();
    const stop = async () => {
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGTERM');
      await exited;
      return stderr;
    };
    return { url, stop };
  }

  it('refuses a leaf without basicConstraints by default and accepts it with --lenient-extensions', async () => {
    const strictCli = await emulate([]);
    const refusedRun = await cli(leaves.noBasicConstraints, strictCli.url);
    expect(await strictCli.stop()).toContain('has no basicConstraints extension');
    expect(refusedRun.exitCode).toBe(1);
    const lenientCli = await emulate(['--lenient-extensions']);
    const accepted = await cli(leaves.noBasicConstraints, lenientCli.url);
    await lenientCli.stop();
    expect(accepted.exitCode, accepted.stderr).toBe(0);
    expect(JSON.parse(accepted.stdout)).toMatchObject({ Version: 1 });
  });
});

describe('a certificate that meets every rule', () => {
  it('gets credentials from the strict emulator with no warning from the CLI or the Action', async () => {
    const run = await cli(leaves.good, strict.url);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const fromAction = await action(leaves.good, strict);
    expect(fromAction.exitCode, fromAction.stdout).toBe(0);
    expect(fromAction.stdout).not.toContain('::warning');
  });
});

describe('doctor on each certificate', () => {
  async function doctor(leaf: Leaf) {
    const run = await runNode(CLI, [
      'doctor',
      ...['--certificate', ssl.path(leaf.cert), '--private-key', ssl.path(leaf.key)],
      ...['--intermediates', ssl.path(pki.issuing.cert), '--ca', ssl.path(pki.root.cert)],
    ]);
    return run.stdout.split('\n');
  }
  const row = (lines: readonly string[], check: string) =>
    lines.find((line) => new RegExp(`^(PASS|WARN|FAIL|INFO)  ${check}\\b`).test(line)) ?? '';

  it('shows an absent basicConstraints extension as absent, in a WARN row, never as CA:FALSE', async () => {
    const lines = await doctor(leaves.noBasicConstraints);
    expect(row(lines, 'basic constraints')).toMatch(
      /^WARN {2}basic constraints +the certificate has no basicConstraints extension/,
    );
    expect(lines.join('\n')).not.toMatch(/^PASS {2}basic constraints|\(CA:FALSE\)/m);
    expect(lines.join('\n')).toContain('-addext basicConstraints=critical,CA:FALSE');
  });

  it('shows an absent keyUsage extension as absent, in a WARN row', async () => {
    const lines = await doctor(leaves.noKeyUsage);
    expect(row(lines, 'key usage')).toMatch(
      /^WARN {2}key usage +the certificate has no keyUsage extension/,
    );
    expect(row(lines, 'basic constraints')).toMatch(/^PASS {2}basic constraints +CA:FALSE/);
  });

  it.each(refused)('%s: a FAIL row from the same rule', async (which) => {
    const lines = await doctor(leaves[which]);
    expect(lines.filter((line) => line.startsWith('FAIL')).length).toBeGreaterThan(0);
  });

  it('passes every end-entity row for a certificate that meets the rules', async () => {
    const lines = await doctor(leaves.good);
    expect(row(lines, 'X.509 version')).toMatch(/^PASS/);
    expect(row(lines, 'basic constraints')).toMatch(/^PASS {2}basic constraints +CA:FALSE/);
    expect(row(lines, 'key usage')).toMatch(/^PASS {2}key usage +keyUsage digitalSignature/);
    expect(row(lines, 'signature hash')).toMatch(/^PASS {2}signature hash +signed with SHA-256/);
  });
});
