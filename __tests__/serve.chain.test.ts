/**
 * The credential server with role chaining: every refresh runs both hops (CreateSession, then
 * AssumeRole), clients only ever see the chained role, on an accelerated clock shared with the
 * emulator so 15-minute sessions refresh in seconds.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMaterial } from '../src/core/material/index.js';
import { resolveSessionSettings } from '../src/core/settings.js';
import { CLI_NAMES } from '../src/cli/names.js';
import type { IssuedCredentials } from '../src/emulator/index.js';
import { createEnvironmentSender } from '../src/http/index.js';
import { CredentialServer, type ServeDeps, type Timer } from '../src/serve/index.js';
import {
  awsGetCallerIdentity,
  createTestPki,
  startTestEmulator,
  TEST_ARNS,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { expectNoLeak, secretFragments } from './helpers/leaks.js';
import { logBook } from './helpers/manualClock.js';

const DEPLOY = 'arn:aws:iam::444455556666:role/deploy';

let pki: TestPki;
let em: TestEmulator;
const issued: IssuedCredentials[] = [];

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki, {
    maxDurationSeconds: 900,
    assumableRoles: [{ roleArn: DEPLOY, trustedRoleArns: [TEST_ARNS.roleArn] }],
    onIssue: (credentials) => issued.push(credentials),
  });
});
afterAll(() => em.close());

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

function fetchDocument(url: string, token: string): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Authorization: token } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve with role chaining', () => {
  it('refreshes both hops before expiry and serves only the chained role, which the AWS CLI confirms', async () => {
    const clock = acceleratedClock(300);
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
        chain: {
          roleArn: DEPLOY,
          durationSeconds: 900,
          endpoint: { url: em.url, source: '--sts-endpoint' },
        },
      },
      CLI_NAMES,
    );
    const material = await loadMaterial(settings.material, {
      now: clock.now(),
      names: settings.names,
    });
    const book = logBook();
    const logs = book.lines;
    const server = new CredentialServer(
      settings,
      material,
      { port: 0 },
      {
        send: createEnvironmentSender({ attemptTimeoutMs: 5_000, env: {} }),
        ...clock,
        log: book.log,
      },
    );
    const before = em.emulator.stats();
    const endpoints = await server.start();
    const seen = new Map<string, Record<string, string>>();
    try {
      // One fetch now and one after each refresh the server logs: no polling.
      for (;;) {
        const refreshed = book.next(/^Refreshed credentials/);
        const document = await fetchDocument(endpoints.containerUrl, endpoints.authorizationToken);
        if (document['AccessKeyId'] !== undefined) seen.set(document['AccessKeyId'], document);
        if (seen.size >= 3) break;
        await refreshed;
      }
    } finally {
      await server.stop();
      em.emulator.setClock(() => new Date());
    }
    expect(seen.size).toBe(3);
    for (const key of seen.keys()) {
      expect(issued.find((c) => c.accessKeyId === key)?.assumedRoleArn).toMatch(
        /^arn:aws:sts::444455556666:assumed-role\/deploy\//,
      );
    }
    const after = em.emulator.stats();
    const refreshes = server.stats().refreshes;
    expect(refreshes).toBeGreaterThanOrEqual(2);
    expect(after.createSession.accepted - before.createSession.accepted).toBe(1 + refreshes);
    expect(after.sts.accepted - before.sts.accepted).toBe(1 + refreshes);
    expect(logs.find((l) => l.startsWith('Obtained'))).toMatch(
      /^Obtained credentials for arn:aws:sts::444455556666:assumed-role\/deploy\/\S+ \(expires [^)]+\), chained from arn:aws:sts::111122223333:assumed-role\/ci-deployer\//,
    );
    expect(
      logs.filter((l) =>
        l.startsWith('Refreshed credentials for arn:aws:sts::444455556666:assumed-role/deploy/'),
      ),
    ).toHaveLength(refreshes);

    // The last set served works at the service as the chained role (the clocks are real again,
    // and virtual time ran ahead, so it has not expired).
    const last = [...seen.values()].at(-1) ?? {};
    const who = await awsGetCallerIdentity(em.url, {
      AWS_ACCESS_KEY_ID: last['AccessKeyId'] ?? '',
      AWS_SECRET_ACCESS_KEY: last['SecretAccessKey'] ?? '',
      AWS_SESSION_TOKEN: last['Token'] ?? '',
    });
    expect(who.exitCode, who.stderr).toBe(0);
    expect(who.identity?.Arn).toMatch(/^arn:aws:sts::444455556666:assumed-role\/deploy\//);
    expectNoLeak(
      { log: logs.join('\n') },
      secretFragments({
        privateKeyPem: pki.leaf.privateKeyPem,
        other: issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
      }),
    );
  });
});
