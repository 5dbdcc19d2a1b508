import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RolesAnywhereError } from '../src/core/errors.js';
import { resolveSessionSettings, type SessionSettings } from '../src/core/settings.js';
import { CLI_NAMES } from '../src/cli/names.js';
import { createEnvironmentSender, realSleep } from '../src/http/index.js';
import type { HttpRequest } from '../src/http/transport.js';
import { obtainCredentials, type SessionDeps } from '../src/session.js';
import type { Fault } from '../src/emulator/faults.js';
import {
  createTestPki,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';

let pki: TestPki;
let em: TestEmulator;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
});
afterAll(async () => {
  await em.close();
});
beforeEach(() => em.emulator.setFaults([]));

function settings(retry: Partial<SessionSettings['retry']> = {}): SessionSettings {
  return resolveSessionSettings(
    {
      material: {
        certificate: pki.leaf.certificatePem,
        privateKey: pki.leaf.privateKeyPem,
        intermediates: pki.intermediate.certificatePem,
      },
      ...em.arns,
      endpoint: { url: em.url, source: '--endpoint' },
      retry: { baseDelayMs: 20, maxDelayMs: 100, attemptTimeoutMs: 2000, ...retry },
    },
    CLI_NAMES,
  );
}

function deps(sent: HttpRequest[] = [], attemptTimeoutMs = 2000): SessionDeps {
  const send = createEnvironmentSender({ attemptTimeoutMs, env: {} });
  return {
    send: (request) => {
      sent.push(request);
      return send(request);
    },
    now: () => new Date(),
    sleep: realSleep,
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

describe('obtainCredentials against the emulator', () => {
  it('obtains credentials through an intermediate, signing the chain header', async () => {
    const sent: HttpRequest[] = [];
    const { credentials, attempts } = await obtainCredentials(settings(), deps(sent));
    expect(attempts).toBe(1);
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
    expect(credentials.accountId).toBe('111122223333');
    expect(sent[0]?.headers['x-amz-x509-chain']).toBe(
      pki.intermediate.certificateDer.toString('base64'),
    );
  });

  it.each<[string, Fault]>([
    [
      '500 InternalServerException',
      { kind: 'error', status: 500, errorType: 'InternalServerException', count: 3 },
    ],
    [
      '429 ThrottlingException',
      { kind: 'error', status: 429, errorType: 'ThrottlingException', count: 3 },
    ],
    ['connection resets', { kind: 'reset', count: 3 }],
  ])(
    'retries three %s, re-signing each attempt, and succeeds on the fourth',
    async (_what, fault) => {
      em.emulator.setFaults([fault]);
      const sent: HttpRequest[] = [];
      const before = em.emulator.stats().createSession;
      const { attempts } = await obtainCredentials(settings(), deps(sent));
      expect(attempts).toBe(4);
      expect(em.emulator.stats().createSession.accepted - before.accepted).toBe(1);
      expect(sent).toHaveLength(4);
      // Each attempt is signed anew: the signatures differ even within one second (ECDSA) and the
      // request is rebuilt from the settings, never replayed.
      expect(new Set(sent.map((r) => r.headers['authorization'])).size).toBe(4);
    },
  );

  it('fails a 403 on the first attempt without retrying', async () => {
    const sent: HttpRequest[] = [];
    const s = resolveSessionSettings(
      {
        material: {
          certificate: pki.leaf.certificatePem,
          privateKey: pki.leaf.privateKeyPem,
          intermediates: pki.intermediate.certificatePem,
        },
        ...em.arns,
        roleArn: 'arn:aws:iam::111122223333:role/not-listed',
        endpoint: { url: em.url, source: '--endpoint' },
      },
      CLI_NAMES,
    );
    const error = await failure(obtainCredentials(s, deps(sent)));
    expect(sent).toHaveLength(1);
    expect(error.code).toBe('ERR_ACCESS_DENIED');
    expect(error.details.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toMatch(
      /^CreateSession failed: 403 AccessDeniedException: Requested Role isn't one of those listed in the Profile\. Add the role to the profile's roleArns/,
    );
  });

  it('gives up after the maximum attempts with the last error and the count', async () => {
    em.emulator.setFaults([
      { kind: 'error', status: 503, errorType: 'ServiceUnavailableException' },
    ]);
    const sent: HttpRequest[] = [];
    const error = await failure(obtainCredentials(settings({ maxAttempts: 3 }), deps(sent)));
    expect(sent).toHaveLength(3);
    expect(error.code).toBe('ERR_SERVICE_UNAVAILABLE');
    expect(error.message).toMatch(/gave up after 3 attempts\)\.$/);
  });

  it("records giving up on the last attempt's own error: the count in details, no wrapper around it", async () => {
    em.emulator.setFaults([{ kind: 'reset' }]);
    const error = await failure(obtainCredentials(settings({ maxAttempts: 2 }), deps()));
    expect(error.code).toBe('ERR_NETWORK');
    expect(error.details).toMatchObject({ retryable: true, gaveUp: { attempts: 2 } });
    expect(error.details.gaveUp?.deadline).toBeUndefined();
    expect(error.reason).toMatch(/^Request to 127\.0\.0\.1:\d+ failed \([^)]+\)\.$/);
    expect(error.message).toBe(`${error.reason.replace(/\.$/, '')} (gave up after 2 attempts).`);
    // The cause is the socket's error, not a second RolesAnywhereError.
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.cause).not.toBeInstanceOf(RolesAnywhereError);
  });

  it('says the deadline, not the count, stopped the retries when it did', async () => {
    em.emulator.setFaults([
      { kind: 'error', status: 503, errorType: 'ServiceUnavailableException' },
    ]);
    const clock = { now: new Date('2026-12-01T10:00:00Z').getTime() };
    em.emulator.setClock(() => new Date(clock.now));
    try {
      const error = await failure(
        obtainCredentials(
          settings({
            maxAttempts: 10,
            baseDelayMs: 20_000,
            maxDelayMs: 20_000,
            deadlineMs: 30_000,
          }),
          {
            ...deps(),
            now: () => new Date(clock.now),
            sleep: (ms) => {
              clock.now += ms;
              return Promise.resolve();
            },
            random: () => 1,
          },
        ),
      );
      // The first wait (20 s) fits; a second one from 20 s would end past 30 s.
      expect(error.details.gaveUp).toEqual({
        attempts: 2,
        deadline: { elapsedMs: 20_000, deadlineMs: 30_000 },
      });
      expect(error.message).toMatch(
        /\(gave up after 2 attempts in 20 s: another would pass the 30 s deadline\)\.$/,
      );
    } finally {
      em.emulator.setClock(() => new Date());
    }
  });

  it('bounds the total time by the deadline when the server stalls', async () => {
    em.emulator.setFaults([{ kind: 'stall' }]);
    const started = Date.now();
    const error = await failure(
      obtainCredentials(
        settings({ maxAttempts: 20, deadlineMs: 1500, attemptTimeoutMs: 400 }),
        deps([], 400),
      ),
    );
    const elapsed = Date.now() - started;
    expect(error.code).toBe('ERR_TIMEOUT');
    expect(elapsed).toBeLessThan(1500 + 400 + 500);
    expect(error.message).toMatch(/deadline 2 s|gave up after/);
  });

  it('reports a malformed 201 body as ERR_RESPONSE_INVALID without retrying', async () => {
    em.emulator.setFaults([{ kind: 'malformed', body: 'empty-credential-set', count: 1 }]);
    const sent: HttpRequest[] = [];
    const error = await failure(obtainCredentials(settings(), deps(sent)));
    expect(error.code).toBe('ERR_RESPONSE_INVALID');
    expect(sent).toHaveLength(1);
  });
});
