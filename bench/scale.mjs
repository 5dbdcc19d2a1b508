/**
 * npm run bench:scale: N jobs that start at once against one account's CreateSession quota.
 *
 * Part 1, on the account's clock (bench/accountClock.mjs): N clients of the project's own
 * CreateSession code start in the same virtual millisecond against the emulator's quota, once with
 * the retry policy this project had before it was sized for scale and once with today's defaults.
 * Exact waits, any machine load; SCALE_CLOCK_RUNS repetitions (default 3) of each.
 *
 * Part 2, real processes: for each size, N real client processes (half the Action's main bundle on Node 24, half
 * `credential-process --no-cache`) are spawned within a second against `emulate --rate-limit R`,
 * behind a gate (bench/lib/gate.mjs) that lines up their first requests so the account sees them
 * arrive together, as it would from N runners. Reports, per size: the share that got credentials,
 * p50/p95/max time to credentials (from the release of a client's first request to the answer
 * that granted them), attempts per client, and the requests the "account" saw (the emulator's own
 * counts). Clients run under `nice -n 19` so the emulator and the gate keep answering.
 * Builds nothing: the clients are SCALE_CLIENT_DIST (default dist/), the emulator is dist/.
 *
 * Environment: SCALE_SIZES (comma list, default 50,100,200), SCALE_RATE (10), SCALE_HOLD_MS (8000),
 * SCALE_CLIENT_DIST (a dist/ directory; its ../action.yml gives the Action's input defaults),
 * SCALE_CLOCK_RUNS (3), SCALE_ONLY (clock or processes: run only that part).
 * Writes bench/results/scale-<label>.json, where label is SCALE_LABEL (default "current").
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from './lib/emulator.mjs';
import { startGate } from './lib/gate.mjs';
import { percentileNearestRank } from './lib/stats.mjs';
import { actionDefaults, inputEnv, runnerFiles } from './lib/subjects.mjs';
import { renderTable } from './lib/table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const intEnv = (name, fallback, min, max) => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
};
const sizes = (process.env.SCALE_SIZES ?? '50,100,200')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n >= 2 && n <= 1000);
const rate = intEnv('SCALE_RATE', 10, 1, 10_000);
const holdMs = intEnv('SCALE_HOLD_MS', 8_000, 0, 9_000);
const clientDist = resolve(process.env.SCALE_CLIENT_DIST ?? join(root, 'dist'));
const label = (process.env.SCALE_LABEL ?? 'current').replace(/[^\w.-]/g, '_');
const emulatorCli = join(root, 'dist', 'cli', 'index.js');
const node24 = join(root, 'node_modules', 'node', 'bin', 'node');
const nodeCli = process.env.npm_node_execpath ?? process.execPath;
const clockRuns = intEnv('SCALE_CLOCK_RUNS', 3, 1, 100);
const only = process.env.SCALE_ONLY ?? 'clock,processes';
/** The defaults before they were sized by this benchmark (commit 1da0312), for the "before" rows. */
const BEFORE_POLICY = {
  maxAttempts: 5,
  deadlineMs: 60_000,
  attemptTimeoutMs: 10_000,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
};
const niceAvailable = spawnSync('nice', ['-n', '19', 'true']).status === 0;
/** Kills a client that is still running long after any deadline it could have. */
const CLIENT_KILL_MS = 300_000;

const say = (line = '') => process.stdout.write(`${line}\n`);
const progress = (line) => process.stderr.write(`bench:scale: ${line}\n`);

function runClient({ args, node, env, after }) {
  return new Promise((resolvePromise) => {
    const spawnedAt = performance.now();
    // Clients run at the lowest priority so that the emulator and the gate, which stand for AWS,
    // answer promptly while two cores start hundreds of Node processes.
    const child = niceAvailable
      ? spawn('nice', ['-n', '19', node, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(node, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const killer = setTimeout(() => child.kill('SIGKILL'), CLIENT_KILL_MS);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      const endedAt = performance.now();
      const error = after({ code, signal, stdout, stderr });
      resolvePromise({ spawnedAt, endedAt, ok: error === undefined, error });
    });
  });
}

function lastLine(text) {
  const lines = text.trim().split('\n').filter(Boolean);
  const error = lines.find((l) => l.startsWith('::error::'));
  return (error ?? lines.at(-1) ?? '').slice(0, 240);
}

function clientFor(index, ctx) {
  const name = `job-${String(index).padStart(4, '0')}`;
  if (index % 2 === 0) {
    const runner = runnerFiles(ctx.scratch);
    const inputs = {
      ...ctx.defaults,
      certificate: ctx.certificatePem,
      'private-key': ctx.privateKeyPem,
      ...ctx.arnInputs,
      'role-session-name': name,
      endpoint: ctx.gateUrl,
    };
    return {
      name,
      kind: 'action',
      node: node24,
      args: [join(clientDist, 'main', 'index.js')],
      env: {
        PATH: process.env.PATH ?? '',
        ...runner.files,
        GITHUB_ACTIONS: 'true',
        RUNNER_TEMP: runner.dir,
        HOME: runner.dir,
        ...inputEnv(inputs),
      },
      after: ({ code, stdout }) =>
        code === 0 && readFileSync(runner.files.GITHUB_ENV, 'utf8').includes('AWS_SESSION_TOKEN<<')
          ? undefined
          : lastLine(stdout) || `exit ${code}`,
    };
  }
  return {
    name,
    kind: 'cli',
    node: nodeCli,
    args: [
      join(clientDist, 'cli', 'index.js'),
      'credential-process',
      '--no-cache',
      '--certificate',
      ctx.files.certificate,
      '--private-key',
      ctx.files.privateKey,
      '--trust-anchor-arn',
      ctx.arns.trustAnchorArn,
      '--profile-arn',
      ctx.arns.profileArn,
      '--role-arn',
      ctx.arns.roleArn,
      '--role-session-name',
      name,
      '--endpoint',
      ctx.gateUrl,
    ],
    env: { PATH: process.env.PATH ?? '', HOME: ctx.scratch },
    after: ({ code, stdout, stderr }) => {
      if (code !== 0) return lastLine(stderr) || `exit ${code}`;
      try {
        return typeof JSON.parse(stdout).AccessKeyId === 'string' ? undefined : 'no AccessKeyId';
      } catch {
        return 'stdout is not JSON';
      }
    },
  };
}

function emulatorCounts(log) {
  const m = /CreateSession accepted=(\d+) rejected=(\d+) throttled=(\d+)/.exec(log);
  return m ? { accepted: +m[1], rejected: +m[2], throttled: +m[3] } : undefined;
}

async function runSize(size, scratchRoot) {
  const scratch = mkdtempSync(join(scratchRoot, `n${size}-`));
  const emulator = await startEmulator({
    node: nodeCli,
    cli: emulatorCli,
    dir: join(scratch, 'emulator'),
    extraArgs: ['--rate-limit', String(rate), '--accept-role-session-name'],
  });
  const gate = await startGate({ target: emulator.url, clients: size, holdMs });
  const ctx = {
    scratch,
    gateUrl: gate.url,
    files: emulator.files,
    arns: emulator.arns,
    arnInputs: {
      'trust-anchor-arn': emulator.arns.trustAnchorArn,
      'profile-arn': emulator.arns.profileArn,
      'role-arn': emulator.arns.roleArn,
    },
    certificatePem: readFileSync(emulator.files.certificate, 'utf8'),
    privateKeyPem: readFileSync(emulator.files.privateKey, 'utf8'),
    defaults: actionDefaults(join(clientDist, '..', 'action.yml')),
  };
  const clients = Array.from({ length: size }, (_, i) => clientFor(i, ctx));
  const loadBefore = loadavg()[0];
  const spawnStart = performance.now();
  const runs = clients.map((client) => runClient(client));
  const spawnSpreadMs = performance.now() - spawnStart;
  const results = await Promise.all(runs);
  await gate.close();
  await emulator.stop();
  const counts = emulatorCounts(emulator.log());
  const byName = new Map(gate.clients().map((c) => [c.name, c]));
  const rows = clients.map((client, i) => {
    const seen = byName.get(client.name);
    const result = results[i];
    return {
      name: client.name,
      kind: client.kind,
      ok: result.ok,
      error: result.error,
      attempts: seen?.statuses.length ?? 0,
      statuses: seen?.statuses ?? [],
      // On the account's side: from the release of the client's first request to the answer that
      // granted it credentials; the process still had to write them, which it did (checked above).
      toCredentialsMs:
        result.ok && seen?.releasedAt !== undefined && seen.grantedAt !== undefined
          ? seen.grantedAt - seen.releasedAt
          : NaN,
      startupMs: seen === undefined ? NaN : seen.firstAt - result.spawnedAt,
    };
  });
  const times = rows.filter((r) => r.ok).map((r) => r.toCredentialsMs);
  const attempts = rows.map((r) => r.attempts);
  const failures = rows.filter((r) => !r.ok);
  const summary = {
    size,
    rate,
    withCredentials: rows.filter((r) => r.ok).length,
    p50Ms: percentileNearestRank(times, 50),
    p95Ms: percentileNearestRank(times, 95),
    maxMs: times.length ? Math.max(...times) : NaN,
    attemptsMean: attempts.reduce((a, b) => a + b, 0) / size,
    attemptsMax: Math.max(...attempts),
    requestsAtGate: gate.requests(),
    emulator: counts,
    waves: gate.releases().map((r) => r.count),
    spawnSpreadMs,
    startupMsMedian: percentileNearestRank(
      rows.map((r) => r.startupMs).filter(Number.isFinite),
      50,
    ),
    startupMsMax: Math.max(...rows.map((r) => r.startupMs).filter(Number.isFinite)),
    loadAverage: { before: loadBefore, after: loadavg()[0] },
    failures: [...new Set(failures.map((f) => `${f.kind}: ${f.error}`))].slice(0, 5),
  };
  rmSync(scratch, { recursive: true, force: true });
  return { summary, rows };
}

function accountClock(policyName, policy) {
  const config = JSON.stringify({ sizes, rate, runs: clockRuns, policy });
  const run = spawnSync(
    node24,
    [
      '--experimental-transform-types',
      '--no-warnings',
      join(root, 'bench', 'accountClock.mjs'),
      config,
    ],
    { encoding: 'utf8', timeout: 30 * 60_000, maxBuffer: 16 * 2 ** 20 },
  );
  if (run.status !== 0)
    throw new Error(`accountClock.mjs failed: ${run.stderr.trim().slice(0, 400)}`);
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
    .map(({ size, runs }) => ({ policyName, size, runs }));
}

const secs = (ms) => (Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '—');
const span = (values, f = (v) => v) => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? f(lo) : `${f(lo)}–${f(hi)}`;
};

function clockTable(rows) {
  return renderTable(
    [
      'policy',
      'clients',
      'with credentials',
      'p50 s',
      'p95 s',
      'max s',
      'attempts/client (mean, max)',
      'requests the account saw',
      'of which throttled',
    ],
    rows.map(({ policyName, size, runs }) => [
      policyName,
      size,
      span(
        runs.map((r) => r.withCredentials),
        (v) => `${v}/${size}`,
      ),
      span(
        runs.map((r) => r.p50Ms),
        secs,
      ),
      span(
        runs.map((r) => r.p95Ms),
        secs,
      ),
      span(
        runs.map((r) => r.maxMs),
        secs,
      ),
      `${span(
        runs.map((r) => r.attemptsMean),
        (v) => v.toFixed(1),
      )}, ${Math.max(...runs.map((r) => r.attemptsMax))}`,
      span(runs.map((r) => r.requests)),
      span(runs.map((r) => r.throttled)),
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

function gitHead(dir) {
  const run = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : 'unknown';
}

async function main() {
  for (const path of [emulatorCli, join(clientDist, 'main', 'index.js'), node24]) {
    if (!existsSync(path)) throw new Error(`${path} is missing: run npm ci and npm run bundle.`);
  }
  const needMiB = Math.max(...sizes) * 90;
  if (freemem() / 2 ** 20 < needMiB) {
    progress(`warning: ${Math.round(freemem() / 2 ** 20)} MiB free, about ${needMiB} needed.`);
  }
  const scratchRoot = mkdtempSync(join(tmpdir(), 'rac-bench-scale-'));
  const started = new Date();
  say(`rolesanywhere-credentials scale benchmark, ${started.toISOString()}`);
  say(
    `clients: ${clientDist} (commit ${gitHead(dirname(clientDist))}); emulator: dist/ --rate-limit ${rate}`,
  );
  say(`machine: ${cpus().length} cores, load average at start ${loadavg().join(' ')}`);
  const results = { clock: [], processes: [] };
  if (only.includes('clock')) {
    progress('on the account clock…');
    results.clock = [
      ...accountClock('before (5 attempts, 0.3→10 s, 60 s)', BEFORE_POLICY),
      ...accountClock('after (12 attempts, 1→20 s, 90 s)', undefined),
    ];
    say();
    say(
      `On the account's clock: N clients start in the same millisecond, quota ${rate}/s (burst ${rate}); ${clockRuns} runs each, ranges over the runs`,
    );
    say(clockTable(results.clock));
  }
  if (!only.includes('processes')) return finish(results, started);
  const summaries = results.processes;
  try {
    for (const size of sizes) {
      progress(`${size} clients…`);
      const { summary } = await runSize(size, scratchRoot);
      summaries.push(summary);
      progress(
        `${size}: ${summary.withCredentials}/${size} with credentials, waves ${summary.waves.join('+')}`,
      );
    }
  } finally {
    rmSync(scratchRoot, { recursive: true, force: true });
  }
  const s = secs;
  say();
  say(`Real processes (clients: ${clientDist}), first requests lined up by the gate`);
  say(
    renderTable(
      [
        'clients',
        'with credentials',
        'p50 s',
        'p95 s',
        'max s',
        'attempts/client (mean, max)',
        'requests the account saw',
        'throttled',
        'first requests released',
      ],
      summaries.map((r) => [
        r.size,
        `${r.withCredentials}/${r.size}`,
        s(r.p50Ms),
        s(r.p95Ms),
        s(r.maxMs),
        `${r.attemptsMean.toFixed(1)}, ${r.attemptsMax}`,
        r.emulator ? r.emulator.accepted + r.emulator.rejected : `${r.requestsAtGate} (gate)`,
        r.emulator?.throttled ?? '—',
        r.waves.join(' + '),
      ]),
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
  );
  say();
  for (const r of summaries) {
    say(
      `${r.size}: spawned in ${r.spawnSpreadMs.toFixed(0)} ms; first request ${s(r.startupMsMedian)} s after spawn (median), ${s(r.startupMsMax)} s (max); load average ${r.loadAverage.before.toFixed(1)} → ${r.loadAverage.after.toFixed(1)}`,
    );
    for (const f of r.failures) say(`  failed: ${f}`);
  }
  finish(results, started);
}

function finish(results, started) {
  say(`load average at end ${loadavg().join(' ')}`);
  const out = join(root, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, `scale-${label}.json`),
    `${JSON.stringify({ started, clientDist, rate, holdMs, ...results }, null, 2)}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`bench:scale: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
