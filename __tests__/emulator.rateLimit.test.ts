/**
 * The CreateSession quota, enforced by the emulator's token bucket, and the client's answer to it:
 * throttling is retried until the quota has room, a 403 is not, `Retry-After` is honoured and an
 * outage ends within the deadline. Time is virtual: the emulator's clock and the client's clock
 * and sleep are one stepped counter, so nothing here is timed and every figure is exact.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RolesAnywhereError } from '../src/core/errors.js';
import { DEFAULT_RETRY_POLICY, parseRetryAfter } from '../src/core/retryPolicy.js';
import { resolveSessionSettings, type SessionSettings } from '../src/core/settings.js';
import { CLI_NAMES } from '../src/cli/names.js';
import { TokenBucket } from '../src/emulator/rateLimit.js';
import { fromRolesAnywhere } from '../src/lib/index.js';
import { createEnvironmentSender } from '../src/http/index.js';
import { obtainCredentials, type SessionDeps } from '../src/session.js';
import {
  createTestPki,
  startTestEmulator,
  TEST_ARNS,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { arnFlags, ensureCliBundle, runCli } from './helpers/cli.js';
import { startCliInBackground, startFront, waitFor, type Front } from './helpers/reliability.js';

let pki: TestPki;

beforeAll(async () => {
  pki = await createTestPki();
});

/** Where the last virtual clock stopped: a clock never starts behind it, as a bucket would see. */
let latest = 0;

/** One clock for the emulator and the client; sleeping moves it forward and records the wait. */
function virtualTime() {
  let ms = Math.max(Date.now(), latest);
  const slept: number[] = [];
  return {
    now: () => new Date(ms),
    sleep: (delay: number) => {
      slept.push(delay);
      ms += delay;
      latest = ms;
      return Promise.resolve();
    },
    slept,
    elapsedSince: (start: number) => ms - start,
    at: () => ms,
  };
}

function settings(
  url: string,
  overrides: { roleArn?: string; retry?: Partial<SessionSettings['retry']> } = {},
): SessionSettings {
  return resolveSessionSettings(
    {
      material: {
        certificate: pki.leaf.certificatePem,
        privateKey: pki.leaf.privateKeyPem,
        intermediates: pki.intermediate.certificatePem,
      },
      ...TEST_ARNS,
      roleArn: overrides.roleArn ?? TEST_ARNS.roleArn,
      endpoint: { url, source: '--endpoint' },
      retry: overrides.retry,
    },
    CLI_NAMES,
  );
}

function deps(
  time: ReturnType<typeof virtualTime>,
  random: number,
  sent: { count: number } = { count: 0 },
): SessionDeps {
  const send = createEnvironmentSender({ attemptTimeoutMs: 5_000, env: {} });
  return {
    send: (request) => {
      sent.count += 1;
      return send(request);
    },
    now: time.now,
    sleep: time.sleep,
    random: () => random,
  };
}

async function failure(promise: Promise<unknown>): Promise<RolesAnywhereError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RolesAnywhereError) return error;
    throw error;
  }
  throw new Error('expected a RolesAnywhereError');
}

describe('the token bucket', () => {
  it('grants a burst equal to the rate, then one request per 1/rate seconds', () => {
    const bucket = new TokenBucket(10);
    const t0 = 1_000_000;
    const burst = Array.from({ length: 12 }, () => bucket.take(t0));
    expect(burst.filter(Boolean)).toHaveLength(10);
    expect(bucket.take(t0 + 50)).toBe(false);
    expect(bucket.take(t0 + 100)).toBe(true);
    expect(bucket.take(t0 + 100)).toBe(false);
  });

  it('spends nothing on a refused request and never holds more than one second of tokens', () => {
    const bucket = new TokenBucket(2);
    expect(bucket.take(0)).toBe(true);
    expect(bucket.take(0)).toBe(true);
    for (let i = 0; i < 5; i++) expect(bucket.take(100)).toBe(false);
    expect(bucket.take(500)).toBe(true);
    const later = 60_000;
    expect([1, 2, 3].map(() => bucket.take(later))).toEqual([true, true, false]);
  });

  it('gives nothing back when the clock steps backwards', () => {
    const bucket = new TokenBucket(1);
    expect(bucket.take(10_000)).toBe(true);
    expect(bucket.take(5_000)).toBe(false);
    expect(bucket.take(10_500)).toBe(false);
    expect(bucket.take(11_000)).toBe(true);
  });
});

describe('emulate with a rate limit', () => {
  let em: TestEmulator;
  let time: ReturnType<typeof virtualTime>;

  beforeAll(async () => {
    em = await startTestEmulator(pki, { rateLimit: 1 });
  });
  afterAll(async () => {
    await em.close();
  });
  beforeEach(() => {
    time = virtualTime();
    em.emulator.setClock(time.now);
  });

  it('answers past the quota with 429 ThrottlingException and counts it as throttled', async () => {
    const before = em.emulator.stats().createSession;
    await time.sleep(1_000);
    const first = await obtainCredentials(
      settings(em.url, { retry: { maxAttempts: 1 } }),
      deps(time, 0),
    );
    expect(first.attempts).toBe(1);
    const error = await failure(
      obtainCredentials(settings(em.url, { retry: { maxAttempts: 1 } }), deps(time, 0)),
    );
    expect(error.code).toBe('ERR_THROTTLED');
    expect(error.details.status).toBe(429);
    expect(error.details.awsErrorType).toBe('ThrottlingException');
    expect(error.message).toMatch(
      /^CreateSession failed: 429 ThrottlingException: Rate exceeded\./,
    );
    const after = em.emulator.stats().createSession;
    expect(after.accepted - before.accepted).toBe(1);
    expect(after.throttled - before.throttled).toBe(1);
    expect(after.rejected - before.rejected).toBe(1);
    expect(em.logs.at(-1)).toMatch(
      /^emulator: 429 ThrottlingException \(over the rate limit of 1 requests a second\)/,
    );
  });

  it('retries the throttling answer, re-signed, until the quota has room, and succeeds', async () => {
    await time.sleep(1_000);
    await obtainCredentials(settings(em.url), deps(time, 0.5));
    const before = em.emulator.stats().createSession;
    const sent = { count: 0 };
    // Full jitter at 0.5 of a 1 s base: waits of 500 then 1,000 ms, and the bucket refills after 1 s.
    const { attempts } = await obtainCredentials(settings(em.url), deps(time, 0.5, sent));
    const after = em.emulator.stats().createSession;
    expect(attempts).toBe(3);
    expect(sent.count).toBe(3);
    expect(time.slept.slice(-2)).toEqual([500, 1_000]);
    expect(after.throttled - before.throttled).toBe(2);
    expect(after.accepted - before.accepted).toBe(1);
  });

  it('does not retry a 403, with or without quota to spare', async () => {
    await time.sleep(1_000);
    const before = em.emulator.stats().createSession;
    const sent = { count: 0 };
    const error = await failure(
      obtainCredentials(
        settings(em.url, { roleArn: 'arn:aws:iam::111122223333:role/not-listed' }),
        deps(time, 0.5, sent),
      ),
    );
    const after = em.emulator.stats().createSession;
    expect(error.code).toBe('ERR_ACCESS_DENIED');
    expect(sent.count).toBe(1);
    expect(time.slept).toEqual([1_000]);
    expect(after.rejected - before.rejected).toBe(1);
    expect(after.throttled - before.throttled).toBe(0);
  });
});

describe('the default retry policy', () => {
  let em: TestEmulator;

  beforeAll(async () => {
    em = await startTestEmulator(pki);
  });
  afterAll(async () => {
    await em.close();
  });

  it.each([
    ['the longest waits', 0.999],
    ['no waits at all', 0],
  ])(
    'reports a 503 outage within its deadline, in no more requests than its attempts (%s)',
    async (_what, random) => {
      em.emulator.setFaults([{ kind: 'error', status: 503 }]);
      const time = virtualTime();
      em.emulator.setClock(time.now);
      const start = time.at();
      const sent = { count: 0 };
      const error = await failure(obtainCredentials(settings(em.url), deps(time, random, sent)));
      expect(error.code).toBe('ERR_SERVICE_UNAVAILABLE');
      expect(sent.count).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.maxAttempts);
      // Every attempt could have hung to its own timeout and still ended within the deadline.
      expect(time.elapsedSince(start) + DEFAULT_RETRY_POLICY.attemptTimeoutMs).toBeLessThanOrEqual(
        DEFAULT_RETRY_POLICY.deadlineMs,
      );
      expect(error.message).toMatch(/\(gave up after \d+ attempts/);
      if (random === 0) expect(sent.count).toBe(DEFAULT_RETRY_POLICY.maxAttempts);
      else expect(error.message).toMatch(/another would pass the 90 s deadline\)\.$/);
    },
  );
});

describe('Retry-After', () => {
  let em: TestEmulator;
  let front: Front | undefined;

  beforeAll(async () => {
    em = await startTestEmulator(pki);
  });
  afterAll(async () => {
    await em.close();
  });
  beforeEach(async () => {
    await front?.close();
    front = undefined;
  });

  it('waits as long as the service asks when that is longer than the backoff', async () => {
    front = await startFront(em.url, [{ retryAfter: '7' }]);
    const time = virtualTime();
    em.emulator.setClock(time.now);
    const { attempts } = await obtainCredentials(settings(front.url), deps(time, 0.5));
    expect(attempts).toBe(2);
    expect(time.slept).toEqual([7_000]);
  });

  it('gives up at once, saying so, when the wait asked for passes the deadline', async () => {
    front = await startFront(em.url, [{ retryAfter: '3600' }]);
    const time = virtualTime();
    em.emulator.setClock(time.now);
    const error = await failure(obtainCredentials(settings(front.url), deps(time, 0.5)));
    expect(error.code).toBe('ERR_THROTTLED');
    expect(front.requests()).toBe(1);
    expect(time.slept).toEqual([]);
    expect(error.message).toMatch(/the service asked for a wait of 3600 s\)\.$/);
  });

  it('reads seconds and HTTP dates, and ignores anything else', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    expect(parseRetryAfter('5', at)).toBe(5_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:30 GMT', at)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 09:00:00 GMT', at)).toBe(0);
    expect(parseRetryAfter('-1', at)).toBeUndefined();
    expect(parseRetryAfter('soon', at)).toBeUndefined();
    expect(parseRetryAfter(undefined, at)).toBeUndefined();
  });
});

describe('the CLI bundle: emulate --rate-limit', () => {
  it('throttles what passes the quota and prints the counts, matching what clients saw, when stopped', async () => {
    ensureCliBundle();
    const dir = mkdtempSync(join(tmpdir(), 'rac-rate-limit-'));
    try {
      const emulator = startCliInBackground(['emulate', '--generate', dir, '--rate-limit', '1'], {
        HOME: dir,
      });
      const envFile = join(dir, 'emulator.env');
      await waitFor(() => existsSync(envFile) && readFileSync(envFile, 'utf8').includes('ca='));
      const values = new Map(
        readFileSync(envFile, 'utf8')
          .trim()
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      const generated = resolveSessionSettings(
        {
          material: {
            certificate: readFileSync(values.get('certificate') ?? '', 'utf8'),
            privateKey: readFileSync(values.get('private-key') ?? '', 'utf8'),
          },
          trustAnchorArn: values.get('trust-anchor-arn'),
          profileArn: values.get('profile-arn'),
          roleArn: values.get('role-arn'),
          endpoint: { url: values.get('endpoint') ?? '', source: '--endpoint' },
          retry: { maxAttempts: 1 },
        },
        CLI_NAMES,
      );
      const send = createEnvironmentSender({ attemptTimeoutMs: 10_000, env: {} });
      const realDeps: SessionDeps = {
        send,
        now: () => new Date(),
        sleep: () => Promise.resolve(),
      };
      // Four at once against a bucket of one: one is granted, the rest meet the empty bucket
      // (a refill needs a whole second, which only a stalled machine could put between them).
      const outcomes = await Promise.allSettled(
        Array.from({ length: 4 }, () => obtainCredentials(generated, realDeps)),
      );
      const stopped = await emulator.stop();
      const granted = outcomes.filter((o) => o.status === 'fulfilled').length;
      const throttled = outcomes.filter(
        (o) =>
          o.status === 'rejected' &&
          o.reason instanceof RolesAnywhereError &&
          o.reason.code === 'ERR_THROTTLED',
      ).length;
      expect(granted).toBeGreaterThanOrEqual(1);
      expect(throttled).toBeGreaterThanOrEqual(1);
      expect(granted + throttled).toBe(4);
      expect(stopped.exitCode).toBe(0);
      expect(stopped.stderr).toMatch(/emulator: 429 ThrottlingException \(over the rate limit/);
      expect(stopped.stderr).toMatch(
        new RegExp(
          `CreateSession accepted=${granted} rejected=${throttled} throttled=${throttled}\\.\\n$`,
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a rate limit that is not a whole number from 1, in one line', async () => {
    const run = await runCli(['emulate', '--generate', tmpdir(), '--rate-limit', '0.5']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/--rate-limit must be a whole number from 1 to 100000, got "0\.5"/);
  });
});

describe('RAC_RETRY_TIMEOUT_SECONDS', () => {
  it.each(['5', '3601', '1.5', 'soon'])('is refused as %s, in one line', async (value) => {
    ensureCliBundle();
    const run = await runCli(
      [
        'credential-process',
        '--certificate',
        'cert.pem',
        '--private-key',
        'key.pem',
        ...arnFlags(),
      ],
      { env: { RAC_RETRY_TIMEOUT_SECONDS: value } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^rolesanywhere-credentials: RAC_RETRY_TIMEOUT_SECONDS must be a whole number of seconds from 20 to 3600, got "[^"]+"\.\n$/,
    );
  });
});

describe('the library: retryTimeoutSeconds', () => {
  it('refuses a value outside 20 to 3600 seconds, naming the option', () => {
    expect(() =>
      fromRolesAnywhere({
        certificate: pki.leaf.certificatePem,
        privateKey: pki.leaf.privateKeyPem,
        ...TEST_ARNS,
        retryTimeoutSeconds: 5,
      }),
    ).toThrow(/^retryTimeoutSeconds must be a whole number of seconds from 20 to 3600, got "5"\.$/);
  });

  it('bounds a refresh during an outage by that deadline, not the default', async () => {
    const em = await startTestEmulator(pki, { faults: [{ kind: 'error', status: 503 }] });
    try {
      const provider = fromRolesAnywhere({
        certificate: pki.leaf.certificatePem,
        privateKey: pki.leaf.privateKeyPem,
        intermediates: pki.intermediate.certificatePem,
        ...TEST_ARNS,
        endpoint: em.url,
        maxAttempts: 20,
        retryTimeoutSeconds: 20,
        env: {},
      });
      await expect(provider()).rejects.toThrow(/another would pass the 20 s deadline\)\.$/);
    } finally {
      await em.close();
    }
  }, 30_000);
});
