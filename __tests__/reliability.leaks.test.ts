/**
 * The leak scan with canaries: a key whose PEM is known, encrypted with a known passphrase, and a
 * stub endpoint that issues known credentials (a secret with `/`, `+` and `=`, a token starting
 * CANARYTOKEN). Every command that handles them runs for real, and everything it printed, wrote
 * or failed with is scanned for any fragment of them: PEM body lines, base64 windows of the key,
 * the passphrases, the secret key and the token (whole and in windows).
 *
 * Only the intended outputs may hold credentials: the credential-process document, the env
 * formats' stdout, the cache entry, the credentials file, GITHUB_ENV. Those are scanned for key
 * material alone. Where masking is the point (--format github, azure), the masks must come first.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arnFlags,
  createSandbox,
  ensureCliBundle,
  runCli,
  startStubEndpoint,
  type Sandbox,
  type StubEndpoint,
} from './helpers/cli.js';
import { readFileCommands, runActionMain, runActionPost } from './helpers/githubRunner.js';
import {
  createTestPki,
  startTestEmulator,
  TEST_ARNS,
  writeMaterial,
  type MaterialFiles,
  type RunResult,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { expectNoLeak, leakAssertions } from './helpers/leaks.js';
import {
  allFragments,
  CANARY,
  canaryCredentials,
  expectMaskedFirst,
  keyFragments,
  listTree,
  newMarker,
  printFigures,
  runnerIn,
  stopMarked,
  withoutMasks,
} from './helpers/reliability.js';
import { listen, type Listening } from './helpers/servers.js';

let pki: TestPki;
let files: MaterialFiles;
let stub: StubEndpoint;
let em: TestEmulator;
let truncated: Listening;
let box: Sandbox;
let encryptedKey: string;
let encryptedKeyPem: string;
/** Key material, passphrases and issued credentials. */
let all: string[];
/** Key material and passphrases only: what even an intended output must not hold. */
let keys: string[];
let scans = 0;

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  files = await writeMaterial(pki);
  box = createSandbox();
  encryptedKeyPem = pki.leaf.privateKey
    .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: CANARY.passphrase })
    .toString();
  encryptedKey = join(files.dir, 'canary.enc.key');
  writeFileSync(encryptedKey, encryptedKeyPem, { mode: 0o600 });
  stub = await startStubEndpoint(canaryCredentials());
  em = await startTestEmulator(pki, { log: () => undefined });
  // A 201 whose body stops half-way through the canary credentials.
  const whole = JSON.stringify({
    credentialSet: [
      {
        credentials: canaryCredentials(),
        assumedRoleUser: { arn: 'arn:aws:sts::111122223333:assumed-role/ci-deployer/x' },
      },
    ],
  });
  truncated = await listen(
    createServer((req, res) => {
      req.resume();
      req.on('end', () =>
        res
          .writeHead(201, { 'content-type': 'application/json' })
          .end(whole.slice(0, Math.floor(whole.length * 0.6))),
      );
    }),
  );
  const pems = [pki.leaf.privateKeyPem, pki.rsaLeaf.privateKeyPem, encryptedKeyPem];
  all = allFragments(pems);
  keys = keyFragments(pems);
});

afterAll(async () => {
  await Promise.all([stub?.close(), em?.close(), truncated?.close()]);
  box?.cleanup();
  if (files) rmSync(files.dir, { recursive: true, force: true });
  printFigures([`${leakAssertions()} leak-scan assertions in ${scans} scans, nothing leaked`]);
});

function scan(texts: Record<string, string>, fragments: readonly string[]): void {
  expectNoLeak(texts, fragments);
  scans += 1;
}

/** The material flags: the canary key encrypted, its passphrase through env:NAME. */
function material(): string[] {
  return [
    '--certificate',
    files.certificate,
    '--private-key',
    encryptedKey,
    '--pkcs8-password',
    'env:RA_CANARY_PASS',
    '--intermediates',
    files.intermediates,
    ...arnFlags(),
  ];
}

function cli(args: readonly string[], env: Record<string, string> = {}, input?: string) {
  return runCli(args, {
    env: { ...box.env, RA_CANARY_PASS: CANARY.passphrase, ...env },
    ...(input === undefined ? {} : { input }),
  });
}

/** Every file under `dir` but the intended ones, by relative path → content. */
function writtenFiles(dir: string, intended: readonly string[] = []): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const entry of listTree(dir)) {
    if (entry.type !== 'file' || intended.includes(entry.path)) continue;
    texts[`file ${entry.path}`] = readFileSync(join(dir, entry.path), 'utf8');
  }
  return texts;
}

const ok = (run: RunResult): void => {
  expect(run.signal).toBeNull();
  expect(run.exitCode, run.stderr).toBe(0);
};

describe.concurrent('the CLI with canary secrets', () => {
  it('credential-process: the document on stdout and the cache entry hold the credentials, nothing else does', async () => {
    const cacheDir = join(box.dir, 'cache-leaks');
    const miss = await cli([
      ...['credential-process', '--cache-dir', cacheDir],
      ...material(),
      '--endpoint',
      stub.url,
    ]);
    const hit = await cli([
      ...['credential-process', '--debug', '--cache-dir', cacheDir],
      ...material(),
      '--endpoint',
      stub.url,
    ]);
    ok(miss);
    ok(hit);
    expect(miss.stdout).toContain(JSON.stringify(CANARY.secretAccessKey));
    expect(hit.stdout).toBe(miss.stdout);
    const entries = readdirSync(cacheDir);
    expect(entries.filter((name) => name.endsWith('.json'))).toHaveLength(1);
    scan({ 'stdout (miss)': miss.stdout, 'stdout (hit)': hit.stdout }, keys);
    scan({ 'stderr (miss)': miss.stderr, 'stderr (hit, --debug)': hit.stderr }, all);
    const entry = entries.find((name) => name.endsWith('.json')) ?? '';
    scan({ 'cache entry': readFileSync(join(cacheDir, entry), 'utf8') }, keys);
    scan(writtenFiles(cacheDir, [entry]), all);
  });

  it('credential-process --no-cache --debug with the key on stdin', async () => {
    const run = await cli(
      [
        'credential-process',
        '--no-cache',
        '--debug',
        ...material().map((arg) => (arg === encryptedKey ? '-' : arg)),
        '--endpoint',
        stub.url,
      ],
      {},
      encryptedKeyPem,
    );
    ok(run);
    expect(run.stderr).toMatch(/Calling CreateSession at /);
    scan({ stdout: run.stdout }, keys);
    scan({ stderr: run.stderr }, all);
  });

  it.each(['sh', 'fish', 'powershell', 'dotenv', 'json'])(
    'env --format %s (and --debug): the credentials on stdout only',
    async (format) => {
      const [plain, debug] = await Promise.all([
        cli(['env', '--format', format, ...material(), '--endpoint', stub.url]),
        cli(['env', '--format', format, '--debug', ...material(), '--endpoint', stub.url]),
      ]);
      for (const run of [plain, debug]) {
        ok(run);
        expect(run.stdout).toContain('CANARY/secret+key=');
        scan({ stdout: run.stdout }, keys);
        scan({ stderr: run.stderr }, all);
      }
    },
  );

  it('env --format github: each secret masked before anything shows it, the values only in GITHUB_ENV', async () => {
    const githubEnv = join(box.dir, 'github-env');
    writeFileSync(githubEnv, '');
    const run = await cli(
      ['env', '--format', 'github', '--debug', ...material(), '--endpoint', stub.url],
      {
        GITHUB_ENV: githubEnv,
        GITHUB_ACTIONS: 'true',
      },
    );
    ok(run);
    expectMaskedFirst(run.stdout, [CANARY.secretAccessKey, CANARY.sessionToken]);
    const exported = readFileCommands(githubEnv);
    expect(exported.get('AWS_SECRET_ACCESS_KEY')).toBe(CANARY.secretAccessKey);
    expect(exported.get('AWS_SESSION_TOKEN')).toBe(CANARY.sessionToken);
    scan({ 'stdout without masks': withoutMasks(run.stdout), stderr: run.stderr }, all);
    scan({ GITHUB_ENV: readFileSync(githubEnv, 'utf8') }, keys);
  });

  it('env --format azure: every line that holds a secret is a secret setvariable', async () => {
    const run = await cli(['env', '--format', 'azure', ...material(), '--endpoint', stub.url], {
      TF_BUILD: 'True',
    });
    ok(run);
    const lines = run.stdout.split('\n');
    for (const value of [CANARY.secretAccessKey, CANARY.sessionToken]) {
      const holding = lines.filter((line) => line.includes(value));
      expect(holding).toHaveLength(1);
      expect(holding[0]).toMatch(/^##vso\[task\.setvariable variable=AWS_[A-Z_]+;issecret=true\]/);
    }
    scan({ stdout: run.stdout }, keys);
    scan({ stderr: run.stderr }, all);
  });

  it('update --once --debug: the credentials in the credentials file only', async () => {
    const credentials = join(box.dir, 'aws', 'credentials');
    const run = await cli(
      ['update', '--once', '--debug', '--profile', 'canary', ...material(), '--endpoint', stub.url],
      { AWS_SHARED_CREDENTIALS_FILE: credentials },
    );
    ok(run);
    const written = readFileSync(credentials, 'utf8');
    expect(written).toContain(`aws_secret_access_key = ${CANARY.secretAccessKey}`);
    scan({ stdout: run.stdout, stderr: run.stderr }, all);
    scan({ 'credentials file': written }, keys);
    scan(writtenFiles(join(box.dir, 'aws'), ['credentials']), all);
  });

  it('doctor --online --debug: explains the session without showing it', async () => {
    const run = await cli([
      'doctor',
      '--online',
      '--debug',
      '--ca',
      files.trustAnchor,
      ...material(),
      '--endpoint',
      stub.url,
    ]);
    expect(run.exitCode, run.stdout).not.toBe(1);
    expect(run.stdout).toMatch(/CreateSession succeeded/);
    scan({ stdout: run.stdout, stderr: run.stderr }, all);
  });

  it('serve --detach: the log, the pid file and stdout hold no secret, the env file only the token', async () => {
    const marker = newMarker();
    try {
      await serveAndScan(
        join(box.dir, 'serve-leaks.pid'),
        join(box.dir, 'serve-leaks.log'),
        join(box.dir, 'serve-leaks.env'),
        marker,
      );
    } finally {
      stopMarked(marker);
    }
  });

  async function serveAndScan(
    pidFile: string,
    logFile: string,
    envFile: string,
    marker: Record<string, string>,
  ): Promise<void> {
    const started = await cli(
      [
        'serve',
        '--detach',
        '--debug',
        '--pid-file',
        pidFile,
        '--log-file',
        logFile,
        '--env-output',
        envFile,
        '--format',
        'dotenv',
        ...material(),
        '--endpoint',
        stub.url,
      ],
      marker,
    );
    ok(started);
    const pidText = readFileSync(pidFile, 'utf8');
    expect(pidText).toMatch(/^\d+\n$/);
    const variables = Object.fromEntries(
      readFileSync(envFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const token = (variables['AWS_CONTAINER_AUTHORIZATION_TOKEN'] ?? '').replace(/^"|"$/g, '');
    const uri = (variables['AWS_CONTAINER_CREDENTIALS_FULL_URI'] ?? '').replace(/^"|"$/g, '');
    expect(token.length).toBeGreaterThan(20);
    // A client gets the canary credentials; the server must not log them while serving.
    const document = await new Promise<string>((resolve, reject) => {
      get(uri, { headers: { authorization: token } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(body));
      }).on('error', reject);
    });
    expect(document).toContain(CANARY.secretAccessKey);
    const stopped = await cli(['serve', 'stop', '--pid-file', pidFile]);
    ok(stopped);
    const withToken = [...all, token];
    scan(
      {
        'serve stdout': started.stdout,
        'serve stderr': started.stderr,
        'stop stdout': stopped.stdout,
        'stop stderr': stopped.stderr,
        'log file': readFileSync(logFile, 'utf8'),
        'pid file': pidText,
      },
      withToken,
    );
    scan({ 'env file': readFileSync(envFile, 'utf8') }, all);
  }

  it.each([
    [
      'a wrong passphrase, --debug',
      () =>
        cli(
          ['credential-process', '--no-cache', '--debug', ...material(), '--endpoint', stub.url],
          {
            RA_CANARY_PASS: CANARY.wrongPassphrase,
          },
        ),
      /--pkcs8-password/,
    ],
    [
      'the canary key with another certificate, --debug',
      () =>
        cli([
          'credential-process',
          '--no-cache',
          '--debug',
          ...material().map((arg) => (arg === files.certificate ? files.rsaCertificate : arg)),
          '--endpoint',
          stub.url,
        ]),
      /The private key does not belong to the certificate/,
    ],
    [
      'a 201 cut off in the middle of the canary credentials, --debug',
      () =>
        cli([
          'credential-process',
          '--no-cache',
          '--debug',
          ...material(),
          '--endpoint',
          truncated.url,
        ]),
      /CreateSession answered 201 but its body is not JSON/,
    ],
    [
      'a 403 from the emulator, --debug',
      () =>
        cli([
          'credential-process',
          '--no-cache',
          '--debug',
          ...material().map((arg) => (arg === TEST_ARNS.roleArn ? `${arg}-not-listed` : arg)),
          '--endpoint',
          em.url,
        ]),
      /CreateSession failed: 403 AccessDeniedException/,
    ],
  ] as const)('a failure: %s', async (_name, run, expected) => {
    const result = await run();
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(expected);
    scan({ stdout: result.stdout, stderr: result.stderr }, all);
  });

  it('the passphrase given literally in argv (--debug): warned about, never echoed', async () => {
    const run = await cli([
      'credential-process',
      '--no-cache',
      '--debug',
      ...material().map((arg) => (arg === 'env:RA_CANARY_PASS' ? CANARY.passphrase : arg)),
      '--endpoint',
      stub.url,
    ]);
    ok(run);
    expect(run.stderr).toMatch(
      /warning: --pkcs8-password with a literal password is visible to other processes/,
    );
    scan({ stdout: run.stdout }, keys);
    scan({ stderr: run.stderr }, all);
  });
});

describe.concurrent('the Action with canary secrets', () => {
  function canaryInputs(overrides: Record<string, string> = {}): Record<string, string> {
    return {
      certificate: pki.leaf.certificatePem,
      'private-key': encryptedKeyPem,
      'private-key-passphrase': CANARY.passphrase,
      'certificate-chain': pki.intermediate.certificatePem,
      'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
      'profile-arn': TEST_ARNS.profileArn,
      'role-arn': TEST_ARNS.roleArn,
      endpoint: stub.url,
      ...overrides,
    };
  }

  it('main (step debug on) and post: masks first, values only in GITHUB_ENV, nothing in logs, state, outputs or summary', async () => {
    const main = await runActionMain(canaryInputs(), {
      files: runnerIn(box.dir),
      extraEnv: { RUNNER_DEBUG: '1' },
    });
    ok(main);
    expectMaskedFirst(main.stdout, [
      CANARY.secretAccessKey,
      CANARY.sessionToken,
      CANARY.passphrase,
    ]);
    const env = readFileCommands(main.files.env);
    expect(env.get('AWS_SECRET_ACCESS_KEY')).toBe(CANARY.secretAccessKey);
    const post = await runActionPost(main.files);
    ok(post);
    const file = (path: string): string => readFileSync(path, 'utf8');
    scan(
      {
        'main stdout without masks': withoutMasks(main.stdout),
        'main stderr': main.stderr,
        'post stdout': post.stdout,
        'post stderr': post.stderr,
        GITHUB_OUTPUT: file(main.files.output),
        GITHUB_STATE: file(main.files.state),
        GITHUB_STEP_SUMMARY: file(main.files.summary),
      },
      all,
    );
    scan({ GITHUB_ENV: file(main.files.env) }, keys);
  });

  it('aws-profile: the credentials file holds them, the state only its path', async () => {
    const runner = runnerIn(box.dir);
    const main = await runActionMain(
      canaryInputs({ 'aws-profile': 'canary', 'output-env-credentials': 'false' }),
      { files: runner },
    );
    ok(main);
    const credentials = readFileSync(join(runner.dir, '.aws', 'credentials'), 'utf8');
    expect(credentials).toContain(CANARY.secretAccessKey);
    scan(
      {
        'stdout without masks': withoutMasks(main.stdout),
        stderr: main.stderr,
        GITHUB_ENV: readFileSync(runner.env, 'utf8'),
        GITHUB_STATE: readFileSync(runner.state, 'utf8'),
      },
      all,
    );
    scan({ 'credentials file': credentials }, keys);
    const post = await runActionPost(runner);
    ok(post);
    scan({ 'post stdout': post.stdout, 'post stderr': post.stderr }, all);
  });

  it('a wrong passphrase: the ::error:: line names the input, not the value', async () => {
    const main = await runActionMain(
      canaryInputs({ 'private-key-passphrase': CANARY.wrongPassphrase }),
      { files: runnerIn(box.dir) },
    );
    expect(main.exitCode).toBe(1);
    expect(main.stdout).toMatch(/^::error::.*private-key-passphrase/m);
    scan({ 'stdout without masks': withoutMasks(main.stdout), stderr: main.stderr }, all);
  });

  it('credential-mode server: the server log, shown by the post step, holds no secret and no token', async () => {
    const runner = runnerIn(box.dir);
    const marker = newMarker();
    const main = await runActionMain(canaryInputs({ 'credential-mode': 'server' }), {
      files: runner,
      extraEnv: marker,
    });
    try {
      ok(main);
      const env = readFileCommands(runner.env);
      const token = env.get('AWS_CONTAINER_AUTHORIZATION_TOKEN') ?? '';
      expect(token.length).toBeGreaterThan(20);
      expectMaskedFirst(main.stdout, [token]);
      const logs = readdirSync(runner.dir).filter((name) => name.endsWith('.log'));
      const logText = logs.map((name) => readFileSync(join(runner.dir, name), 'utf8')).join('\n');
      const post = await runActionPost(runner);
      ok(post);
      expect(post.stdout).toMatch(/Stopped the credential server/);
      scan(
        {
          'main stdout without masks': withoutMasks(main.stdout),
          'main stderr': main.stderr,
          'server log': logText,
          'post stdout': post.stdout,
          'post stderr': post.stderr,
          GITHUB_STATE: readFileSync(runner.state, 'utf8'),
        },
        [...all, token],
      );
      scan({ GITHUB_ENV: readFileSync(runner.env, 'utf8') }, all);
    } finally {
      stopMarked(marker);
    }
  });
});
