/**
 * The credential server against the real emulator on 127.0.0.1: the AWS CLI as a client of both
 * protocols, refusals, refresh across 15-minute sessions on an accelerated clock, a load test and
 * an outage of the endpoint.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMaterial } from '../src/core/material/index.js';
import { resolveSessionSettings, type SessionSettings } from '../src/core/settings.js';
import { CLI_NAMES } from '../src/cli/names.js';
import { createEnvironmentSender, realSleep } from '../src/http/index.js';
import { serveCommand } from '../src/cli/commands/serve.js';
import { ImdsSessionTokens } from '../src/serve/imdsEndpoint.js';
import type { CliIo } from '../src/cli/io.js';
import {
  CredentialServer,
  DEFAULT_REFRESH_POLICY,
  realTimer,
  refreshDueAt,
  retryDelayMs,
  type ServeDeps,
  type Timer,
} from '../src/serve/index.js';
import {
  awsGetCallerIdentity,
  createTestPki,
  runCommand,
  startTestEmulator,
  TEST_ARNS,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { send as sendSigned, signSts } from './helpers/pki.js';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function httpCall(
  url: string,
  options: { method?: string; headers?: Record<string, string>; agent?: Agent } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: options.agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface ContainerDocument {
  readonly AccessKeyId: string;
  readonly SecretAccessKey: string;
  readonly Token: string;
  readonly Expiration: string;
  readonly AccountId?: string;
}

/** Virtual time running `factor` times faster than the wall clock, with timers to match. */
function acceleratedClock(factor: number): Pick<ServeDeps, 'now' | 'sleep' | 'setTimer'> {
  const startVirtual = Date.now();
  const startReal = performance.now();
  return {
    now: () => new Date(startVirtual + (performance.now() - startReal) * factor),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / factor)),
    setTimer: (callback, ms): Timer => {
      const handle = setTimeout(callback, ms / factor);
      return { cancel: () => clearTimeout(handle) };
    },
  };
}

let pki: TestPki;
let em: TestEmulator;
let scratch: string;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  scratch = await mkdtemp(join(tmpdir(), 'rac-serve-'));
});

afterAll(async () => {
  await em.close();
  await rm(scratch, { recursive: true, force: true });
});

function settingsFor(durationSeconds = 3600): SessionSettings {
  return resolveSessionSettings(
    {
      material: {
        certificate: pki.leaf.certificatePem,
        privateKey: pki.leaf.privateKeyPem,
        intermediates: pki.intermediate.certificatePem,
      },
      ...TEST_ARNS,
      endpoint: { url: em.url, source: '--endpoint' },
      durationSeconds,
    },
    CLI_NAMES,
  );
}

interface Started {
  readonly server: CredentialServer;
  readonly logs: string[];
  readonly url: string;
  readonly token: string;
  readonly imdsUrl: string | undefined;
}

async function startServer(
  options: {
    imds?: boolean;
    durationSeconds?: number;
    clock?: Pick<ServeDeps, 'now' | 'sleep' | 'setTimer'>;
  } = {},
): Promise<Started> {
  const settings = settingsFor(options.durationSeconds);
  const clock = options.clock ?? { now: () => new Date(), sleep: realSleep, setTimer: realTimer };
  const material = await loadMaterial(settings.material, {
    now: clock.now(),
    names: settings.names,
  });
  const logs: string[] = [];
  const server = new CredentialServer(
    settings,
    material,
    { port: 0, imds: options.imds === true ? { port: 0, hopLimit: 64 } : undefined },
    {
      send: createEnvironmentSender({ attemptTimeoutMs: 5_000, env: {} }),
      ...clock,
      log: (line) => logs.push(line),
    },
  );
  const endpoints = await server.start();
  return {
    server,
    logs,
    url: endpoints.containerUrl,
    token: endpoints.authorizationToken,
    imdsUrl: endpoints.imdsUrl,
  };
}

/** A private, empty AWS CLI world: only the variables given, empty config and credentials files. */
function awsCli(variables: Record<string, string>): ReturnType<typeof awsGetCallerIdentity> {
  return awsGetCallerIdentity(em.url, variables);
}

describe('the refresh schedule', () => {
  const at = (iso: string): Date => new Date(iso);

  it('refreshes an hour-long session 15 minutes before expiry and a 15-minute one at half-life', () => {
    expect(
      new Date(
        refreshDueAt(
          at('2026-01-01T00:00:00Z'),
          at('2026-01-01T01:00:00Z'),
          DEFAULT_REFRESH_POLICY,
        ),
      ).toISOString(),
    ).toBe('2026-01-01T00:45:00.000Z');
    expect(
      new Date(
        refreshDueAt(
          at('2026-01-01T00:00:00Z'),
          at('2026-01-01T00:15:00Z'),
          DEFAULT_REFRESH_POLICY,
        ),
      ).toISOString(),
    ).toBe('2026-01-01T00:07:30.000Z');
  });

  it('backs off exponentially with jitter, never immediately and never beyond the cap', () => {
    expect(retryDelayMs(1, DEFAULT_REFRESH_POLICY, () => 0)).toBe(500);
    expect(retryDelayMs(1, DEFAULT_REFRESH_POLICY, () => 1)).toBe(1_000);
    expect(retryDelayMs(4, DEFAULT_REFRESH_POLICY, () => 1)).toBe(8_000);
    expect(retryDelayMs(30, DEFAULT_REFRESH_POLICY, () => 1)).toBe(60_000);
  });
});

describe('IMDSv2 session tokens', () => {
  it('expire after their TTL and are bounded in number, the oldest going first', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const tokens = new ImdsSessionTokens(() => new Date(now), 3);
    const first = tokens.issue(60);
    expect(tokens.isValid(first)).toBe(true);
    now += 60_000;
    expect(tokens.isValid(first)).toBe(false);
    const kept = [tokens.issue(600), tokens.issue(600), tokens.issue(600)];
    const fourth = tokens.issue(600);
    expect(tokens.isValid(kept[0] ?? '')).toBe(false);
    expect([...kept.slice(1), fourth].every((t) => tokens.isValid(t))).toBe(true);
    expect(tokens.isValid('')).toBe(false);
  });
});

describe('the serve command', () => {
  function fakeIo(env: Record<string, string> = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      env,
      stdout: (chunk) => out.push(String(chunk)),
      stderr: (line) => err.push(line),
      stdoutIsTty: false,
      readStdin: () => Promise.resolve(Buffer.alloc(0)),
      now: () => new Date(),
      sleep: realSleep,
      sleepUntilStopped: () => Promise.resolve('stopped'),
      homeDir: () => scratch,
      secrets: new Set(),
    };
    return { io, out, err };
  }
  const run = (argv: string[], env?: Record<string, string>) =>
    serveCommand.execute(argv, fakeIo(env).io);

  it('checks its own flags, each with one line naming the flag, before reading any material', async () => {
    await expect(run(['--detach', '--certificate', '/nonexistent'])).rejects.toThrow(
      /--detach needs --pid-file/,
    );
    await expect(run(['--port', '70000'])).rejects.toThrow(
      /--port must be a port number from 0 to 65535, got "70000"/,
    );
    await expect(run(['--imds-port', '9000'])).rejects.toThrow(
      /--imds-port and --hop-limit only apply with --imds/,
    );
    await expect(run(['--imds', '--hop-limit', '0'])).rejects.toThrow(
      /--hop-limit must be a whole number from 1 to 255/,
    );
    await expect(run(['--format', 'cmd'])).rejects.toThrow(
      /--format must be one of sh, fish, powershell, dotenv, json, github, azure/,
    );
    await expect(run(['--format', 'github'])).rejects.toThrow(/--format github needs GITHUB_ENV/);
    await expect(run(['--log-file', 'x.log'])).rejects.toThrow(/--log-file applies with --detach/);
    await expect(run(['stop'])).rejects.toThrow(/serve stop: --pid-file is required/);
    await expect(run(['stop', '--pid-file', join(scratch, 'none.pid')])).rejects.toThrow(
      /there is no pid file at/,
    );
  });

  it('serves in the foreground, prints the lines in the chosen format with the token registered as a secret, and stops on a signal', async () => {
    const { io, out, err } = fakeIo({
      C: pki.leaf.certificatePem,
      K: pki.leaf.privateKeyPem,
      I: pki.intermediate.certificatePem,
    });
    const flags = [
      '--certificate',
      'env:C',
      '--private-key',
      'env:K',
      '--intermediates',
      'env:I',
      '--trust-anchor-arn',
      TEST_ARNS.trustAnchorArn,
      '--profile-arn',
      TEST_ARNS.profileArn,
      '--role-arn',
      TEST_ARNS.roleArn,
      '--endpoint',
      em.url,
      '--format',
      'powershell',
    ];
    expect(await serveCommand.execute(flags, io)).toBe(0);
    const text = out.join('');
    expect(text).toMatch(
      /^\$env:AWS_CONTAINER_CREDENTIALS_FULL_URI = 'http:\/\/127\.0\.0\.1:\d+\/v1\/credentials\/[\w-]+'\n\$env:AWS_CONTAINER_AUTHORIZATION_TOKEN = '[\w-]{43}'\n$/,
    );
    const token = /AUTHORIZATION_TOKEN = '([\w-]+)'/.exec(text)?.[1] ?? '';
    expect(io.secrets.has(token)).toBe(true);
    expect(err.join('\n')).not.toContain(token);
    expect(err.at(-1)).toMatch(/Stopped after serving 0 credential requests and 0 refreshes\.$/);
  });
});

describe('the AWS CLI as a client', () => {
  it('runs sts get-caller-identity with only the container provider variables set', async () => {
    const s = await startServer();
    try {
      const run = await awsCli({
        AWS_CONTAINER_CREDENTIALS_FULL_URI: s.url,
        AWS_CONTAINER_AUTHORIZATION_TOKEN: s.token,
        AWS_EC2_METADATA_DISABLED: 'true',
      });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        Account: '111122223333',
        Arn: expect.stringContaining('assumed-role/ci-deployer/') as unknown,
      });
      expect(s.server.stats().container.served).toBeGreaterThanOrEqual(1);
      expect(s.logs.join('\n')).not.toContain(s.token);
    } finally {
      await s.server.stop();
    }
  });

  it('runs sts get-caller-identity with only AWS_EC2_METADATA_SERVICE_ENDPOINT set (IMDSv2)', async () => {
    const s = await startServer({ imds: true });
    try {
      expect(s.imdsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const run = await awsCli({ AWS_EC2_METADATA_SERVICE_ENDPOINT: s.imdsUrl ?? '' });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ Account: '111122223333' });
      expect(s.server.stats().imds.served).toBeGreaterThanOrEqual(1);
      expect(s.server.stats().container.served).toBe(0);
    } finally {
      await s.server.stop();
    }
  });
});

describe('refusals', () => {
  let s: Started;
  beforeAll(async () => {
    s = await startServer({ imds: true });
  });
  afterAll(async () => {
    await s.server.stop();
  });

  it('answers the container document with the token, in the shape botocore reads', async () => {
    const answer = await httpCall(s.url, { headers: { Authorization: s.token } });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    const doc = JSON.parse(answer.body) as ContainerDocument;
    expect(Object.keys(doc)).toEqual([
      'AccessKeyId',
      'SecretAccessKey',
      'Token',
      'Expiration',
      'AccountId',
    ]);
    expect(doc.Expiration).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(doc.AccountId).toBe('111122223333');
  });

  it('refuses a request without the token with 401 and one with a wrong token with 403, saying nothing more', async () => {
    const missing = await httpCall(s.url);
    expect(missing.status).toBe(401);
    // One character off, whatever the last character is.
    const last = s.token.endsWith('A') ? 'B' : 'A';
    const wrong = await httpCall(s.url, {
      headers: { Authorization: `${s.token.slice(0, -1)}${last}` },
    });
    expect(wrong.status).toBe(403);
    const otherPath = await httpCall(new URL('/v1/credentials/guess', s.url).href, {
      headers: { Authorization: 'nope' },
    });
    expect(otherPath.status).toBe(403);
    for (const answer of [missing, wrong, otherPath]) {
      expect(answer.body).not.toMatch(/AccessKeyId|ASIA|credentials\//);
      expect(JSON.parse(answer.body)).toHaveProperty('code');
    }
  });

  it('refuses a Host that is not loopback (a DNS-rebinding page) even with the token', async () => {
    const answer = await httpCall(s.url, {
      headers: { Authorization: s.token, Host: 'evil.example:80' },
    });
    expect(answer.status).toBe(403);
  });

  it('refuses IMDS without a session token, with an unknown one, and anything carrying X-Forwarded-For', async () => {
    const base = s.imdsUrl ?? '';
    const listing = new URL('latest/meta-data/iam/security-credentials/', base).href;
    expect((await httpCall(listing)).status).toBe(401);
    expect(
      (await httpCall(listing, { headers: { 'X-aws-ec2-metadata-token': 'made-up' } })).status,
    ).toBe(401);
    const tokenUrl = new URL('latest/api/token', base).href;
    const forwarded = await httpCall(tokenUrl, {
      method: 'PUT',
      headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '60', 'X-Forwarded-For': '203.0.113.9' },
    });
    expect(forwarded.status).toBe(403);
    expect((await httpCall(tokenUrl, { method: 'PUT' })).status).toBe(400);
    expect(
      (
        await httpCall(tokenUrl, {
          method: 'PUT',
          headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21601' },
        })
      ).status,
    ).toBe(400);
  });

  it('walks IMDSv2 as the SDKs do: token, role name, then the credentials document', async () => {
    const base = s.imdsUrl ?? '';
    const put = await httpCall(new URL('latest/api/token', base).href, {
      method: 'PUT',
      headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' },
    });
    expect(put.status).toBe(200);
    expect(put.headers['x-aws-ec2-metadata-token-ttl-seconds']).toBe('21600');
    const headers = { 'X-aws-ec2-metadata-token': put.body };
    const role = await httpCall(new URL('latest/meta-data/iam/security-credentials/', base).href, {
      headers,
    });
    expect(role.body).toBe('ci-deployer');
    const doc = await httpCall(
      new URL(`latest/meta-data/iam/security-credentials/${role.body}`, base).href,
      { headers },
    );
    expect(doc.status).toBe(200);
    const parsed = JSON.parse(doc.body) as Record<string, string>;
    expect(Object.keys(parsed)).toEqual([
      'Code',
      'LastUpdated',
      'Type',
      'AccessKeyId',
      'SecretAccessKey',
      'Token',
      'Expiration',
    ]);
    expect(parsed).toMatchObject({ Code: 'Success', Type: 'AWS-HMAC' });
    expect(
      (
        await httpCall(new URL('latest/meta-data/iam/security-credentials/other-role', base).href, {
          headers,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await httpCall(
          new URL('latest/meta-data/iam/security-credentials/ci-deployer', base).href,
          { headers: { ...headers, 'X-Forwarded-For': '10.0.0.1' } },
        )
      ).status,
    ).toBe(403);
  });

  it('never writes the token, a secret key or a session token into its log', async () => {
    const answer = await httpCall(s.url, { headers: { Authorization: s.token } });
    const doc = JSON.parse(answer.body) as ContainerDocument;
    const log = s.logs.join('\n');
    expect(s.logs.length).toBeGreaterThan(0);
    for (const secret of [s.token, doc.SecretAccessKey, doc.Token, doc.AccessKeyId])
      expect(log).not.toContain(secret);
  });
});

describe('refresh on an accelerated clock (15-minute sessions, 600x)', () => {
  it('refreshes before expiry three times while clients keep working, never serving an expired credential', async () => {
    em.emulator.setMaxDurationSeconds(900);
    const clock = acceleratedClock(600);
    em.emulator.setClock(clock.now);
    const before = em.emulator.stats().createSession;
    const s = await startServer({ durationSeconds: 900, clock });
    const keys = new Set<string>();
    let served = 0;
    let stsChecks = 0;
    const client = async (): Promise<void> => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      // Until clients have seen the fourth set (three refreshes), not merely until the third
      // refresh lands: a client may not have asked for it yet. Bounded by the refresh count.
      while (keys.size < 4 && s.server.stats().refreshes < 10) {
        const answer = await httpCall(s.url, { headers: { Authorization: s.token }, agent });
        const receivedAt = clock.now();
        expect(answer.status).toBe(200);
        const doc = JSON.parse(answer.body) as ContainerDocument;
        // Asserted at every request: what was served is still valid when it arrives.
        expect(Date.parse(doc.Expiration)).toBeGreaterThan(receivedAt.getTime());
        served += 1;
        if (!keys.has(doc.AccessKeyId)) {
          keys.add(doc.AccessKeyId);
          // Each new set works at the service, signed at the same virtual time.
          const sts = await sendSigned(
            em.url,
            signSts({
              host: em.host,
              date: clock.now(),
              accessKeyId: doc.AccessKeyId,
              secretAccessKey: doc.SecretAccessKey,
              sessionToken: doc.Token,
            }),
          );
          expect(sts.status).toBe(200);
          stsChecks += 1;
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      agent.destroy();
    };
    try {
      await Promise.all(Array.from({ length: 5 }, () => client()));
    } finally {
      await s.server.stop();
      em.emulator.setClock(() => new Date());
      em.emulator.setMaxDurationSeconds(43_200);
    }
    const stats = s.server.stats();
    const after = em.emulator.stats().createSession;
    expect(stats.refreshes).toBeGreaterThanOrEqual(3);
    expect(stats.failedRefreshes).toBe(0);
    expect(keys.size).toBeGreaterThanOrEqual(4);
    expect(stsChecks).toBe(keys.size);
    expect(after.accepted - before.accepted).toBe(1 + stats.refreshes);
    expect(after.rejected - before.rejected).toBe(0);
    expect(s.logs.filter((l) => l.startsWith('Refreshed credentials')).length).toBe(
      stats.refreshes,
    );
    console.log(
      `accelerated refresh: ${served} requests, ${keys.size} credential sets, ${stats.refreshes} refreshes`,
    );
  });
});

/**
 * The load generator runs in its own process so that it does not share the server's event loop:
 * 50 clients, each with one keep-alive connection, 20 requests each after one warm-up request.
 */
const LOAD_CLIENT = `
import { Agent, request } from 'node:http';
const { URL: url, TOKEN: token } = process.env;
const call = (agent) => new Promise((resolve, reject) => {
  const req = request(url, { headers: { Authorization: token }, agent }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
  });
  req.on('error', reject);
  req.end();
});
const latencies = [];
let bad = 0;
const clients = Array.from({ length: 50 }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
await Promise.all(clients.map((agent) => call(agent)));
const started = performance.now();
await Promise.all(clients.map(async (agent) => {
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const answer = await call(agent);
    latencies.push(performance.now() - t0);
    if (answer.status !== 200 || !(Date.parse(JSON.parse(answer.body).Expiration) > Date.now())) bad += 1;
  }
}));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.ceil(latencies.length * p) - 1];
console.log(JSON.stringify({ count: latencies.length, bad, seconds, p50: pct(0.5), p99: pct(0.99), max: latencies.at(-1) }));
for (const agent of clients) agent.destroy();
`;

describe('load', () => {
  it('answers 1,000 requests from 50 concurrent clients, with no CreateSession of their own', async () => {
    const s = await startServer();
    const before = em.emulator.stats().createSession.accepted;
    let result: {
      count: number;
      bad: number;
      seconds: number;
      p50: number;
      p99: number;
      max: number;
    };
    try {
      const run = await runCommand(process.execPath, ['--input-type=module', '-e', LOAD_CLIENT], {
        env: { URL: s.url, TOKEN: s.token },
        timeoutMs: 30_000,
      });
      expect(run.stderr).toBe('');
      result = JSON.parse(run.stdout) as typeof result;
    } finally {
      await s.server.stop();
    }
    expect(result.count).toBe(1000);
    expect(result.bad).toBe(0);
    // 50 warm-up requests and the 1,000 measured ones, every one answered from memory.
    expect(s.server.stats().container.served).toBe(1050);
    expect(em.emulator.stats().createSession.accepted - before).toBe(0);
    expect(s.server.stats().refreshes).toBe(0);
    console.log(
      `load: 1000 requests from 50 concurrent clients in ${result.seconds.toFixed(3)} s = ${Math.round(1000 / result.seconds)} requests/s; latency p50 ${result.p50.toFixed(2)} ms, p99 ${result.p99.toFixed(2)} ms, max ${result.max.toFixed(2)} ms; 1 CreateSession in all`,
    );
  });
});

describe('an outage of the endpoint (accelerated clock, 15-minute sessions)', () => {
  it('keeps serving the valid credentials, answers 503 once they expire, logs each failed attempt once and recovers', async () => {
    em.emulator.setMaxDurationSeconds(900);
    const clock = acceleratedClock(600);
    em.emulator.setClock(clock.now);
    const s = await startServer({ durationSeconds: 900, clock });
    const before = em.emulator.stats().createSession;
    const startedAt = clock.now().getTime();
    em.emulator.setFaults([{ kind: 'error', status: 500 }]);
    const first = JSON.parse(
      (await httpCall(s.url, { headers: { Authorization: s.token } })).body,
    ) as ContainerDocument;
    const seen = { valid: 0, unavailable: 0, afterRecovery: 0 };
    let recoveredAt: number | undefined;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (;;) {
        const elapsed = (clock.now().getTime() - startedAt) / 1000;
        if (recoveredAt === undefined && elapsed > 1000) {
          em.emulator.setFaults([]);
          recoveredAt = clock.now().getTime();
        }
        const answer = await httpCall(s.url, { headers: { Authorization: s.token }, agent });
        const receivedAt = clock.now().getTime();
        if (answer.status === 200) {
          const doc = JSON.parse(answer.body) as ContainerDocument;
          expect(Date.parse(doc.Expiration)).toBeGreaterThan(receivedAt);
          if (doc.AccessKeyId === first.AccessKeyId) seen.valid += 1;
          else {
            expect(recoveredAt).toBeDefined();
            seen.afterRecovery += 1;
            if (seen.afterRecovery >= 20) break;
          }
        } else {
          expect(answer.status).toBe(503);
          expect(JSON.parse(answer.body)).toMatchObject({ code: 'CredentialsUnavailable' });
          expect(answer.body).not.toContain(s.token);
          // Only once the first credentials could no longer be handed out.
          expect(receivedAt).toBeGreaterThan(
            Date.parse(first.Expiration) - DEFAULT_REFRESH_POLICY.minValidityMs - 5_000,
          );
          seen.unavailable += 1;
        }
        if (elapsed > 3000) throw new Error('no recovery within 3000 virtual seconds');
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    } finally {
      agent.destroy();
      await s.server.stop();
      em.emulator.setFaults([]);
      em.emulator.setClock(() => new Date());
      em.emulator.setMaxDurationSeconds(43_200);
    }
    const after = em.emulator.stats().createSession;
    const failedCalls = after.rejected - before.rejected;
    const failureLines = s.logs.filter((l) =>
      /^Refresh attempt \d+ failed \(CreateSession failed: 500 InternalServerException/.test(l),
    );
    expect(seen.valid).toBeGreaterThan(0);
    expect(seen.unavailable).toBeGreaterThan(0);
    expect(seen.afterRecovery).toBe(20);
    expect(failedCalls).toBeGreaterThan(5);
    // One line per failed CreateSession call, each on one line and free of secrets.
    expect(failureLines).toHaveLength(failedCalls);
    expect(s.server.stats().failedRefreshes).toBe(failureLines.length);
    expect(s.logs.some((l) => l.includes('still serving the credentials that expire'))).toBe(true);
    expect(s.logs.some((l) => l.includes('no valid credentials to serve'))).toBe(true);
    expect(after.accepted - before.accepted).toBe(1);
    expect(s.logs.join('\n')).not.toContain(s.token);
    console.log(
      `outage: ${failedCalls} failed CreateSession calls logged in ${failureLines.length} lines; ${seen.valid} answers from the valid set, ${seen.unavailable} 503s after expiry, recovered`,
    );
  });
});
