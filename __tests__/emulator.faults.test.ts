import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  sessionBody,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { send, signCreateSession } from './helpers/pki.js';

let pki: TestPki;
let em: TestEmulator;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
});
afterEach(() => em.emulator.setFaults([]));
afterAll(() => em.close());

function createSession(timeoutMs?: number) {
  const request = signCreateSession({
    leaf: pki.leaf,
    intermediates: [pki.intermediate],
    body: sessionBody(),
    host: em.host,
    date: new Date(),
  });
  return send(em.url, request, { timeoutMs });
}

describe('CreateSession fault injection', () => {
  it('fails the first two requests with 500 InternalServerException, then answers normally', async () => {
    em.emulator.setFaults([{ kind: 'error', status: 500, count: 2 }]);
    const before = em.emulator.stats().createSession;
    const answers = [await createSession(), await createSession(), await createSession()];
    expect(answers.map((a) => a.status)).toEqual([500, 500, 201]);
    expect(answers[0]?.headers['x-amzn-errortype']).toBe('InternalServerException');
    expect(answers[0]?.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    const after = em.emulator.stats().createSession;
    expect(after.rejected - before.rejected).toBe(2);
    expect(after.accepted - before.accepted).toBe(1);
    expect(em.logs.at(-2)).toBe(
      'emulator: 500 InternalServerException (fault injected: error) operation=CreateSession',
    );
  });

  it('throttles with 429 ThrottlingException and its message', async () => {
    em.emulator.setFaults([{ kind: 'error', status: 429, count: 1 }]);
    const answer = await createSession();
    expect(answer.status).toBe(429);
    expect(answer.headers['x-amzn-errortype']).toBe('ThrottlingException');
    expect(JSON.parse(answer.body)).toEqual({ message: 'Rate exceeded' });
  });

  it('answers 503 with a chosen error type and message', async () => {
    em.emulator.setFaults([
      {
        kind: 'error',
        status: 503,
        errorType: 'ServiceUnavailable',
        message: 'Down for maintenance',
        count: 1,
      },
    ]);
    const answer = await createSession();
    expect(answer.status).toBe(503);
    expect(answer.headers['x-amzn-errortype']).toBe('ServiceUnavailable');
    expect(JSON.parse(answer.body)).toEqual({ message: 'Down for maintenance' });
  });

  it('plays faults in order: a reset, then a throttle, then normal service', async () => {
    em.emulator.setFaults([
      { kind: 'reset', count: 1 },
      { kind: 'error', status: 429, count: 1 },
    ]);
    await expect(createSession()).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect((await createSession()).status).toBe(429);
    expect((await createSession()).status).toBe(201);
  });

  it('adds latency before answering', async () => {
    em.emulator.setFaults([{ kind: 'latency', ms: 300 }]);
    const started = Date.now();
    const answer = await createSession();
    expect(answer.status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('stalls without answering until the client gives up', async () => {
    em.emulator.setFaults([{ kind: 'stall', count: 1 }]);
    await expect(createSession(300)).rejects.toThrow('request timed out');
    expect(em.logs.at(-1)).toBe('emulator: stall CreateSession (fault injected: stall)');
    expect((await createSession()).status).toBe(201);
  });

  it('closes promptly even with a stalled request open', async () => {
    const local = await startTestEmulator(pki, { faults: [{ kind: 'stall' }] });
    const request = signCreateSession({
      leaf: pki.leaf,
      intermediates: [pki.intermediate],
      body: sessionBody(),
      host: local.host,
      date: new Date(),
    });
    const pending = send(local.url, request, { timeoutMs: 10_000 }).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await local.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it('answers truncated JSON with status 201', async () => {
    em.emulator.setFaults([{ kind: 'malformed', body: 'truncated-json', count: 1 }]);
    const answer = await createSession();
    expect(answer.status).toBe(201);
    expect(() => JSON.parse(answer.body) as unknown).toThrow();
  });

  it('answers a body that is not JSON', async () => {
    em.emulator.setFaults([{ kind: 'malformed', body: 'non-json', count: 1 }]);
    const answer = await createSession();
    expect(() => JSON.parse(answer.body) as unknown).toThrow();
  });

  it('answers an HTML proxy error page with 502', async () => {
    em.emulator.setFaults([{ kind: 'malformed', body: 'html', count: 1 }]);
    const answer = await createSession();
    expect(answer.status).toBe(502);
    expect(answer.headers['content-type']).toBe('text/html');
    expect(answer.body).toContain('<title>502 Bad Gateway</title>');
  });

  it('answers an empty credentialSet', async () => {
    em.emulator.setFaults([{ kind: 'malformed', body: 'empty-credential-set', count: 1 }]);
    const answer = await createSession();
    expect(answer.status).toBe(201);
    expect((JSON.parse(answer.body) as { credentialSet: unknown[] }).credentialSet).toEqual([]);
  });

  it('trickles the response a few bytes at a time', async () => {
    em.emulator.setFaults([{ kind: 'trickle', chunkBytes: 256, intervalMs: 50, count: 1 }]);
    const started = Date.now();
    const answer = await createSession();
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body)).toHaveProperty('credentialSet');
    const chunks = Math.ceil(Buffer.byteLength(answer.body) / 256);
    expect(Date.now() - started).toBeGreaterThanOrEqual((chunks - 1) * 50 - 10);
  });

  it('takes faults from options at start-up', async () => {
    const local = await startTestEmulator(pki, {
      faults: [{ kind: 'error', status: 500, count: 1 }],
    });
    try {
      const request = signCreateSession({
        leaf: pki.leaf,
        intermediates: [pki.intermediate],
        body: sessionBody(),
        host: local.host,
        date: new Date(),
      });
      expect((await send(local.url, request)).status).toBe(500);
      expect(local.emulator.stats().createSession).toEqual({
        accepted: 0,
        rejected: 1,
        throttled: 0,
      });
    } finally {
      await local.close();
    }
  });
});
