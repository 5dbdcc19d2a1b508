import { spawnSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  writeMaterial,
  type MaterialFiles,
  type TestPki,
} from './helpers/harness.js';
import {
  CLI,
  createSandbox,
  ensureCliBundle,
  PASSPHRASE,
  runCli,
  writeMaterialForms,
  type MaterialForms,
  type Sandbox,
} from './helpers/cli.js';

let pki: TestPki;
let files: MaterialFiles;
let forms: MaterialForms;
let box: Sandbox;

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  files = await writeMaterial(pki);
  forms = writeMaterialForms(pki, files.dir);
  box = createSandbox();
});

afterAll(() => box.cleanup());

describe('read-certificate-data', () => {
  it.each([
    ['EC', () => files.certificate, () => pki.leaf],
    ['RSA', () => files.rsaCertificate, () => pki.rsaLeaf],
  ] as const)(
    "prints the helper's JSON for an %s certificate, without a newline",
    async (keyType, path, leaf) => {
      const run = await runCli(['read-certificate-data', '--certificate', path()], {
        env: box.env,
      });
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toBe(
        JSON.stringify({
          keyType,
          certificateData: leaf().certificateDer.toString('base64'),
          serialNumber: leaf().serial.toString(10),
          supportedAlgorithms: [`${keyType}SHA256`, `${keyType}SHA384`, `${keyType}SHA512`],
        }),
      );
    },
  );

  it('reads the leaf out of a password-protected PKCS#12 bundle', async () => {
    const bundle = forms.forms['rsa: PKCS#12 (legacy SHA1/3DES)']?.certificate ?? '';
    const run = await runCli(
      ['read-certificate-data', '--certificate', bundle, '--pkcs8-password', 'env:P'],
      { env: { ...box.env, P: PASSPHRASE } },
    );
    expect((JSON.parse(run.stdout) as { serialNumber: string }).serialNumber).toBe(
      pki.rsaLeaf.serial.toString(10),
    );
  });
});

describe('sign-string', () => {
  it('signs stdin with an EC key: SHA-256, ASN.1 DER signature, hex in a JSON string by default', async () => {
    const run = await runCli(['sign-string', '--private-key', files.privateKey], {
      env: box.env,
      input: 'string to sign',
    });
    expect(run.exitCode).toBe(0);
    const hex = JSON.parse(run.stdout) as string;
    expect(run.stdout).toBe(`"${hex}"`);
    const key = createPublicKey(pki.leaf.certificatePem);
    expect(
      verify(
        'sha256',
        Buffer.from('string to sign'),
        { key, dsaEncoding: 'der' },
        Buffer.from(hex, 'hex'),
      ),
    ).toBe(true);
  });

  it('signs with an encrypted RSA key, --digest SHA384 --format text', async () => {
    const key = forms.forms['rsa: PEM certificate, encrypted PKCS#8 key']?.privateKey ?? '';
    const run = await runCli(
      [
        'sign-string',
        '--private-key',
        key,
        '--pkcs8-password',
        'env:P',
        '--digest',
        'SHA384',
        '--format',
        'text',
      ],
      { env: { ...box.env, P: PASSPHRASE }, input: 'abc' },
    );
    expect(run.stdout).toMatch(/^[0-9a-f]{512}$/);
    expect(
      verify(
        'sha384',
        Buffer.from('abc'),
        createPublicKey(pki.rsaLeaf.certificatePem),
        Buffer.from(run.stdout, 'hex'),
      ),
    ).toBe(true);
  });

  it('writes the raw signature bytes with --format bin', () => {
    const run = spawnSync(
      process.execPath,
      [CLI, 'sign-string', '--private-key', files.rsaPrivateKey, '--format', 'bin'],
      { input: 'abc', env: { PATH: process.env['PATH'] ?? '' } },
    );
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBe(256);
    expect(
      verify('sha256', Buffer.from('abc'), createPublicKey(pki.rsaLeaf.certificatePem), run.stdout),
    ).toBe(true);
  });
});

describe('version and help', () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect((await runCli(['version'])).stdout).toBe(`${version}\n`);
    expect((await runCli(['--version'])).stdout).toBe(`${version}\n`);
  });

  it.each([
    'credential-process',
    'env',
    'update',
    'doctor',
    'read-certificate-data',
    'sign-string',
    'version',
  ])('has --help with flags and examples for %s', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      new RegExp(`^Usage: rolesanywhere-credentials ${command} \\[flags\\]\\n`),
    );
    expect(run.stdout).toContain('\nFlags:\n');
    expect(run.stdout).toMatch(/\nExamples:\n {2}\S/);
    expect((await runCli(['help', command])).stdout).toBe(run.stdout);
  });

  it('lists every command in the global help', async () => {
    const run = await runCli(['--help']);
    for (const command of [
      'credential-process',
      'env',
      'update',
      'doctor',
      'read-certificate-data',
      'sign-string',
      'version',
    ])
      expect(run.stdout).toContain(`\n  ${command} `);
  });
});
