/**
 * A hostile CreateSession server on 127.0.0.1 answers 201 with credentials that cannot be right:
 * expired, about to expire, for another account or role, malformed, or carrying a workflow command.
 * Every front end (the Action bundle, the CLI bundle's credential-process, env, update --once and
 * serve, and the library) refuses them with one clear line and its own code, and prints nothing
 * the server chose as a line of its own.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logLine, summaryCell } from '../src/github/toolkit.js';
import { fromRolesAnywhere, RolesAnywhereError } from '../src/lib/index.js';
import { arnFlags, createSandbox, ensureCliBundle, runCli, type Sandbox } from './helpers/cli.js';
import { readFileCommands, runActionMain } from './helpers/githubRunner.js';
import {
  createTestPki,
  TEST_ARNS,
  writeMaterial,
  type MaterialFiles,
  type TestPki,
} from './helpers/harness.js';
import {
  canaryCredentials,
  CANARY,
  expectActionFailure,
  expectCliFailure,
  printFigures,
} from './helpers/reliability.js';
import { listen, type Listening } from './helpers/servers.js';

const HOUR = 3600_000;
const INJECTION = '\n::warning::pwned by the endpoint\n';

function isoIn(ms: number): string {
  return new Date(Date.now() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

interface Answer {
  readonly arn?: unknown;
  readonly expiration?: unknown;
  readonly roleArn?: unknown;
  readonly accessKeyId?: unknown;
}

function document(answer: Answer): string {
  const credentials = { ...canaryCredentials(), expiration: isoIn(HOUR) };
  return JSON.stringify({
    credentialSet: [
      {
        assumedRoleUser: {
          arn:
            'arn' in answer ? answer.arn : 'arn:aws:sts::111122223333:assumed-role/ci-deployer/x',
          assumedRoleId: 'AROAHOSTILE:x',
        },
        credentials: {
          ...credentials,
          ...('expiration' in answer ? { expiration: answer.expiration } : {}),
          ...('accessKeyId' in answer ? { accessKeyId: answer.accessKeyId } : {}),
        },
        roleArn: 'roleArn' in answer ? answer.roleArn : TEST_ARNS.roleArn,
      },
    ],
  });
}

/** What the hostile server answers, and the code and words the refusal must carry. */
const CASES: readonly (readonly [string, Answer, string, RegExp])[] = [
  [
    'credentials that expired an hour ago',
    { expiration: isoIn(-HOUR) },
    'ERR_RESPONSE_EXPIRED',
    /expired at .* ago/,
  ],
  [
    'credentials that expire within the refresh margin',
    { expiration: isoIn(120_000) },
    'ERR_RESPONSE_EXPIRED',
    /only \d+ s from now/,
  ],
  [
    'credentials for another account',
    { arn: 'arn:aws:sts::999999999999:assumed-role/attacker/x' },
    'ERR_RESPONSE_WRONG_ROLE',
    /for arn:aws:sts::999999999999:assumed-role\/attacker\/x, not for the role asked for/,
  ],
  [
    'credentials for another role of the same account',
    { arn: 'arn:aws:sts::111122223333:assumed-role/admin/x' },
    'ERR_RESPONSE_WRONG_ROLE',
    /not for the role asked for \(arn:aws:iam::111122223333:role\/ci-deployer\)/,
  ],
  [
    'a roleArn for another role',
    { roleArn: 'arn:aws:iam::111122223333:role/admin' },
    'ERR_RESPONSE_WRONG_ROLE',
    /roleArn "arn:aws:iam::111122223333:role\/admin"/,
  ],
  [
    'an ARN that injects a workflow command',
    { arn: `arn:aws:sts::111122223333:assumed-role/ci-deployer/x${INJECTION}` },
    'ERR_RESPONSE_INVALID',
    /assumedRoleUser\.arn holds a control character \(".*\\n::warning::pwned/,
  ],
  [
    'credentials that claim to last until the year 9999',
    { expiration: '9999-12-31T23:59:59Z' },
    'ERR_RESPONSE_TOO_LONG',
    /expire at 9999-12-31T23:59:59Z, \d+ s from now .* longer than the 3600 s asked for/,
  ],
  ['a missing ARN', { arn: undefined }, 'ERR_RESPONSE_INVALID', /assumedRoleUser\.arn is missing/],
  [
    'an ARN that is not an assumed-role ARN',
    { arn: 'arn:aws:iam::111122223333:role/ci-deployer' },
    'ERR_RESPONSE_INVALID',
    /not an assumed-role ARN/,
  ],
  [
    'a missing expiration',
    { expiration: undefined },
    'ERR_RESPONSE_INVALID',
    /credentials\.expiration is missing/,
  ],
  [
    'an expiration that is a Unix time',
    { expiration: '1700000000' },
    'ERR_RESPONSE_INVALID',
    /credentials\.expiration is "1700000000", not an RFC 3339 date-time/,
  ],
  [
    'an access key id with a line break',
    { accessKeyId: 'ASIAHOSTILE\n::warning::x' },
    'ERR_RESPONSE_INVALID',
    /accessKeyId holds a character other than printable ASCII/,
  ],
];

let pki: TestPki;
let files: MaterialFiles;
let box: Sandbox;
let hostile: Listening[] = [];
let refusals = 0;

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  files = await writeMaterial(pki);
  box = createSandbox();
  // One server a case, so the cases can run concurrently.
  hostile = await Promise.all(
    CASES.map(([, chosen]) =>
      listen(
        createServer((req, res) => {
          req.resume();
          req.on('end', () => {
            res.writeHead(201, { 'content-type': 'application/json' }).end(document(chosen));
          });
        }),
      ),
    ),
  );
});

afterAll(async () => {
  await Promise.all(hostile.map((server) => server.close()));
  box?.cleanup();
  if (files) rmSync(files.dir, { recursive: true, force: true });
  printFigures([`${refusals} hostile CreateSession answers refused across 6 front ends`]);
});

function endpointFor(index: number): string {
  return hostile[index]?.url ?? '';
}

function material(): string[] {
  return ['--certificate', files.certificate, '--private-key', files.privateKey];
}

function expectNothingInjected(text: string): void {
  expect(text).not.toMatch(/^::warning::/m);
  expect(text).not.toContain(CANARY.secretAccessKey);
  expect(text).not.toContain(CANARY.sessionToken);
}

describe.each(CASES.map((c, index) => [c[0], index, c[2], c[3]] as const))(
  'a CreateSession answer with %s',
  (_what, index, code, words) => {
    it('fails credential-process with one clear line and writes no credentials', async () => {
      const run = await runCli(
        [
          'credential-process',
          ...material(),
          ...arnFlags(),
          '--endpoint',
          endpointFor(index),
          '--no-cache',
        ],
        { env: box.env },
      );
      expectCliFailure(run, words);
      expectNothingInjected(run.stdout + run.stderr);
      refusals++;
    });

    it('throws the library its own code', async () => {
      const provider = fromRolesAnywhere({
        certificate: pki.leaf.certificatePem,
        privateKey: pki.leaf.privateKeyPem,
        ...TEST_ARNS,
        endpoint: endpointFor(index),
        env: {},
      });
      const error = await provider().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RolesAnywhereError);
      expect((error as RolesAnywhereError).code).toBe(code);
      expect((error as RolesAnywhereError).message).toMatch(words);
      expect((error as RolesAnywhereError).message).not.toMatch(/[\r\n\u2028\u2029]/);
      refusals++;
    });
  },
);

describe.each(
  CASES.filter(([what]) => /expired an hour|another account|injects/.test(what)).map(
    (c) => [c[0], CASES.indexOf(c), c[3]] as const,
  ),
)('the other front ends given %s', (_what, index, words) => {
  it('the Action fails the step with one ::error:: line and exports nothing', async () => {
    const run = await runActionMain({
      certificate: files.certificate,
      'private-key': files.privateKey,
      'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
      'profile-arn': TEST_ARNS.profileArn,
      'role-arn': TEST_ARNS.roleArn,
      endpoint: endpointFor(index),
    });
    expectActionFailure(run, words);
    expectNothingInjected(run.stdout);
    expect(readFileSync(run.files.summary, 'utf8')).toBe('');
    const exported = readFileCommands(run.files.env);
    expect(exported.get('AWS_SECRET_ACCESS_KEY') ?? '').toBe('');
    expect(readFileCommands(run.files.output).size).toBe(0);
    rmSync(run.files.dir, { recursive: true, force: true });
    refusals++;
  });

  it('env fails with one clear line and prints no export', async () => {
    const run = await runCli(
      ['env', ...material(), ...arnFlags(), '--endpoint', endpointFor(index)],
      { env: box.env },
    );
    expectCliFailure(run, words);
    expectNothingInjected(run.stderr);
    refusals++;
  });

  it('update --once fails with one clear line and writes no credentials file', async () => {
    const sandbox = createSandbox();
    try {
      const run = await runCli(
        ['update', '--once', ...material(), ...arnFlags(), '--endpoint', endpointFor(index)],
        { env: sandbox.env },
      );
      expectCliFailure(run, words);
      expectNothingInjected(run.stderr);
      expect(existsSync(join(sandbox.home, '.aws', 'credentials'))).toBe(false);
      refusals++;
    } finally {
      sandbox.cleanup();
    }
  });

  it('serve refuses to start and says why', async () => {
    const run = await runCli(
      ['serve', ...material(), ...arnFlags(), '--endpoint', endpointFor(index)],
      { env: box.env, timeoutMs: 20_000 },
    );
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(words);
    expectNothingInjected(run.stderr);
    refusals++;
  });
});

describe('what the Action prints', () => {
  it('keeps a value with a line break on one log line, so it cannot start a workflow command', () => {
    const line = logLine(`Certificate CN=x${INJECTION}end`);
    expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(line).toBe('Certificate CN=x\\u000a::warning::pwned by the endpoint\\u000aend');
  });

  it('writes a job summary cell as text, not HTML', () => {
    expect(summaryCell('<img src=x onerror=alert(1)>\n')).toBe(
      '&#60;img src=x onerror=alert(1)&#62;\\u000a',
    );
  });
});

describe('a CreateSession error answer with terminal escapes in its type and message', () => {
  it('credential-process prints them escaped, so no ESC or line break reaches the terminal', async () => {
    const server = await listen(
      createServer((req, res) => {
        req.resume();
        req.on('end', () => {
          res.writeHead(403, { 'content-type': 'application/json' }).end(
            JSON.stringify({
              __type: 'AccessDeniedException\u001b[2J',
              message: 'denied\u001b]0;owned\u0007\r\n::warning::pwned\u009b31m',
            }),
          );
        });
      }),
    );
    try {
      const run = await runCli(
        [
          'credential-process',
          ...material(),
          ...arnFlags(),
          '--endpoint',
          server.url,
          '--no-cache',
        ],
        { env: box.env },
      );
      const line = expectCliFailure(
        run,
        /CreateSession failed: 403 AccessDeniedException\\u001b\[2J: denied\\u001b\]0;owned\\u0007 ::warning::pwned\\u009b31m/,
      );
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(run.stderr.replace(/\n$/, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect(line).toContain('AccessDenied');
      refusals += 1;
    } finally {
      await server.close();
    }
  });
});
