/**
 * N clients that start in the same millisecond, on the account's clock. Runs the project's own
 * CreateSession path (`createSession` from src/session.ts: signing, the HTTP sender, the retry
 * loop) for N clients in one process against the real emulator on 127.0.0.1 with its quota, but
 * on virtual time: the emulator's clock and every client's clock and sleep are one counter, which
 * moves to the next wake-up only when no request is in flight. So N clients really do start at
 * once, whatever the machine's load, and the waits are exactly the policy's.
 *
 *   node --experimental-transform-types --no-warnings bench/accountClock.mjs \
 *     '{"sizes":[50,100,200],"rate":10,"runs":3,"policy":{...}}'
 *
 * Prints one JSON summary per size on stdout. Called by bench/scale.mjs.
 */
import './lib/tsHooks.mjs';
import { percentileNearestRank } from './lib/stats.mjs';

// Imported once the hooks above are registered: they map the sources' './x.js' to './x.ts'.
const { resolveSessionSettings } = await import('../src/core/settings.ts');
const { CLI_NAMES } = await import('../src/cli/names.ts');
const { loadMaterial } = await import('../src/core/material/index.ts');
const { createSession } = await import('../src/session.ts');
const { createEnvironmentSender } = await import('../src/http/index.ts');
const { startEmulator } = await import('../src/emulator/server.ts');
const { createCertificateAuthority, issueCertificate } = await import('../src/emulator/pki.ts');

const ARNS = {
  trustAnchorArn:
    'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01',
  profileArn:
    'arn:aws:rolesanywhere:us-east-1:111122223333:profile/7a4d5e3b-91c2-4f0e-8d6a-2b9c3e5f1a02',
  roleArn: 'arn:aws:iam::111122223333:role/demo-deployer',
};

/** The virtual clock and a scheduler that advances it only when every live client is asleep. */
function virtualTime(clients) {
  let nowMs = Date.now();
  let inflight = 0;
  let finished = 0;
  const sleepers = [];
  let pending = false;
  const advance = () => {
    pending = false;
    if (inflight > 0 || sleepers.length === 0 || sleepers.length + finished < clients) return;
    sleepers.sort((a, b) => a.at - b.at);
    const at = sleepers[0].at;
    nowMs = Math.max(nowMs, at);
    while (sleepers.length > 0 && sleepers[0].at <= at) sleepers.shift().wake();
  };
  // Two turns of the loop: a client's catch block reaches sleep() through a few microtasks.
  const kick = () => {
    if (pending) return;
    pending = true;
    setImmediate(() => setImmediate(advance));
  };
  return {
    now: () => new Date(nowMs),
    nowMs: () => nowMs,
    sleep: (ms) =>
      new Promise((wake) => {
        sleepers.push({ at: nowMs + ms, wake });
        kick();
      }),
    track: async (promise) => {
      inflight += 1;
      try {
        return await promise;
      } finally {
        inflight -= 1;
        kick();
      }
    },
    done: () => {
      finished += 1;
      kick();
    },
  };
}

async function runOnce({ size, rate, policy, pki }) {
  const time = virtualTime(size);
  const emulator = await startEmulator({
    trustAnchors: [pki.ca.certificatePem],
    ...ARNS,
    rateLimit: rate,
    clock: time.now,
    log: () => undefined,
  });
  try {
    const settings = resolveSessionSettings(
      {
        material: { certificate: pki.leaf.certificatePem, privateKey: pki.leaf.privateKeyPem },
        ...ARNS,
        endpoint: { url: emulator.url, source: '--endpoint' },
        retry: policy,
      },
      CLI_NAMES,
    );
    const material = await loadMaterial(settings.material, {
      now: time.now(),
      names: CLI_NAMES,
    });
    const send = createEnvironmentSender({
      attemptTimeoutMs: settings.retry.attemptTimeoutMs,
      env: {},
    });
    const start = time.nowMs();
    const clients = Array.from({ length: size }, async () => {
      let attempts = 0;
      try {
        const session = await createSession(settings, material, {
          send: (request) => {
            attempts += 1;
            return time.track(send(request));
          },
          now: time.now,
          sleep: time.sleep,
        });
        return { ok: true, attempts: session.attempts, ms: time.nowMs() - start };
      } catch (error) {
        return { ok: false, attempts, ms: time.nowMs() - start, error: error.code };
      } finally {
        time.done();
      }
    });
    const results = await Promise.all(clients);
    const stats = emulator.stats().createSession;
    const times = results.filter((r) => r.ok).map((r) => r.ms);
    return {
      withCredentials: times.length,
      p50Ms: percentileNearestRank(times, 50),
      p95Ms: percentileNearestRank(times, 95),
      maxMs: times.length ? Math.max(...times) : NaN,
      lastFailureMs: Math.max(0, ...results.filter((r) => !r.ok).map((r) => r.ms)),
      attemptsMean: results.reduce((a, r) => a + r.attempts, 0) / size,
      attemptsMax: Math.max(...results.map((r) => r.attempts)),
      requests: stats.accepted + stats.rejected,
      throttled: stats.throttled,
    };
  } finally {
    await emulator.close();
  }
}

const config = JSON.parse(process.argv[2] ?? '{}');
const ca = await createCertificateAuthority({ subject: 'CN=bench CA', keyType: 'ec-p256' });
const leaf = await issueCertificate(ca, { subject: 'CN=bench-client', keyType: 'ec-p256' });
const pki = { ca, leaf };
for (const size of config.sizes ?? [50, 100, 200]) {
  const runs = [];
  for (let i = 0; i < (config.runs ?? 3); i++) {
    runs.push(await runOnce({ size, rate: config.rate ?? 10, policy: config.policy, pki }));
  }
  process.stdout.write(`${JSON.stringify({ size, runs })}\n`);
}
