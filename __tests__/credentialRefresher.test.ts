/**
 * The refresher on a manual clock against the real emulator on 127.0.0.1: every instant is stepped
 * by the test, so the schedule is asserted to the millisecond and nothing sleeps. The real-time
 * behaviour (clients during refreshes, an outage) stays covered in serve.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadMaterial } from '../src/core/material/index.js';
import { resolveSessionSettings } from '../src/core/settings.js';
import { CLI_NAMES } from '../src/cli/names.js';
import { createEnvironmentSender } from '../src/http/index.js';
import { CredentialRefresher, DEFAULT_REFRESH_POLICY } from '../src/serve/index.js';
import {
  createTestPki,
  startTestEmulator,
  TEST_ARNS,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { logBook, manualClock, type LogBook, type ManualClock } from './helpers/manualClock.js';

let pki: TestPki;
let em: TestEmulator;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
});
afterAll(async () => {
  await em.close();
});
afterEach(() => {
  em.emulator.setFaults([]);
  em.emulator.setClock(() => new Date());
});

const START = new Date('2026-12-01T10:00:00.000Z');
/** A 15-minute session is refreshed at half-life. */
const HALF_LIFE_MS = 450_000;

interface Running {
  readonly refresher: CredentialRefresher;
  readonly clock: ManualClock;
  readonly book: LogBook;
  readonly firstKey: string;
}

async function startRefresher(): Promise<Running> {
  const clock = manualClock(START);
  em.emulator.setClock(clock.now);
  const settings = resolveSessionSettings(
    {
      material: {
        certificate: pki.leaf.certificatePem,
        privateKey: pki.leaf.privateKeyPem,
        intermediates: pki.intermediate.certificatePem,
      },
      ...TEST_ARNS,
      endpoint: { url: em.url, source: '--endpoint' },
      durationSeconds: 900,
    },
    CLI_NAMES,
  );
  const material = await loadMaterial(settings.material, {
    now: clock.now(),
    names: settings.names,
  });
  const book = logBook();
  const refresher = new CredentialRefresher(settings, material, {
    send: createEnvironmentSender({ attemptTimeoutMs: 5_000, env: {} }),
    now: clock.now,
    sleep: clock.sleep,
    setTimer: clock.setTimer,
    // The longest wait each time, so the retry instants are known exactly.
    random: () => 1,
    log: book.log,
  });
  const first = await refresher.start();
  return { refresher, clock, book, firstKey: first.accessKeyId };
}

function servedKey(refresher: CredentialRefresher): string {
  const current = refresher.current();
  if (current.kind !== 'available') throw new Error(`unavailable: ${current.reason}`);
  return current.credentials.accessKeyId;
}

describe('the credential refresher on a manual clock', () => {
  it('refreshes a 15-minute session at half-life to the millisecond, not before', async () => {
    const { refresher, clock, book, firstKey } = await startRefresher();
    try {
      expect(book.lines[0]).toMatch(/; next refresh at 2026-12-01T10:07:30Z\.$/);
      const accepted = em.emulator.stats().createSession.accepted;
      clock.advance(HALF_LIFE_MS - 1);
      expect(refresher.stats().refreshes).toBe(0);
      expect(servedKey(refresher)).toBe(firstKey);
      const refreshed = book.next(/^Refreshed credentials/);
      clock.advance(1);
      expect(await refreshed).toMatch(
        /expires 2026-12-01T10:22:30Z\); next refresh at 2026-12-01T10:15:00Z\.$/,
      );
      expect(em.emulator.stats().createSession.accepted - accepted).toBe(1);
      expect(refresher.stats()).toEqual({ refreshes: 1, failedRefreshes: 0 });
      expect(servedKey(refresher)).not.toBe(firstKey);
    } finally {
      await refresher.stop();
    }
  });

  it('serves the held credentials through failed refreshes, logs each attempt once, and retries after 1 s then 2 s', async () => {
    const { refresher, clock, book, firstKey } = await startRefresher();
    try {
      em.emulator.setFaults([{ kind: 'error', status: 500, errorType: 'InternalServerException' }]);
      const failed = book.next(/^Refresh attempt 1 failed/);
      clock.advance(HALF_LIFE_MS);
      const line = await failed;
      // The attempt's own error: one call, so no "gave up after 1 attempt" in the line.
      expect(line).toMatch(
        /^Refresh attempt 1 failed \(CreateSession failed: 500 InternalServerException: (?!.*gave up).*\); still serving the credentials that expire 2026-12-01T10:15:00Z; next attempt in 1\.0 s\.$/,
      );
      expect(servedKey(refresher)).toBe(firstKey);
      const second = book.next(/^Refresh attempt 2 failed/);
      clock.advance(999);
      expect(refresher.stats().failedRefreshes).toBe(1);
      clock.advance(1);
      expect(await second).toMatch(/; next attempt in 2\.0 s\.$/);
      em.emulator.setFaults([]);
      const refreshed = book.next(/^Refreshed credentials/);
      clock.advance(2_000);
      await refreshed;
      expect(refresher.stats()).toEqual({ refreshes: 1, failedRefreshes: 2 });
      expect(servedKey(refresher)).not.toBe(firstKey);
    } finally {
      await refresher.stop();
    }
  });

  it('stops serving credentials within the minimum validity of expiry while refreshing keeps failing, saying why', async () => {
    const { refresher, clock, book } = await startRefresher();
    try {
      em.emulator.setFaults([
        { kind: 'error', status: 503, errorType: 'ServiceUnavailableException' },
      ]);
      const lastServable = START.getTime() + 900_000 - DEFAULT_REFRESH_POLICY.minValidityMs;
      let failures = 0;
      let failed = book.next(/^Refresh attempt \d+ failed/);
      clock.advance(HALF_LIFE_MS);
      // Each retry at the instant its failure announced, until the next would land past the line.
      for (;;) {
        const line = await failed;
        failures += 1;
        const wait = Number(/next attempt in ([\d.]+) s\.$/.exec(line)?.[1]) * 1000;
        if (clock.now().getTime() + wait >= lastServable) break;
        failed = book.next(/^Refresh attempt \d+ failed/);
        clock.advance(wait);
      }
      clock.advance(lastServable - 1 - clock.now().getTime());
      expect(failures).toBeGreaterThan(5);
      expect(refresher.current().kind).toBe('available');
      clock.advance(1);
      const current = refresher.current();
      expect(current).toEqual({
        kind: 'unavailable',
        reason: expect.stringMatching(
          /^the credentials expired and refreshing failed: CreateSession failed: 503 ServiceUnavailableException: (?!.*gave up).*$/,
        ) as unknown,
      });
    } finally {
      await refresher.stop();
    }
  });
});
