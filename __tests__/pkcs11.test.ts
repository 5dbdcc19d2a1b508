/**
 * Keys that never leave a PKCS#11 token, against a real SoftHSM2 token the test initialises in its
 * own SOFTHSM2_CONF: keys generated on the token by pkcs11-tool (OpenSC), certificates issued for
 * their public keys by openssl, credentials from the emulator through the real CLI bundle and the
 * real AWS CLI. `.ci/run` installs softhsm2 and opensc.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arnFlags, createSandbox, ensureCliBundle, type Sandbox } from './helpers/cli.js';
import {
  createTestPki,
  runCommand,
  runNode,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { readFileCommands, runActionMain } from './helpers/githubRunner.js';
import { expectCliFailure, startCliInBackground, waitFor } from './helpers/reliability.js';

const MODULE = '/usr/lib/softhsm/libsofthsm2.so';
const PIN = '271828';
const SO_PIN = '31415926';
const CLI = resolve('dist/cli/index.js');
const available =
  existsSync(MODULE) &&
  ['softhsm2-util', 'pkcs11-tool'].every((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
// In CI the tools are installed by .ci/run, so their absence there is a failure, not a skip.
const skip = !available && process.env['CI'] !== 'true';

let box: Sandbox;
let pki: TestPki;
let em: TestEmulator;
let dir: string;
let tokenEnv: Record<string, string>;

function tool(command: string, args: readonly string[]): string {
  return execFileSync(command, args, {
    env: { PATH: process.env['PATH'] ?? '', SOFTHSM2_CONF: join(dir, 'softhsm2.conf') },
    encoding: 'utf8',
  });
}

function p11(args: readonly string[]): string {
  return tool('pkcs11-tool', ['--module', MODULE, '--token-label', 'ci', ...args]);
}

/** A certificate from the test PKI's intermediate CA for a public key held on the token. */
function issueForTokenKey(id: string, name: string): string {
  p11(['--read-object', '--type', 'pubkey', '--id', id, '-o', join(dir, `${name}.pub.der`)]);
  tool('openssl', [
    'pkey',
    '-pubin',
    '-inform',
    'DER',
    '-in',
    join(dir, `${name}.pub.der`),
    '-out',
    join(dir, `${name}.pub.pem`),
  ]);
  const certificate = join(dir, `${name}.pem`);
  tool('openssl', [
    'x509',
    '-new',
    '-subj',
    `/CN=token-${name}`,
    '-force_pubkey',
    join(dir, `${name}.pub.pem`),
    '-CA',
    join(dir, 'issuing-ca.pem'),
    '-CAkey',
    join(dir, 'issuing-ca.key'),
    '-days',
    '30',
    '-extfile',
    join(dir, 'leaf.ext'),
    '-out',
    certificate,
  ]);
  return certificate;
}

beforeAll(async () => {
  if (skip) return;
  ensureCliBundle();
  box = createSandbox();
  dir = mkdtempSync(join(tmpdir(), 'rac-softhsm-'));
  writeFileSync(
    join(dir, 'softhsm2.conf'),
    `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\n`,
  );
  execFileSync('mkdir', ['-m', '700', join(dir, 'tokens')]);
  tool('softhsm2-util', [
    '--init-token',
    '--free',
    '--label',
    'ci',
    '--pin',
    PIN,
    '--so-pin',
    SO_PIN,
  ]);
  p11([
    '--login',
    '--pin',
    PIN,
    '--keypairgen',
    '--key-type',
    'rsa:2048',
    '--id',
    '01',
    '--label',
    'rsa-key',
  ]);
  p11([
    '--login',
    '--pin',
    PIN,
    '--keypairgen',
    '--key-type',
    'EC:prime256v1',
    '--id',
    '02',
    '--label',
    'ec-key',
  ]);

  pki = await createTestPki();
  writeFileSync(join(dir, 'issuing-ca.pem'), pki.intermediate.certificatePem);
  writeFileSync(join(dir, 'issuing-ca.key'), pki.intermediate.privateKeyPem, { mode: 0o600 });
  writeFileSync(join(dir, 'intermediates.pem'), pki.intermediate.certificatePem);
  writeFileSync(
    join(dir, 'leaf.ext'),
    'basicConstraints = critical, CA:FALSE\nkeyUsage = critical, digitalSignature\n',
  );
  issueForTokenKey('01', 'rsa');
  issueForTokenKey('02', 'ec');
  // The RSA certificate also goes onto the token, beside its key (same CKA_ID).
  tool('openssl', [
    'x509',
    '-in',
    join(dir, 'rsa.pem'),
    '-outform',
    'DER',
    '-out',
    join(dir, 'rsa.der'),
  ]);
  p11([
    '--login',
    '--pin',
    PIN,
    '--write-object',
    join(dir, 'rsa.der'),
    '--type',
    'cert',
    '--id',
    '01',
    '--label',
    'rsa-key',
  ]);

  em = await startTestEmulator(pki);
  tokenEnv = { ...box.env, SOFTHSM2_CONF: join(dir, 'softhsm2.conf'), TOKEN_PIN: PIN };
}, 60_000);

afterAll(async () => {
  if (skip) return;
  await em.close();
  box.cleanup();
});

function keyUri(object: string, extra = ''): string {
  return `pkcs11:token=ci;object=${object};type=private${extra}?pin-source=env:TOKEN_PIN`;
}

function credentialProcess(material: readonly string[], env = tokenEnv) {
  return runNode(
    CLI,
    [
      'credential-process',
      ...material,
      '--pkcs11-lib',
      MODULE,
      '--intermediates',
      join(dir, 'intermediates.pem'),
      ...arnFlags(),
      '--endpoint',
      em.url,
      '--no-cache',
    ],
    { env },
  );
}

function serialOf(certificate: string): string {
  const hex = tool('openssl', ['x509', '-in', certificate, '-noout', '-serial'])
    .trim()
    .split('=')[1];
  return BigInt(`0x${hex ?? ''}`).toString(10);
}

describe.skipIf(skip)('a key on a SoftHSM2 token', () => {
  it.each([
    ['an RSA-2048 key (CKM_SHA256_RSA_PKCS)', 'rsa-key', 'rsa'],
    ['a P-256 key (CKM_ECDSA, r||s turned into DER)', 'ec-key', 'ec'],
  ])(
    'credential-process obtains credentials with %s and the certificate from a file',
    async (_name, object, certificate) => {
      const run = await credentialProcess([
        '--certificate',
        join(dir, `${certificate}.pem`),
        '--private-key',
        keyUri(object),
      ]);
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      const credentials = JSON.parse(run.stdout) as Record<string, string>;
      expect(credentials['AccessKeyId']).toMatch(/^ASIA[A-Z0-9]{16}$/);
      expect(em.logs.join('\n')).toContain(
        `201 CreateSession serial=${serialOf(join(dir, `${certificate}.pem`))} `,
      );
    },
  );

  it('takes the certificate from the token, matched to the key by CKA_ID', async () => {
    const run = await credentialProcess([
      '--certificate',
      'pkcs11:token=ci;type=cert',
      '--private-key',
      keyUri('rsa-key'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(em.logs.join('\n')).toContain(`serial=${serialOf(join(dir, 'rsa.pem'))} `);
  });

  it('gives the real AWS CLI credentials through credential_process', async () => {
    const config = join(box.dir, 'config');
    const command = [
      process.execPath,
      CLI,
      'credential-process',
      '--certificate',
      join(dir, 'ec.pem'),
      '--private-key',
      keyUri('ec-key'),
      '--pkcs11-lib',
      MODULE,
      '--intermediates',
      join(dir, 'intermediates.pem'),
      ...arnFlags(),
      '--endpoint',
      em.url,
    ]
      .map((arg) => `"${arg}"`)
      .join(' ');
    writeFileSync(config, `[profile token]\nregion = us-east-1\ncredential_process = ${command}\n`);
    const run = await runCommand(
      'aws',
      ['sts', 'get-caller-identity', '--endpoint-url', em.url, '--output', 'json'],
      {
        env: {
          ...tokenEnv,
          AWS_CONFIG_FILE: config,
          AWS_PROFILE: 'token',
          AWS_SHARED_CREDENTIALS_FILE: join(box.dir, 'no-credentials'),
          AWS_EC2_METADATA_DISABLED: 'true',
        },
        timeoutMs: 30_000,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ Account: '111122223333' });
  });

  it('keeps the keys on the token: CKA_EXTRACTABLE is false and no key file is written anywhere the run could write', async () => {
    const objects = p11(['--login', '--pin', PIN, '--list-objects']);
    const privateKeys = objects
      .split(/\n(?=\S)/)
      .filter((block) => block.startsWith('Private Key'));
    expect(privateKeys).toHaveLength(2);
    for (const block of privateKeys) expect(block).toMatch(/never extractable/);
    const doctor = await runNode(
      CLI,
      [
        'doctor',
        '--certificate',
        join(dir, 'rsa.pem'),
        '--private-key',
        keyUri('rsa-key'),
        '--pkcs11-lib',
        MODULE,
        '--intermediates',
        join(dir, 'intermediates.pem'),
        ...arnFlags(),
      ],
      { env: tokenEnv },
    );
    expect(doctor.stdout).toMatch(/private key "rsa-key" id 01 \(not extractable\)/);
    expect(doctor.stdout).toMatch(/PASS +key pair +the token key belongs to the leaf certificate/);
    expect(doctor.exitCode, doctor.stdout).toBe(0);
    // Every file in the sandbox (HOME, cache) and the test's own folder, other than the token
    // store SoftHSM owns: none holds a private key.
    const written = [box.dir, dir].flatMap((root) =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter(
          (entry) => entry.isFile() && !join(entry.parentPath, entry.name).includes('/tokens/'),
        )
        .map((entry) => join(entry.parentPath, entry.name)),
    );
    expect(written.length).toBeGreaterThan(0);
    const withKeys = written.filter(
      (file) =>
        !file.endsWith('issuing-ca.key') && /PRIVATE KEY/.test(readFileSync(file, 'latin1')),
    );
    expect(withKeys).toEqual([]);
  });

  it('doctor never prints the PIN', async () => {
    const run = await runNode(
      CLI,
      [
        'doctor',
        '--certificate',
        join(dir, 'ec.pem'),
        '--private-key',
        keyUri('ec-key'),
        '--pkcs11-lib',
        MODULE,
        '--debug',
        ...arnFlags(),
      ],
      { env: tokenEnv },
    );
    expect(run.stdout).toMatch(/PASS +private key +EC key on PKCS#11 token ci/);
    expect(run.stdout + run.stderr).not.toContain(PIN);
  });

  it('a wrong PIN, a missing object and a missing library each get one line', async () => {
    const wrongPin = await credentialProcess(
      ['--certificate', join(dir, 'rsa.pem'), '--private-key', keyUri('rsa-key')],
      { ...tokenEnv, TOKEN_PIN: '000000' },
    );
    expectCliFailure(
      wrongPin,
      /The PIN from the pin-source of --private-key is wrong for PKCS#11 token ci/,
    );
    expect(wrongPin.stderr).not.toContain('000000');

    const missing = await credentialProcess([
      '--certificate',
      join(dir, 'rsa.pem'),
      '--private-key',
      keyUri('no-such-key'),
    ]);
    expectCliFailure(
      missing,
      /--private-key matches no private keys on ci \(token ci, object no-such-key\); the token holds: .*private key "rsa-key" id 01/,
    );

    const noLibrary = await runNode(
      CLI,
      [
        'credential-process',
        '--certificate',
        join(dir, 'rsa.pem'),
        '--private-key',
        keyUri('rsa-key'),
        '--pkcs11-lib',
        join(dir, 'missing.so'),
        ...arnFlags(),
      ],
      { env: tokenEnv },
    );
    const unconfigured = await credentialProcess(
      ['--certificate', join(dir, 'rsa.pem'), '--private-key', keyUri('rsa-key')],
      { ...tokenEnv, SOFTHSM2_CONF: join(dir, 'no-such.conf') },
    );
    expectCliFailure(
      unconfigured,
      /The PKCS#11 module \S+libsofthsm2\.so failed while opening the token for --private-key \(CKR_GENERAL_ERROR\)/,
    );

    expectCliFailure(
      noLibrary,
      /--pkcs11-lib \S+missing\.so does not exist; give the path of the token's PKCS#11 module/,
    );
  });

  it('refuses a key of the wrong certificate, and a PIN put in the URI, in one line each', async () => {
    const mismatch = await credentialProcess([
      '--certificate',
      join(dir, 'rsa.pem'),
      '--private-key',
      keyUri('ec-key'),
    ]);
    expectCliFailure(mismatch, /The EC key on PKCS#11 token ci does not belong to the certificate/);
    const inArgv = await credentialProcess([
      '--certificate',
      join(dir, 'rsa.pem'),
      '--private-key',
      `pkcs11:token=ci;object=rsa-key?pin-value=${PIN}`,
    ]);
    expectCliFailure(inArgv, /pin-value, which would put the PIN in argv/);
    expect(inArgv.stderr).not.toContain(PIN);
  });

  it('update --once writes the profile, and serve keeps the token session to serve credentials', async () => {
    const material = [
      '--certificate',
      join(dir, 'ec.pem'),
      '--private-key',
      keyUri('ec-key'),
      '--pkcs11-lib',
      MODULE,
      '--intermediates',
      join(dir, 'intermediates.pem'),
      ...arnFlags(),
      '--endpoint',
      em.url,
    ];
    const credentialsFile = join(box.dir, 'credentials');
    const update = await runNode(CLI, ['update', '--profile', 'token', '--once', ...material], {
      env: { ...tokenEnv, AWS_SHARED_CREDENTIALS_FILE: credentialsFile },
    });
    expect(update.exitCode, update.stderr).toBe(0);
    expect(readFileSync(credentialsFile, 'utf8')).toMatch(
      /\[token\]\naws_access_key_id = ASIA[A-Z0-9]{16}\n/,
    );

    const server = startCliInBackground(['serve', ...material], tokenEnv);
    try {
      await waitFor(
        () =>
          server.output().stdout.includes('AWS_CONTAINER_AUTHORIZATION_TOKEN') ||
          server.child.exitCode !== null,
      );
      const text = server.output().stdout;
      const url = /AWS_CONTAINER_CREDENTIALS_FULL_URI='?([^'\s]+)/.exec(text)?.[1] ?? '';
      const token = /AWS_CONTAINER_AUTHORIZATION_TOKEN='?([^'\s]+)/.exec(text)?.[1] ?? '';
      const answer = await fetch(url, { headers: { Authorization: token } });
      expect(answer.status, server.output().stderr).toBe(200);
      expect(((await answer.json()) as { AccessKeyId: string }).AccessKeyId).toMatch(/^ASIA/);
    } finally {
      await server.stop();
    }

    const detached = await runNode(
      CLI,
      ['serve', '--detach', '--pid-file', join(box.dir, 'serve.pid'), ...material],
      { env: tokenEnv },
    );
    expectCliFailure(detached, /serve --detach cannot use a key on a PKCS#11 token/);
  });

  it('the Action bundle (self-hosted runner) signs with the token key, masking the PIN first', async () => {
    const run = await runActionMain(
      {
        certificate: 'pkcs11:token=ci;type=cert',
        'private-key': `pkcs11:token=ci;object=rsa-key;type=private?pin-source=env:TOKEN_PIN&module-path=${MODULE}`,
        'certificate-chain': pki.intermediate.certificatePem,
        'trust-anchor-arn': em.arns.trustAnchorArn,
        'profile-arn': em.arns.profileArn,
        'role-arn': em.arns.roleArn,
        endpoint: em.url,
      },
      { extraEnv: { SOFTHSM2_CONF: tokenEnv['SOFTHSM2_CONF'] ?? '', TOKEN_PIN: PIN } },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(readFileCommands(run.files.env).get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA[A-Z0-9]{16}$/);
    const lines = run.stdout.split('\n');
    expect(lines.indexOf(`::add-mask::${PIN}`)).toBeGreaterThanOrEqual(0);
    expect(lines.filter((line) => line.includes(PIN))).toEqual([`::add-mask::${PIN}`]);
    expect(run.stdout).toContain(`from certificate serial ${serialOf(join(dir, 'rsa.pem'))}.`);
  });

  it('without the optional pkcs11js installed, says in one line how to install it', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'rac-bare-p11-'));
    cpSync(resolve('dist/cli'), join(bare, 'cli'), { recursive: true });
    const run = await runNode(
      join(bare, 'cli', 'index.js'),
      [
        'credential-process',
        '--certificate',
        join(dir, 'rsa.pem'),
        '--private-key',
        keyUri('rsa-key'),
        '--pkcs11-lib',
        MODULE,
        ...arnFlags(),
      ],
      { env: tokenEnv, cwd: bare },
    );
    expectCliFailure(run, /needs the optional package pkcs11js .*run npm install pkcs11js@2\.1\.7/);
  });
});

describe('the bundles without a token', () => {
  it('carry no native code: pkcs11js stays an external, optional import', () => {
    const files = readdirSync(resolve('dist'), { recursive: true }).map(String);
    expect(files.filter((file) => file.endsWith('.node'))).toEqual([]);
    for (const bundle of ['cli', 'main']) {
      const code = readdirSync(resolve('dist', bundle))
        .filter((file) => file.endsWith('.js'))
        .map((file) => readFileSync(resolve('dist', bundle, file), 'utf8'))
        .join('\n');
      // Imported only when a pkcs11: URI is given, by Node at run time: never at start-up.
      expect(
        code.match(/import\((?:\/\* webpackIgnore: true \*\/ )?["']pkcs11js["']\)/g),
      ).toHaveLength(1);
      expect(code).not.toMatch(/from\s*["']pkcs11js["']|require\(["']pkcs11js["']\)/);
    }
    expect(readFileSync(resolve('dist/lib/index.js'), 'utf8')).not.toContain('pkcs11js');
    const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    expect(pkg.dependencies?.['pkcs11js']).toBeUndefined();
    expect(pkg.peerDependenciesMeta?.['pkcs11js']?.optional).toBe(true);
  });
});
