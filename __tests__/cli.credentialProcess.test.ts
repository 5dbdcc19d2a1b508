import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  PASSPHRASE,
  runCli,
  writeMaterialForms,
  type MaterialForms,
  type Sandbox,
} from './helpers/cli.js';

const DOCUMENT =
  /^\{"Version":1,"AccessKeyId":"ASIA[A-Z0-9]{16}","SecretAccessKey":"[A-Za-z0-9+/=]+","SessionToken":"[A-Za-z0-9+/=]+","Expiration":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\}$/;

let pki: TestPki;
let em: TestEmulator;
let box: Sandbox;
let files: MaterialFiles;
let material: MaterialForms;

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  box = createSandbox();
  files = await writeMaterial(pki);
  material = writeMaterialForms(pki, files.dir);
});

afterAll(async () => {
  await em.close();
  box.cleanup();
});

function flagsFor(form: {
  certificate: string;
  privateKey?: string;
  passphrase?: string;
}): string[] {
  return [
    '--certificate',
    form.certificate,
    ...(form.privateKey === undefined
      ? []
      : ['--private-key', form.privateKey, '--intermediates', files.intermediates]),
    ...(form.passphrase === undefined ? [] : ['--pkcs8-password', 'env:RA_PASS']),
  ];
}

describe('credential-process against the emulator', () => {
  it('covers every material form for both key types', () => {
    expect(Object.keys(material.forms).filter((k) => k.startsWith('ec:'))).toHaveLength(8);
    expect(Object.keys(material.forms).filter((k) => k.startsWith('rsa:'))).toHaveLength(8);
  });

  it.each([
    'ec: PEM certificate, PKCS#8 key',
    'ec: PEM certificate, SEC1 key',
    'ec: PEM certificate, encrypted PKCS#8 key',
    'ec: DER certificate, DER key',
    'ec: base64 DER certificate, base64 PEM key',
    'ec: base64 PEM certificate, PKCS#8 key',
    'ec: PKCS#12 (OpenSSL 3 default, AES/PBKDF2)',
    'ec: PKCS#12 (legacy SHA1/3DES)',
    'rsa: PEM certificate, PKCS#8 key',
    'rsa: PEM certificate, PKCS#1 key',
    'rsa: PEM certificate, encrypted PKCS#8 key',
    'rsa: DER certificate, DER key',
    'rsa: base64 DER certificate, base64 PEM key',
    'rsa: base64 PEM certificate, PKCS#8 key',
    'rsa: PKCS#12 (OpenSSL 3 default, AES/PBKDF2)',
    'rsa: PKCS#12 (legacy SHA1/3DES)',
  ])('prints exactly the Version 1 document, no newline, for %s', async (label) => {
    const form = material.forms[label];
    if (form === undefined) throw new Error(`no fixture ${label}`);
    const run = await runCli(
      ['credential-process', ...flagsFor(form), ...arnFlags(), '--endpoint', em.url, '--no-cache'],
      { env: { ...box.env, RA_PASS: PASSPHRASE } },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(DOCUMENT);
    expect(run.stdout.endsWith('\n')).toBe(false);
    const document = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual([
      'Version',
      'AccessKeyId',
      'SecretAccessKey',
      'SessionToken',
      'Expiration',
    ]);
    const expiration = Date.parse(String(document['Expiration']));
    expect(expiration - Date.now()).toBeGreaterThan(3500_000);
    expect(expiration - Date.now()).toBeLessThanOrEqual(3600_000);
  });

  it('reads certificate and key from environment variables (env:NAME), so nothing secret is in argv', async () => {
    const run = await runCli(
      [
        'credential-process',
        '--certificate',
        'env:RA_CERT',
        '--private-key',
        'env:RA_KEY',
        '--intermediates',
        'env:RA_CHAIN',
        ...arnFlags(),
        '--endpoint',
        em.url,
        '--no-cache',
      ],
      {
        env: {
          ...box.env,
          RA_CERT: pki.leaf.certificatePem,
          RA_KEY: pki.leaf.privateKeyPem,
          RA_CHAIN: pki.intermediate.certificatePem,
        },
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(DOCUMENT);
  });

  it('reads the key from stdin with -', async () => {
    const run = await runCli(
      [
        'credential-process',
        '--certificate',
        files.certificate,
        '--private-key',
        '-',
        '--intermediates',
        files.intermediates,
        ...arnFlags(),
        '--endpoint',
        em.url,
        '--no-cache',
      ],
      {
        env: box.env,
        input: readFileSync(files.privateKey, 'utf8'),
      },
    );
    expect(run.stdout).toMatch(DOCUMENT);
  });

  it('takes the endpoint from AWS_ENDPOINT_URL_ROLESANYWHERE, and that over AWS_ENDPOINT_URL', async () => {
    const run = await runCli(
      [
        'credential-process',
        '--certificate',
        files.certificate,
        '--private-key',
        files.privateKey,
        '--intermediates',
        files.intermediates,
        ...arnFlags(),
        '--no-cache',
      ],
      {
        env: {
          ...box.env,
          AWS_ENDPOINT_URL_ROLESANYWHERE: em.url,
          AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
        },
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(DOCUMENT);
  });

  it('accepts --with-proxy and --region for compatibility, and the leaf with its chain in one PEM', async () => {
    const run = await runCli(
      [
        'credential-process',
        '--certificate',
        'env:RA_BUNDLE',
        '--private-key',
        files.privateKey,
        ...arnFlags(),
        '--region',
        'us-east-1',
        '--with-proxy',
        '--endpoint',
        em.url,
        '--no-cache',
      ],
      {
        env: { ...box.env, RA_BUNDLE: pki.leaf.certificatePem + pki.intermediate.certificatePem },
      },
    );
    expect(run.stdout).toMatch(DOCUMENT);
  });

  it('warns on stderr, and still works, when the passphrase is given literally in argv', async () => {
    const form = material.forms['ec: PEM certificate, encrypted PKCS#8 key'];
    if (form?.privateKey === undefined) throw new Error('fixture missing');
    const run = await runCli(
      [
        'credential-process',
        '--certificate',
        form.certificate,
        '--private-key',
        form.privateKey,
        '--pkcs8-password',
        PASSPHRASE,
        '--intermediates',
        files.intermediates,
        ...arnFlags(),
        '--endpoint',
        em.url,
        '--no-cache',
      ],
      { env: box.env },
    );
    expect(run.stdout).toMatch(DOCUMENT);
    expect(run.stderr).toMatch(
      /^rolesanywhere-credentials: warning: --pkcs8-password with a literal password is visible to other processes.*env:NAME\.\n$/,
    );
    expect(run.stderr).not.toContain(PASSPHRASE);
  });

  it('with --debug logs progress on stderr, never a secret, and keeps stdout to the document', async () => {
    const run = await runCli(
      [
        'credential-process',
        ...flagsFor(
          material.forms['rsa: PEM certificate, encrypted PKCS#8 key'] ?? { certificate: '' },
        ),
        ...arnFlags(),
        '--endpoint',
        em.url,
        '--no-cache',
        '--debug',
      ],
      { env: { ...box.env, RA_PASS: PASSPHRASE } },
    );
    expect(run.stdout).toMatch(DOCUMENT);
    expect(run.stderr).toContain(
      'Obtained credentials for arn:aws:sts::111122223333:assumed-role/ci-deployer/',
    );
    const { SecretAccessKey, SessionToken } = JSON.parse(run.stdout) as Record<string, string>;
    for (const secret of [
      SecretAccessKey ?? '',
      SessionToken ?? '',
      PASSPHRASE,
      ...material.secrets,
    ])
      expect(run.stderr).not.toContain(secret);
  });
});
