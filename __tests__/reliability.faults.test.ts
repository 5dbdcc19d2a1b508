/**
 * The fault matrix: the emulator (or a pass-through in front of it) misbehaves, and the real
 * bundles, run as child processes, either obtain credentials within the retry budget or fail with
 * one clear line within the deadline. The CLI runs `credential-process --no-cache`; a few rows go
 * through the Action bundle too. Each row has its own emulator, so the rows run concurrently.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorOptions, Fault } from '../src/emulator/index.js';
import { DEFAULT_RETRY_POLICY } from '../src/core/retryPolicy.js';
import {
  createSandbox,
  ensureCliBundle,
  runCli,
  type Sandbox,
  sessionFlags,
} from './helpers/cli.js';
import { readFileCommands, runActionMain } from './helpers/githubRunner.js';
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
import {
  createTlsAuthority,
  expectActionFailure,
  expectCliFailure,
  printFigures,
  runnerIn,
  serverTls,
  startFront,
  type Front,
  type FrontFault,
  type ServerTls,
} from './helpers/reliability.js';

/** The CLI's budget: 12 attempts within 90 s, 10 s per attempt. */
const { deadlineMs: DEADLINE_MS } = DEFAULT_RETRY_POLICY;
/**
 * Rows where every attempt fails cap the attempts, as AWS_MAX_ATTEMPTS does for a user, so they end
 * in seconds; that the default budget ends within its deadline is proven on a virtual clock in
 * emulator.rateLimit.test.ts.
 */
const ATTEMPTS = 5;
const STORM = { AWS_MAX_ATTEMPTS: String(ATTEMPTS) };

let pki: TestPki;
let files: MaterialFiles;
let box: Sandbox;
let tlsDir: string;
let caPath: string;
let tls: { both: ServerTls; dnsOnly: ServerTls; ipOnly: ServerTls; expired: ServerTls };
const open: { close(): Promise<void> }[] = [];
const survived: string[] = [];

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  files = await writeMaterial(pki);
  box = createSandbox();
  const ca = await createTlsAuthority();
  tlsDir = mkdtempSync(join(tmpdir(), 'rac-tls-ca-'));
  caPath = join(tlsDir, 'ca.pem');
  writeFileSync(caPath, ca.certificatePem);
  const [both, dnsOnly, ipOnly, expired] = await Promise.all([
    serverTls(ca, { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] }),
    serverTls(ca, { dnsNames: ['localhost'] }),
    serverTls(ca, { ipAddresses: ['127.0.0.1'] }),
    serverTls(ca, { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'], expired: true }),
  ]);
  tls = { both, dnsOnly, ipOnly, expired };
});

afterAll(async () => {
  await Promise.all(open.map((server) => server.close()));
  box?.cleanup();
  if (tlsDir) rmSync(tlsDir, { recursive: true, force: true });
  if (files) rmSync(files.dir, { recursive: true, force: true });
  printFigures([
    `${survived.length} faults survived`,
    `${survived.filter((row) => row.startsWith('cli')).length} through the CLI`,
    `${survived.filter((row) => row.startsWith('action')).length} through the Action`,
  ]);
});

async function emulator(
  faults: readonly Fault[],
  overrides: Partial<EmulatorOptions> = {},
): Promise<TestEmulator> {
  const em = await startTestEmulator(pki, { faults, log: () => undefined, ...overrides });
  open.push(em);
  return em;
}

async function front(target: TestEmulator, plan: readonly FrontFault[]): Promise<Front> {
  const f = await startFront(target.url, plan);
  open.push(f);
  return f;
}

/** CreateSession requests the emulator saw (faulted ones included). */
const seen = (em: TestEmulator): number => {
  const { accepted, rejected } = em.emulator.stats().createSession;
  return accepted + rejected;
};

interface Timed extends RunResult {
  readonly elapsedMs: number;
}

async function credentialProcess(endpoint: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const run = await runCli(['credential-process', '--no-cache', ...sessionFlags(files, endpoint)], {
    env: { ...box.env, ...env },
    timeoutMs: DEADLINE_MS + 15_000,
  });
  return { ...run, elapsedMs: Date.now() - started };
}

async function action(endpoint: string, inputs: Record<string, string> = {}, env = {}) {
  const started = Date.now();
  const run = await runActionMain(
    {
      certificate: pki.leaf.certificatePem,
      'private-key': pki.leaf.privateKeyPem,
      'certificate-chain': pki.intermediate.certificatePem,
      'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
      'profile-arn': TEST_ARNS.profileArn,
      'role-arn': TEST_ARNS.roleArn,
      endpoint,
      ...inputs,
    },
    { extraEnv: env, files: runnerIn(box.dir) },
  );
  return { ...run, elapsedMs: Date.now() - started };
}

/** Credentials on stdout, as the AWS CLI reads them, and nothing on stderr. */
function expectCredentials(run: Timed, stderr: RegExp | '' = ''): void {
  expect(run.signal).toBeNull();
  expect(run.exitCode, run.stderr).toBe(0);
  if (stderr === '') expect(run.stderr).toBe('');
  else expect(run.stderr).toMatch(stderr);
  const document = JSON.parse(run.stdout) as Record<string, unknown>;
  expect(document['AccessKeyId']).toMatch(/^ASIA/);
  expect(document['Version']).toBe(1);
  expect(run.elapsedMs).toBeLessThan(DEADLINE_MS);
}

interface Row {
  readonly name: string;
  readonly run: () => Promise<void>;
}

const cliRows: Row[] = [
  // The slowest rows first, so that they overlap with all the others.
  {
    name: 'a stalled server: the attempt times out at 10 s, the retry succeeds',
    run: async () => {
      const em = await emulator([{ kind: 'stall', count: 1 }]);
      const run = await credentialProcess(em.url);
      expectCredentials(run);
      expect(run.elapsedMs).toBeGreaterThanOrEqual(DEFAULT_RETRY_POLICY.attemptTimeoutMs - 100);
      expect(seen(em)).toBe(2);
    },
  },
  {
    name: 'three throttles (429 ThrottlingException), then success',
    run: async () => {
      const em = await emulator([{ kind: 'error', status: 429, count: 3 }]);
      expectCredentials(await credentialProcess(em.url));
      expect(seen(em)).toBe(4);
    },
  },
  {
    name: 'two 503 ServiceUnavailable, then success',
    run: async () => {
      const em = await emulator([{ kind: 'error', status: 503, count: 2 }]);
      expectCredentials(await credentialProcess(em.url));
      expect(seen(em)).toBe(3);
    },
  },
  {
    name: 'a 500 storm longer than the retry budget: one line, after exactly AWS_MAX_ATTEMPTS',
    run: async () => {
      const em = await emulator([{ kind: 'error', status: 500 }]);
      const run = await credentialProcess(em.url, STORM);
      expectCliFailure(
        run,
        new RegExp(
          `CreateSession failed: 500 InternalServerException: .* \\(gave up after ${ATTEMPTS} attempts\\)\\.$`,
        ),
      );
      expect(seen(em)).toBe(ATTEMPTS);
      expect(run.elapsedMs).toBeLessThan(DEADLINE_MS);
    },
  },
  {
    name: 'throttled on every attempt: one line naming the throttling',
    run: async () => {
      const em = await emulator([{ kind: 'error', status: 429 }]);
      const run = await credentialProcess(em.url, STORM);
      expectCliFailure(
        run,
        /CreateSession failed: 429 ThrottlingException: Rate exceeded\. .*gave up/,
      );
      expect(seen(em)).toBe(ATTEMPTS);
    },
  },
  {
    name: 'two connection resets, then success',
    run: async () => {
      const em = await emulator([{ kind: 'reset', count: 2 }]);
      expectCredentials(await credentialProcess(em.url));
      expect(seen(em)).toBe(3);
    },
  },
  {
    name: 'every connection reset: one line naming the reset',
    run: async () => {
      const em = await emulator([{ kind: 'reset' }]);
      const run = await credentialProcess(em.url, STORM);
      expectCliFailure(
        run,
        /Request to 127\.0\.0\.1:\d+ failed \((ECONNRESET|socket hang up)\) \(gave up after 5 attempts\)\.$/,
      );
      expect(seen(em)).toBe(ATTEMPTS);
    },
  },
  {
    name: 'a slow trickle (64 bytes every 25 ms) that completes within the attempt timeout',
    run: async () => {
      const em = await emulator([{ kind: 'trickle', chunkBytes: 64, intervalMs: 25 }]);
      const run = await credentialProcess(em.url);
      expectCredentials(run);
      expect(run.elapsedMs).toBeGreaterThan(300);
    },
  },
  {
    name: 'seconds of latency on every answer',
    run: async () => {
      const em = await emulator([{ kind: 'latency', ms: 1500 }]);
      expectCredentials(await credentialProcess(em.url));
    },
  },
  {
    name: 'a 201 with truncated JSON: one line, not retried',
    run: async () => {
      const em = await emulator([{ kind: 'malformed', body: 'truncated-json' }]);
      expectCliFailure(
        await credentialProcess(em.url),
        /CreateSession answered 201 but its body is not JSON \(120 bytes, starting "\{"credentialSet":\[\{"assu"\)/,
      );
      expect(seen(em)).toBe(1);
    },
  },
  {
    name: 'a 201 that is not JSON at all: one line, not retried',
    run: async () => {
      const em = await emulator([{ kind: 'malformed', body: 'non-json' }]);
      expectCliFailure(
        await credentialProcess(em.url),
        /its body is not JSON \(28 bytes, starting "Service temporarily degr"\)/,
      );
      expect(seen(em)).toBe(1);
    },
  },
  {
    name: 'an answer cut off mid-body twice (a dropped connection), then success',
    run: async () => {
      const em = await emulator([]);
      const f = await front(em, ['cut-body', 'cut-body']);
      expectCredentials(await credentialProcess(f.url));
      expect(f.requests()).toBe(3);
      expect(seen(em)).toBe(1);
    },
  },
  {
    name: 'an HTML 502 page from the HTTP_PROXY twice, then the proxy passes the request',
    run: async () => {
      const em = await emulator([]);
      const proxy = await front(em, ['html-502', 'html-502']);
      expectCredentials(await credentialProcess(em.url, { HTTP_PROXY: proxy.url }));
      expect(proxy.requests()).toBe(3);
      expect(seen(em)).toBe(1);
    },
  },
  {
    name: 'an HTML 502 page on every attempt: one line that says it is not AWS speaking',
    run: async () => {
      const em = await emulator([{ kind: 'malformed', body: 'html' }]);
      expectCliFailure(
        await credentialProcess(em.url, STORM),
        /CreateSession failed: 502: a non-AWS answer \(\d+ bytes of HTML, likely from a proxy\)\. .*gave up after 5 attempts\)\.$/,
      );
      expect(seen(em)).toBe(ATTEMPTS);
    },
  },
  {
    name: 'HTTPS from a CA nobody trusts: one line with the CA hint, not retried',
    run: async () => {
      const em = await emulator([], { tls: tls.both });
      expectCliFailure(
        await credentialProcess(em.url),
        /TLS to 127\.0\.0\.1:\d+ failed \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\): the server's certificate is not trusted; .*point AWS_CA_BUNDLE or NODE_EXTRA_CA_CERTS at its CA certificate\.$/,
      );
      expect(seen(em)).toBe(0);
    },
  },
  {
    name: 'HTTPS with AWS_CA_BUNDLE naming the CA',
    run: async () => {
      const em = await emulator([], { tls: tls.both });
      expectCredentials(await credentialProcess(em.url, { AWS_CA_BUNDLE: caPath }));
    },
  },
  {
    name: 'HTTPS with NODE_EXTRA_CA_CERTS naming the CA',
    run: async () => {
      const em = await emulator([], { tls: tls.both });
      expectCredentials(await credentialProcess(em.url, { NODE_EXTRA_CA_CERTS: caPath }));
    },
  },
  {
    name: 'HTTPS with both AWS_CA_BUNDLE and NODE_EXTRA_CA_CERTS (the bundle replaces the store)',
    run: async () => {
      const em = await emulator([], { tls: tls.both });
      const unrelated = join(tlsDir, 'unrelated.pem');
      writeFileSync(unrelated, pki.root.certificatePem);
      expectCredentials(
        await credentialProcess(em.url, { AWS_CA_BUNDLE: unrelated, NODE_EXTRA_CA_CERTS: caPath }),
      );
    },
  },
  {
    name: 'HTTPS to 127.0.0.1 with a certificate for localhost only: the host-name hint',
    run: async () => {
      const em = await emulator([], { tls: tls.dnsOnly });
      expectCliFailure(
        await credentialProcess(em.url, { AWS_CA_BUNDLE: caPath }),
        /TLS to 127\.0\.0\.1:\d+ failed \(ERR_TLS_CERT_ALTNAME_INVALID\): the server's certificate is for another host name; check the endpoint\.$/,
      );
    },
  },
  {
    name: 'HTTPS to localhost with a certificate for 127.0.0.1 only: the host-name hint',
    run: async () => {
      const em = await emulator([], { tls: tls.ipOnly });
      expectCliFailure(
        await credentialProcess(em.url.replace('127.0.0.1', 'localhost'), {
          AWS_CA_BUNDLE: caPath,
        }),
        /TLS to localhost:\d+ failed \(ERR_TLS_CERT_ALTNAME_INVALID\): .*another host name/,
      );
    },
  },
  {
    name: 'HTTPS with an expired server certificate: one line naming the expiry',
    run: async () => {
      const em = await emulator([], { tls: tls.expired });
      expectCliFailure(
        await credentialProcess(em.url, { AWS_CA_BUNDLE: caPath }),
        /TLS to 127\.0\.0\.1:\d+ failed \(CERT_HAS_EXPIRED\)/,
      );
      expect(seen(em)).toBe(0);
    },
  },
  {
    name: 'HTTPS from an untrusted CA with --no-verify-ssl: credentials, and a warning',
    run: async () => {
      const em = await emulator([], { tls: tls.both });
      const started = Date.now();
      const run = await runCli(
        ['credential-process', '--no-cache', '--no-verify-ssl', ...sessionFlags(files, em.url)],
        { env: box.env },
      );
      expectCredentials(
        { ...run, elapsedMs: Date.now() - started },
        /^rolesanywhere-credentials: warning: --no-verify-ssl: the endpoint's TLS certificate is not checked\.\n$/,
      );
    },
  },
];

const actionRows: Row[] = [
  {
    name: 'a stalled server with retry-max-attempts 1: one ::error:: line at the attempt timeout',
    run: async () => {
      const em = await emulator([{ kind: 'stall' }]);
      const run = await action(em.url, { 'retry-max-attempts': '1' });
      expectActionFailure(
        run,
        /^::error::127\.0\.0\.1:\d+ did not answer within 10000 ms \(gave up after 1 attempts?\)\.$/,
      );
      expect(run.elapsedMs).toBeLessThan(DEFAULT_RETRY_POLICY.attemptTimeoutMs + 5000);
    },
  },
  {
    name: 'two throttles, then success, saying how many attempts it took',
    run: async () => {
      const em = await emulator([{ kind: 'error', status: 429, count: 2 }]);
      const run = await action(em.url);
      expect(run.exitCode, run.stdout).toBe(0);
      expect(run.stdout).toMatch(/Obtained credentials for .* after 3 attempts\./);
      expect(readFileCommands(run.files.env).get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
    },
  },
  {
    name: 'a 503 storm with retry-max-attempts 3: one ::error:: line after 3 attempts',
    run: async () => {
      const em = await emulator([{ kind: 'error', status: 503 }]);
      const run = await action(em.url, { 'retry-max-attempts': '3' });
      expectActionFailure(
        run,
        /^::error::CreateSession failed: 503 ServiceUnavailableException: .*\(gave up after 3 attempts\)\.$/,
      );
      expect(seen(em)).toBe(3);
      expect(readFileCommands(run.files.env).has('AWS_SECRET_ACCESS_KEY')).toBe(false);
    },
  },
  {
    name: 'HTTPS from an untrusted CA: one ::error:: line with the CA hint',
    run: async () => {
      const em = await emulator([], { tls: tls.both });
      expectActionFailure(
        await action(em.url),
        /^::error::TLS to 127\.0\.0\.1:\d+ failed \(UNABLE_TO_VERIFY_LEAF_SIGNATURE\): .*AWS_CA_BUNDLE or NODE_EXTRA_CA_CERTS/,
      );
    },
  },
  {
    name: 'HTTPS with AWS_CA_BUNDLE naming the CA',
    run: async () => {
      const em = await emulator([], { tls: tls.both });
      const run = await action(em.url, {}, { AWS_CA_BUNDLE: caPath });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(readFileCommands(run.files.env).get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
    },
  },
  {
    name: 'a 201 with an empty credentialSet: one ::error:: line, nothing exported',
    run: async () => {
      const em = await emulator([{ kind: 'malformed', body: 'empty-credential-set' }]);
      const run = await action(em.url);
      expectActionFailure(run, /^::error::CreateSession answered 201 but credentialSet is empty/);
      expect(readFileCommands(run.files.env).size).toBe(0);
    },
  },
  {
    name: 'an HTML 502 page from the HTTP_PROXY on every attempt, retry-max-attempts 2',
    run: async () => {
      const em = await emulator([]);
      const proxy = await front(em, Array<FrontFault>(10).fill('html-502'));
      const run = await action(em.url, { 'retry-max-attempts': '2' }, { HTTP_PROXY: proxy.url });
      expectActionFailure(
        run,
        /^::error::CreateSession failed: 502: a non-AWS answer \(\d+ bytes of HTML, likely from a proxy\)\. .*\(gave up after 2 attempts\)\.$/,
      );
      expect(proxy.requests()).toBe(2);
      expect(seen(em)).toBe(0);
    },
  },
];

describe('the fault matrix', () => {
  it('has the rows the suite promises', () => {
    expect(cliRows.length + actionRows.length).toBeGreaterThanOrEqual(25);
  });

  it.concurrent.each(actionRows.map((row) => [row.name, row] as const))(
    'the Action: %s',
    async (_name, row) => {
      await row.run();
      survived.push(`action: ${row.name}`);
    },
  );

  it.concurrent.each(cliRows.map((row) => [row.name, row] as const))(
    'credential-process: %s',
    async (_name, row) => {
      await row.run();
      survived.push(`cli: ${row.name}`);
    },
  );
});
