import { execFileSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/emulator/index.js';
import { arnFlags, createSandbox, ensureCliBundle, runCli, type Sandbox } from './helpers/cli.js';
import { TEST_ARNS } from './helpers/harness.js';
import { expectNoLeak, secretFragments } from './helpers/leaks.js';
import { send, signCreateSession } from './helpers/pki.js';
import { expectCliFailure } from './helpers/reliability.js';

const PASSPHRASE = 'ca passphrase: correct horse battery staple';
const LEAF_PASSPHRASE = 'leaf passphrase for the ci identity';
const KEY_TYPES = ['ec-p256', 'ec-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'] as const;

let box: Sandbox;
let env: Record<string, string>;

beforeAll(() => {
  ensureCliBundle();
  box = createSandbox();
  env = { ...box.env, CA_PASS: PASSPHRASE, LEAF_PASS: LEAF_PASSPHRASE };
});

afterAll(() => box.cleanup());

function openssl(args: readonly string[]): string {
  return execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function modes(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => [name, (statSync(join(dir, name)).mode & 0o777).toString(8)]),
  );
}

interface Made {
  readonly dir: string;
  readonly outputs: string[];
  readonly ca: string;
  readonly caKey: string;
  readonly leaf: string;
  readonly leafKey: string;
  readonly chain: string;
}

async function makeCaAndLeaf(
  keyType: string,
  subject = 'CN=cicd-agent.example.com',
): Promise<Made> {
  const dir = join(box.dir, `pki-${keyType}-${Math.random().toString(36).slice(2)}`);
  execFileSync('mkdir', ['-m', '700', dir]);
  const ca = await runCli(
    [
      'pki',
      'ca',
      '--subject',
      'CN=Example CI CA, O=Example',
      '--key-type',
      keyType,
      '--passphrase',
      'env:CA_PASS',
      '--out-dir',
      dir,
    ],
    { env, timeoutMs: 60_000 },
  );
  expect(ca.stderr).toBe('');
  expect(ca.exitCode).toBe(0);
  const issue = await runCli(
    [
      'pki',
      'issue',
      '--ca-cert',
      join(dir, 'ca.pem'),
      '--ca-key',
      join(dir, 'ca.key'),
      '--ca-passphrase',
      'env:CA_PASS',
      '--subject',
      subject,
      '--key-type',
      keyType,
      '--dns',
      'cicd-agent.example.com',
      '--uri',
      'spiffe://example.com/ci/deploy',
      '--name',
      'leaf',
      '--out-dir',
      dir,
    ],
    { env, timeoutMs: 60_000 },
  );
  expect(issue.stderr).toBe('');
  expect(issue.exitCode).toBe(0);
  return {
    dir,
    outputs: [ca.stdout, ca.stderr, issue.stdout, issue.stderr],
    ca: join(dir, 'ca.pem'),
    caKey: join(dir, 'ca.key'),
    leaf: join(dir, 'leaf.pem'),
    leafKey: join(dir, 'leaf.key'),
    chain: join(dir, 'leaf.chain.pem'),
  };
}

describe.each(KEY_TYPES)('pki ca and pki issue with %s keys', (keyType) => {
  let made: Made;
  let emulator: RunningEmulator;
  const logs: string[] = [];

  beforeAll(async () => {
    made = await makeCaAndLeaf(keyType);
    emulator = await startEmulator({
      trustAnchors: [readFileSync(made.ca, 'utf8')],
      ...TEST_ARNS,
      log: (line) => logs.push(line),
    });
  }, 120_000);

  afterAll(async () => emulator.close());

  it('writes every file 0600 and nothing else', () => {
    expect(modes(made.dir)).toEqual({
      'ca.pem': '600',
      'ca.key': '600',
      'leaf.pem': '600',
      'leaf.key': '600',
      'leaf.chain.pem': '600',
    });
  });

  it('makes a leaf that `openssl verify -CAfile ca.pem` accepts', () => {
    expect(openssl(['verify', '-CAfile', made.ca, made.leaf]).trim()).toBe(`${made.leaf}: OK`);
    expect(openssl(['verify', '-CAfile', made.chain, made.leaf]).trim()).toBe(`${made.leaf}: OK`);
  });

  it('gives the CA the extensions a trust anchor needs, as `openssl x509 -text` shows them', () => {
    const text = openssl(['x509', '-in', made.ca, '-noout', '-text']);
    expect(text).toMatch(/Version: 3 \(0x2\)/);
    expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE/);
    expect(text).toMatch(/X509v3 Key Usage: critical\s+Certificate Sign, CRL Sign\n/);
    expect(text).toMatch(/Signature Algorithm: (ecdsa-with-SHA256|sha256WithRSAEncryption)/);
    expect(text).toMatch(/Subject: CN = Example CI CA, O = Example/);
  });

  it('gives the leaf CA:FALSE, digitalSignature, its SANs and a 128-bit serial', () => {
    const text = openssl(['x509', '-in', made.leaf, '-noout', '-text']);
    expect(text).toMatch(/Version: 3 \(0x2\)/);
    expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);
    expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature\n/);
    expect(text).toMatch(/DNS:cicd-agent\.example\.com, URI:spiffe:\/\/example\.com\/ci\/deploy/);
    expect(text).toMatch(/X509v3 Authority Key Identifier/);
    const serial = new X509Certificate(readFileSync(made.leaf)).serialNumber;
    expect(BigInt(`0x${serial}`) >= 1n << 124n && BigInt(`0x${serial}`) < 1n << 128n).toBe(true);
    const days =
      (Date.parse(new X509Certificate(readFileSync(made.leaf)).validTo) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(365);
  });

  it('writes the CA key as PBES2 (PBKDF2-SHA256, AES-256-CBC) that opens with the passphrase only', () => {
    const pem = readFileSync(made.caKey, 'utf8');
    expect(pem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    const structure = openssl(['asn1parse', '-in', made.caKey]);
    expect(structure).toMatch(/:PBES2/);
    expect(structure).toMatch(/:PBKDF2/);
    expect(structure).toMatch(/:hmacWithSHA256/);
    expect(structure).toMatch(/:aes-256-cbc/);
    const key = createPrivateKey({ key: pem, passphrase: PASSPHRASE });
    expect(new X509Certificate(readFileSync(made.ca)).checkPrivateKey(key)).toBe(true);
    expect(() => createPrivateKey({ key: pem, passphrase: 'not the passphrase' })).toThrow();
    expect(() => createPrivateKey(pem)).toThrow();
  });

  it('is accepted by the strict emulator through the CLI, and by the independent test signer', async () => {
    const run = await runCli(
      [
        'credential-process',
        '--no-cache',
        '--certificate',
        made.leaf,
        '--private-key',
        made.leafKey,
        ...arnFlags(),
        '--endpoint',
        emulator.url,
      ],
      { env },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ Version: 1 });
    const request = signCreateSession({
      leaf: {
        certificateDer: Buffer.from(new X509Certificate(readFileSync(made.leaf)).raw),
        privateKey: createPrivateKey(readFileSync(made.leafKey)),
        serial: BigInt(`0x${new X509Certificate(readFileSync(made.leaf)).serialNumber}`),
      },
      body: JSON.stringify({ durationSeconds: 900, ...TEST_ARNS }),
      host: new URL(emulator.url).host,
      date: new Date(),
    });
    expect((await send(emulator.url, request)).status).toBe(201);
  });

  it('passes doctor with no warning and exit 0', async () => {
    const run = await runCli(
      ['doctor', '--certificate', made.leaf, '--private-key', made.leafKey, '--ca', made.ca],
      { env },
    );
    expect(run.stdout).not.toMatch(/^(WARN|FAIL)/m);
    expect(run.stdout).toMatch(/All checks passed\./);
    expect(run.exitCode).toBe(0);
  });

  it('prints next steps, never the key or the passphrase', () => {
    const text = made.outputs.join('\n');
    expect(text).toMatch(/aws rolesanywhere create-trust-anchor/);
    expect(text).toMatch(/pki issue --ca-cert/);
    expect(text).toMatch(/trust-policy --certificate/);
    expect(text).toMatch(/gh secret set RA_PRIVATE_KEY/);
    expectNoLeak(
      { output: text },
      secretFragments({
        privateKeyPem: createPrivateKey({
          key: readFileSync(made.caKey, 'utf8'),
          passphrase: PASSPHRASE,
        })
          .export({ type: 'pkcs8', format: 'pem' })
          .toString(),
        passphrase: PASSPHRASE,
        other: [readFileSync(made.leafKey, 'utf8').split('\n')[1] ?? 'missing'],
      }),
    );
  });
});

describe('pki issue options', () => {
  let made: Made;

  beforeAll(async () => {
    made = await makeCaAndLeaf('ec-p256');
  }, 60_000);

  it('encrypts the leaf key on request, and doctor opens it with the passphrase', async () => {
    const dir = join(made.dir, 'encrypted');
    execFileSync('mkdir', ['-m', '700', dir]);
    const run = await runCli(
      [
        'pki',
        'issue',
        '--ca-cert',
        made.ca,
        '--ca-key',
        made.caKey,
        '--ca-passphrase',
        'env:CA_PASS',
        '--subject',
        'CN=deploy, OU=ci',
        '--key-passphrase',
        'env:LEAF_PASS',
        '--out-dir',
        dir,
      ],
      { env },
    );
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'deploy.key'), 'utf8')).toMatch(
      /^-----BEGIN ENCRYPTED PRIVATE KEY-----/,
    );
    const doctor = await runCli(
      [
        'doctor',
        '--certificate',
        join(dir, 'deploy.pem'),
        '--private-key',
        join(dir, 'deploy.key'),
        '--pkcs8-password',
        'env:LEAF_PASS',
        '--ca',
        made.ca,
      ],
      { env },
    );
    expect(doctor.stdout).toMatch(/PASS +key pair/);
    expect(doctor.exitCode).toBe(0);
    expect(`${run.stdout}${run.stderr}${doctor.stdout}${doctor.stderr}`).not.toContain(
      LEAF_PASSPHRASE,
    );
  });

  it('warns about a leaf valid for more than 825 days, and still issues it', async () => {
    const dir = join(made.dir, 'long');
    execFileSync('mkdir', ['-m', '700', dir]);
    const run = await runCli(
      [
        'pki',
        'issue',
        '--ca-cert',
        made.ca,
        '--ca-key',
        made.caKey,
        '--ca-passphrase',
        'env:CA_PASS',
        '--subject',
        'CN=long-lived',
        '--days',
        '3650',
        '--out-dir',
        dir,
      ],
      { env },
    );
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(
      /^rolesanywhere-credentials: warning: --days 3650 is more than 825;/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('writes a CRL that openssl reads and that revokes the serial', async () => {
    const serial = `0x${new X509Certificate(readFileSync(made.leaf)).serialNumber.toLowerCase()}`;
    const crl = join(made.dir, 'crl.pem');
    const run = await runCli(
      [
        'pki',
        'crl',
        '--ca-cert',
        made.ca,
        '--ca-key',
        made.caKey,
        '--ca-passphrase',
        'env:CA_PASS',
        '--serial',
        serial,
        '--out',
        crl,
      ],
      { env },
    );
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/aws rolesanywhere import-crl .*--crl-data fileb:\/\//);
    expect((statSync(crl).mode & 0o777).toString(8)).toBe('600');
    expect(openssl(['crl', '-in', crl, '-noout', '-CAfile', made.ca, '-text'])).toMatch(
      new RegExp(`Serial Number: ${serial.slice(2).toUpperCase()}`),
    );
    let failure = '';
    try {
      openssl(['verify', '-crl_check', '-CAfile', made.ca, '-CRLfile', crl, made.leaf]);
    } catch (error) {
      failure =
        String((error as { stdout?: string; stderr?: string }).stderr) +
        String((error as { stdout?: string }).stdout);
    }
    expect(failure).toMatch(/certificate revoked/);
  });
});

describe('pki bad inputs get one clear line', () => {
  let made: Made;

  beforeAll(async () => {
    made = await makeCaAndLeaf('ec-p256');
  }, 60_000);

  const fresh = (): string => {
    const dir = join(made.dir, `out-${Math.random().toString(36).slice(2)}`);
    execFileSync('mkdir', ['-m', '700', dir]);
    return dir;
  };

  it('refuses a CA key without a passphrase unless --unencrypted-key says so', async () => {
    const dir = fresh();
    const run = await runCli(['pki', 'ca', '--subject', 'CN=CA', '--out-dir', dir], { env });
    expectCliFailure(
      run,
      /pki ca needs --passphrase env:NAME \(or -\) to encrypt the CA key; pass --unencrypted-key/,
    );
    expect(readdirSync(dir)).toEqual([]);
    const clear = await runCli(
      ['pki', 'ca', '--subject', 'CN=CA', '--unencrypted-key', '--out-dir', dir],
      { env },
    );
    expect(clear.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'ca.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('reads a passphrase from stdin with -, and refuses two flags that both want stdin', async () => {
    const dir = fresh();
    const run = await runCli(
      ['pki', 'ca', '--subject', 'CN=Stdin CA', '--passphrase', '-', '--out-dir', dir],
      {
        env,
        input: `${PASSPHRASE}\n`,
      },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const pem = readFileSync(join(dir, 'ca.key'), 'utf8');
    expect(() => createPrivateKey({ key: pem, passphrase: PASSPHRASE })).not.toThrow();
    const both = await runCli(
      [
        'pki',
        'issue',
        '--ca-cert',
        made.ca,
        '--ca-key',
        '-',
        '--ca-passphrase',
        '-',
        '--subject',
        'CN=x',
        '--out-dir',
        fresh(),
      ],
      { env, input: readFileSync(made.caKey, 'utf8') },
    );
    expectCliFailure(
      both,
      /--ca-passphrase - and --ca-key - both ask for stdin; only one flag can read it/,
    );
  });

  it('refuses a passphrase given literally in argv', async () => {
    const run = await runCli(
      ['pki', 'ca', '--subject', 'CN=CA', '--passphrase', 'hunter2hunter2', '--out-dir', fresh()],
      { env },
    );
    expect(
      expectCliFailure(
        run,
        /--passphrase takes env:NAME or - \(stdin\), never the passphrase itself/,
      ),
    ).not.toContain('hunter2hunter2');
  });

  it('refuses an encrypted CA key without its passphrase, and with a wrong one', async () => {
    const base = [
      'pki',
      'issue',
      '--ca-cert',
      made.ca,
      '--ca-key',
      made.caKey,
      '--subject',
      'CN=x',
      '--out-dir',
      fresh(),
    ];
    expectCliFailure(
      await runCli(base, { env }),
      /--ca-key is an encrypted PKCS#8 key but --ca-passphrase is not set/,
    );
    const wrong = await runCli([...base, '--ca-passphrase', 'env:WRONG'], {
      env: { ...env, WRONG: 'not the passphrase at all' },
    });
    expectCliFailure(wrong, /--ca-passphrase does not decrypt --ca-key/);
  });

  it('refuses a leaf certificate given as the CA', async () => {
    const run = await runCli(
      [
        'pki',
        'issue',
        '--ca-cert',
        made.leaf,
        '--ca-key',
        made.leafKey,
        '--subject',
        'CN=x',
        '--out-dir',
        fresh(),
      ],
      { env },
    );
    expectCliFailure(
      run,
      /--ca-cert .*leaf\.pem \(subject CN=cicd-agent\.example\.com\) is not a CA certificate that may sign certificates/,
    );
  });

  it('refuses a CA certificate given as the leaf to trust-policy', async () => {
    const run = await runCli(
      ['trust-policy', '--certificate', made.ca, '--trust-anchor-arn', TEST_ARNS.trustAnchorArn],
      { env },
    );
    expectCliFailure(
      run,
      /--certificate .*ca\.pem \(subject CN=Example CI CA, O=Example\) is a CA certificate \(basicConstraints CA:TRUE\); give the leaf certificate/,
    );
  });

  it('refuses a CA key that does not belong to the CA certificate', async () => {
    const run = await runCli(
      [
        'pki',
        'issue',
        '--ca-cert',
        made.ca,
        '--ca-key',
        made.leafKey,
        '--subject',
        'CN=x',
        '--out-dir',
        fresh(),
      ],
      { env },
    );
    expectCliFailure(
      run,
      /--ca-key .*leaf\.key does not belong to --ca-cert .*ca\.pem \(subject CN=Example CI CA, O=Example\)/,
    );
  });

  it('names the files after the subject CN, made safe for a file name', async () => {
    const dir = fresh();
    const run = await runCli(
      [
        'pki',
        'issue',
        '--ca-cert',
        made.ca,
        '--ca-key',
        made.caKey,
        '--ca-passphrase',
        'env:CA_PASS',
        '--subject',
        'CN=My CI/runner, O=Example',
        '--out-dir',
        dir,
      ],
      { env },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'My-CI-runner.chain.pem',
      'My-CI-runner.key',
      'My-CI-runner.pem',
    ]);
  });

  it('never writes over an existing file, and leaves no half set behind', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'deploy.key'), 'keep me\n', { mode: 0o600 });
    const run = await runCli(
      [
        'pki',
        'issue',
        '--ca-cert',
        made.ca,
        '--ca-key',
        made.caKey,
        '--ca-passphrase',
        'env:CA_PASS',
        '--subject',
        'CN=deploy',
        '--out-dir',
        dir,
      ],
      { env },
    );
    expectCliFailure(
      run,
      /pki issue .*deploy\.key: already exists; choose another path or move it away first/,
    );
    expect(readdirSync(dir)).toEqual(['deploy.key']);
    expect(readFileSync(join(dir, 'deploy.key'), 'utf8')).toBe('keep me\n');
  });

  it('never writes through a planted symlink', async () => {
    const dir = fresh();
    const victim = join(made.dir, 'victim.txt');
    writeFileSync(victim, 'victim\n');
    symlinkSync(victim, join(dir, 'ca.key'));
    const run = await runCli(
      ['pki', 'ca', '--subject', 'CN=CA', '--passphrase', 'env:CA_PASS', '--out-dir', dir],
      { env },
    );
    expectCliFailure(run, /ca\.key: already exists/);
    expect(readFileSync(victim, 'utf8')).toBe('victim\n');
    expect(readdirSync(dir)).toEqual(['ca.key']);
  });

  it.each([
    [
      ['pki', 'ca', '--subject', 'CN=CA', '--key-type', 'ed25519', '--unencrypted-key'],
      /--key-type "ed25519" is not a key type this tool makes; choose one of ec-p256, ec-p384, rsa-2048, rsa-3072, rsa-4096/,
    ],
    [
      ['pki', 'ca', '--subject', 'CN=CA', '--key-type', 'rsa-1024', '--unencrypted-key'],
      /--key-type "rsa-1024" is not a key type/,
    ],
    [['pki', 'ca', '--unencrypted-key'], /--subject is required/],
    [
      ['pki', 'ca', '--subject', 'O=No Common Name', '--unencrypted-key'],
      /--subject "O=No Common Name" has no CN/,
    ],
    [
      ['pki', 'ca', '--subject', 'CN=CA', '--days', '0', '--unencrypted-key'],
      /--days must be a whole number of days from 1 to 36500, got "0"/,
    ],
    [['pki', 'crl', '--serial', 'zz'], /--serial "zz" is not a certificate serial/],
    [['pki', 'sign'], /pki: unknown subcommand "sign": expected ca, issue or crl/],
  ])('refuses %j', async (args, expected) => {
    const withDir = args[1] === 'ca' ? [...args, '--out-dir', fresh()] : args;
    expectCliFailure(await runCli(withDir, { env }), expected);
  });
});
