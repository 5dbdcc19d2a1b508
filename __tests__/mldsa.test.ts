/**
 * ML-DSA (FIPS 204) end to end. The test runner is Node 20, which has no ML-DSA, so every party
 * that touches an ML-DSA key runs as a child on the Node 24 dev dependency: the PKI builder
 * (helpers/mlDsaPki.mjs, pkijs + node:crypto, apart from the emulator's own PKI code), the
 * emulator, and the CLI, Action and library bundles.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arnFlags, createSandbox, ensureCliBundle, type Sandbox } from './helpers/cli.js';
import { readFileCommands, runActionMain } from './helpers/githubRunner.js';
import {
  NODE24,
  NODE_NPM,
  TEST_ARNS,
  awsGetCallerIdentity,
  runCommand,
  runNode,
  sessionBody,
  type RunResult,
} from './helpers/harness.js';
import { send, signCreateSession } from './helpers/pki.js';
import {
  expectCliFailure,
  startCliInBackground,
  waitFor,
  type Background,
} from './helpers/reliability.js';

const PARAMETER_SETS = ['ml-dsa-44', 'ml-dsa-65', 'ml-dsa-87'] as const;
type ParameterSet = (typeof PARAMETER_SETS)[number];
const PASSPHRASE = 'post-quantum passphrase';
const CLI = resolve('dist/cli/index.js');

interface MlDsaPki {
  readonly dir: string;
  readonly serial: bigint;
  readonly file: (name: string) => string;
}

interface Emulator24 {
  readonly url: string;
  readonly host: string;
  readonly background: Background;
}

const pkis = new Map<ParameterSet, MlDsaPki>();
const emulators = new Map<ParameterSet, Emulator24>();
let box: Sandbox;
const placeholderKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

async function buildPki(parameterSet: ParameterSet): Promise<MlDsaPki> {
  const dir = mkdtempSync(join(tmpdir(), `rac-${parameterSet}-`));
  const run = await runCommand(NODE24, [
    resolve('__tests__/helpers/mlDsaPki.mjs'),
    dir,
    parameterSet,
    PASSPHRASE,
  ]);
  if (run.exitCode !== 0) throw new Error(`mlDsaPki.mjs failed: ${run.stderr}`);
  return { dir, serial: BigInt(run.stdout.trim()), file: (name) => join(dir, name) };
}

async function startEmulator24(pki: MlDsaPki): Promise<Emulator24> {
  const background = startCliInBackground(
    ['emulate', '--ca', pki.file('root.pem'), ...arnFlags()],
    {},
    NODE24,
  );
  await waitFor(
    () => background.output().stdout.includes('\n') || background.child.exitCode !== null,
  );
  const url = background.output().stdout.trim();
  if (!url.startsWith('http://127.0.0.1:')) {
    throw new Error(`the Node 24 emulator did not start: ${background.output().stderr}`);
  }
  return { url, host: new URL(url).host, background };
}

function emulatorFor(parameterSet: ParameterSet): Emulator24 {
  const found = emulators.get(parameterSet);
  if (found === undefined) throw new Error(`no emulator for ${parameterSet}`);
  return found;
}

function pkiFor(parameterSet: ParameterSet): MlDsaPki {
  const found = pkis.get(parameterSet);
  if (found === undefined) throw new Error(`no PKI for ${parameterSet}`);
  return found;
}

function credentialProcess(
  nodeBinary: string,
  material: readonly string[],
  endpoint: string,
  env: Record<string, string> = {},
): Promise<RunResult> {
  return runNode(
    CLI,
    ['credential-process', ...material, ...arnFlags(), '--endpoint', endpoint, '--no-cache'],
    { nodeBinary, env: { ...box.env, ...env } },
  );
}

function parseCredentials(run: RunResult): Record<string, string> {
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  return JSON.parse(run.stdout) as Record<string, string>;
}

beforeAll(async () => {
  ensureCliBundle();
  box = createSandbox();
  for (const parameterSet of PARAMETER_SETS) {
    const pki = await buildPki(parameterSet);
    pkis.set(parameterSet, pki);
    emulators.set(parameterSet, await startEmulator24(pki));
  }
}, 60_000);

afterAll(async () => {
  await Promise.all([...emulators.values()].map((em) => em.background.stop()));
  box.cleanup();
});

describe.each(PARAMETER_SETS)('an %s certificate', (parameterSet) => {
  it('credential-process on Node 24 obtains credentials the real AWS CLI accepts, from a plain PKCS#8 key and an intermediate', async () => {
    const pki = pkiFor(parameterSet);
    const em = emulatorFor(parameterSet);
    const run = await credentialProcess(
      NODE24,
      [
        '--certificate',
        pki.file('leaf.pem'),
        '--private-key',
        pki.file('leaf.key'),
        '--intermediates',
        pki.file('intermediate.pem'),
      ],
      em.url,
    );
    const credentials = parseCredentials(run);
    expect(credentials['AccessKeyId']).toMatch(/^ASIA[A-Z0-9]{16}$/);
    const sts = await awsGetCallerIdentity(em.url, {
      AWS_ACCESS_KEY_ID: credentials['AccessKeyId'] ?? '',
      AWS_SECRET_ACCESS_KEY: credentials['SecretAccessKey'] ?? '',
      AWS_SESSION_TOKEN: credentials['SessionToken'] ?? '',
    });
    expect(sts.exitCode, sts.stderr).toBe(0);
    expect(sts.identity?.Arn).toMatch(/^arn:aws:sts::111122223333:assumed-role\/ci-deployer\//);
    expect(em.background.output().stderr).toContain(`201 CreateSession serial=${pki.serial} `);
  });

  it('credential-process on Node 24 reads the key from encrypted PKCS#8 and from a password-protected PKCS#12 bundle', async () => {
    const pki = pkiFor(parameterSet);
    const em = emulatorFor(parameterSet);
    const encrypted = await credentialProcess(
      NODE24,
      [
        '--certificate',
        pki.file('leaf.pem'),
        '--private-key',
        pki.file('leaf-encrypted.key'),
        '--intermediates',
        pki.file('intermediate.pem'),
        '--pkcs8-password',
        'env:KEY_PASSPHRASE',
      ],
      em.url,
      { KEY_PASSPHRASE: PASSPHRASE },
    );
    expect(parseCredentials(encrypted)['AccessKeyId']).toMatch(/^ASIA/);
    const bundle = await credentialProcess(
      NODE24,
      ['--certificate', pki.file('leaf.p12'), '--pkcs8-password', 'env:KEY_PASSPHRASE'],
      em.url,
      { KEY_PASSPHRASE: PASSPHRASE },
    );
    expect(parseCredentials(bundle)['AccessKeyId']).toMatch(/^ASIA/);
  });

  it('the Action bundle on Node 24 exports credentials', async () => {
    const pki = pkiFor(parameterSet);
    const em = emulatorFor(parameterSet);
    const run = await runActionMain(
      {
        certificate: readFileSync(pki.file('leaf.pem'), 'utf8'),
        'private-key': readFileSync(pki.file('leaf.key'), 'utf8'),
        'certificate-chain': readFileSync(pki.file('intermediate.pem'), 'utf8'),
        'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
        'profile-arn': TEST_ARNS.profileArn,
        'role-arn': TEST_ARNS.roleArn,
        endpoint: em.url,
      },
      { nodeBinary: NODE24 },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(readFileCommands(run.files.env).get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(run.stdout).toContain(`from certificate serial ${pki.serial}.`);
  });

  it('the library bundle on Node 24 gives credentials through fromRolesAnywhere', async () => {
    const pki = pkiFor(parameterSet);
    const em = emulatorFor(parameterSet);
    const script = [
      `const { fromRolesAnywhere } = await import(${JSON.stringify(resolve('dist/lib/index.js'))});`,
      'const provider = fromRolesAnywhere(JSON.parse(process.env.OPTIONS));',
      'const credentials = await provider();',
      'process.stdout.write(credentials.accessKeyId);',
    ].join('\n');
    const options = {
      certificate: readFileSync(pki.file('leaf.pem'), 'utf8'),
      privateKey: readFileSync(pki.file('leaf-encrypted.key'), 'utf8'),
      passphrase: PASSPHRASE,
      intermediates: readFileSync(pki.file('intermediate.pem'), 'utf8'),
      ...TEST_ARNS,
      endpoint: em.url,
      env: {},
    };
    const run = await runCommand(NODE24, ['--input-type=module', '-e', script], {
      env: { OPTIONS: JSON.stringify(options) },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^ASIA[A-Z0-9]{16}$/);
  });

  it(`credential-process on Node 20 says in one line that ${parameterSet.toUpperCase()} needs Node 24, for a plain, an encrypted and a PKCS#12 key`, async () => {
    const pki = pkiFor(parameterSet);
    const name = parameterSet.toUpperCase();
    const forms: Array<[readonly string[], string]> = [
      [
        ['--certificate', pki.file('leaf.pem'), '--private-key', pki.file('leaf.key')],
        '--private-key',
      ],
      [
        [
          '--certificate',
          pki.file('leaf.pem'),
          '--private-key',
          pki.file('leaf-encrypted.key'),
          '--pkcs8-password',
          'env:KEY_PASSPHRASE',
        ],
        '--private-key',
      ],
      [
        ['--certificate', pki.file('leaf.p12'), '--pkcs8-password', 'env:KEY_PASSPHRASE'],
        '--certificate',
      ],
    ];
    for (const [material, input] of forms) {
      const run = await credentialProcess(NODE_NPM, material, 'http://127.0.0.1:9', {
        KEY_PASSPHRASE: PASSPHRASE,
      });
      expectCliFailure(
        run,
        new RegExp(`${input} holds an ${name} key, which needs Node\\.js 24 or later`),
      );
    }
  });
});

describe('the emulator judging ML-DSA signatures', () => {
  /** Signs the request as protocol.md says, with the signature made by Node 24's sign-string. */
  async function request(
    parameterSet: ParameterSet,
    sign: { key: string; message: (stringToSign: string) => Buffer },
  ) {
    const pki = pkiFor(parameterSet);
    const em = emulatorFor(parameterSet);
    const date = new Date();
    const leaf = {
      certificateDer: Buffer.from(
        readFileSync(pki.file('leaf.pem'), 'utf8').replace(/-----[^-]+-----|\s/g, ''),
        'base64',
      ),
      // Only for the test signer's RSA/EC path, which the signature callback replaces.
      privateKey: placeholderKey,
      serial: pki.serial,
    };
    const intermediate = {
      certificateDer: Buffer.from(
        readFileSync(pki.file('intermediate.pem'), 'utf8').replace(/-----[^-]+-----|\s/g, ''),
        'base64',
      ),
    };
    const common = {
      leaf,
      intermediates: [intermediate],
      body: sessionBody(),
      host: em.host,
      date,
      algorithm: 'AWS4-X509-MLDSA',
    };
    let stringToSign = '';
    signCreateSession({ ...common, signature: (text) => ((stringToSign = text), '00') });
    const signed = await runNode(
      CLI,
      ['sign-string', '--private-key', sign.key, '--format', 'text'],
      {
        nodeBinary: NODE24,
        input: sign.message(stringToSign),
        env: box.env,
      },
    );
    expect(signed.exitCode, signed.stderr).toBe(0);
    const answer = await send(
      em.url,
      signCreateSession({ ...common, signature: () => signed.stdout }),
    );
    return { answer, log: () => em.background.output().stderr };
  }

  const pure = (stringToSign: string) => Buffer.from(stringToSign, 'utf8');

  it('accepts pure ML-DSA over the string to sign (the control for the refusals below)', async () => {
    const { answer } = await request('ml-dsa-65', {
      key: pkiFor('ml-dsa-65').file('leaf.key'),
      message: pure,
    });
    expect(answer.status, answer.body).toBe(201);
  });

  it('refuses a signature made by the key of another parameter set with Invalid signature', async () => {
    const { answer, log } = await request('ml-dsa-65', {
      key: pkiFor('ml-dsa-65').file('other.key'),
      message: pure,
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('Invalid signature');
    expect(log()).toMatch(/ML-DSA-65 signature must be 3309 bytes, got 2420/);
  });

  it('refuses an ML-DSA signature over the SHA-256 digest of the string to sign', async () => {
    const { answer, log } = await request('ml-dsa-44', {
      key: pkiFor('ml-dsa-44').file('leaf.key'),
      message: (stringToSign) => createHash('sha256').update(stringToSign).digest(),
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain('Invalid signature');
    expect(log()).toMatch(/string to sign does not match the ML-DSA signature/);
  });
});

describe('emulate --generate --key-type', () => {
  it('makes an ML-DSA-65 CA and leaf on Node 24 that credential-process signs with', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rac-pq-generate-')), 'emulator');
    const em = startCliInBackground(
      ['emulate', '--generate', dir, '--key-type', 'ml-dsa-65'],
      box.env,
      NODE24,
    );
    try {
      await waitFor(() => existsSync(join(dir, 'emulator.env')) || em.child.exitCode !== null);
      const settings = new Map(
        readFileSync(join(dir, 'emulator.env'), 'utf8')
          .trim()
          .split('\n')
          .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
      );
      const run = await runNode(
        CLI,
        [
          'doctor',
          '--certificate',
          settings.get('certificate') ?? '',
          '--private-key',
          settings.get('private-key') ?? '',
          '--trust-anchor-arn',
          settings.get('trust-anchor-arn') ?? '',
          '--profile-arn',
          settings.get('profile-arn') ?? '',
          '--role-arn',
          settings.get('role-arn') ?? '',
          '--endpoint',
          settings.get('endpoint') ?? '',
          '--online',
        ],
        { nodeBinary: NODE24, env: box.env },
      );
      expect(run.stdout).toMatch(/PASS +private key +PKCS#8 in PEM, ML-DSA-65/);
      expect(run.stdout).toMatch(/PASS +signature hash +signed with ML-DSA-65/);
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    } finally {
      await em.stop();
    }
    expect(em.output().stderr).toMatch(/201 CreateSession/);
  });

  it('on Node 20 refuses ml-dsa-65 in one line that names Node 24, and an unknown type by listing the known ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rac-pq-refused-'));
    const old = await runNode(
      CLI,
      ['emulate', '--generate', join(dir, 'a'), '--key-type', 'ml-dsa-65'],
      {
        nodeBinary: NODE_NPM,
        env: box.env,
      },
    );
    expectCliFailure(old, /--key-type ml-dsa-65 needs Node\.js 24 or later/);
    expect(existsSync(join(dir, 'a', 'private-key.pem'))).toBe(false);
    const unknown = await runNode(
      CLI,
      ['emulate', '--generate', join(dir, 'b'), '--key-type', 'ed25519'],
      {
        nodeBinary: NODE24,
        env: box.env,
      },
    );
    expectCliFailure(
      unknown,
      /--key-type must be one of rsa, ec-p256, ec-p384, ml-dsa-44, ml-dsa-65, ml-dsa-87/,
    );
  });
});

describe('doctor on Node 20 with an ML-DSA certificate', () => {
  it('names the parameter set and says it needs Node 24, without a stack trace', async () => {
    const pki = pkiFor('ml-dsa-87');
    const run = await runNode(
      CLI,
      [
        'doctor',
        '--certificate',
        pki.file('leaf.pem'),
        '--private-key',
        pki.file('leaf.key'),
        ...arnFlags(),
      ],
      { nodeBinary: NODE_NPM, env: box.env },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/PASS +certificate .*\(ML-DSA-87\)/);
    expect(run.stdout).toMatch(
      /FAIL +key type +ML-DSA-87 needs Node\.js 24 or later; this is Node\.js 20\./,
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });
});
