/**
 * npm run bench: cold start, peak RSS, signing throughput, bundle sizes, `serve` under load and
 * `demo`, each figure next to a baseline measured in the same run, and the targets of issue 8
 * marked PASS or FAIL. Builds nothing: it measures the committed dist/ (a snapshot taken at start,
 * so a rebuild meanwhile cannot mix two builds). Always exits 0; the figures are the result.
 *
 * Environment: BENCH_RUNS (cold-start runs per subject, default 15), BENCH_DEMO_RUNS (5),
 * BENCH_SERVE_REQUESTS (2000), BENCH_SERVE_CONCURRENCY (50), BENCH_SIGN_MS (1500 per key),
 * BENCH_ONLY (comma list of sizes,cold,sign,serve: run only those).
 * Writes bench/results/latest.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from './lib/emulator.mjs';
import { emulatorRoundTrip } from './lib/emulatorRtt.mjs';
import { nodeVersion, probeRssMethod, timedNode } from './lib/proc.mjs';
import { fetchOnce, loadTest, startBareServer, startServe } from './lib/serveLoad.mjs';
import { bundleSizes } from './lib/sizes.mjs';
import { median, shuffled, summarize } from './lib/stats.mjs';
import { coldStartSubjects, demoSubject } from './lib/subjects.mjs';
import { fmt, renderTable } from './lib/table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const startedAt = new Date();
const intEnv = (name, fallback, min, max) => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
};
const config = {
  runs: intEnv('BENCH_RUNS', 15, 1, 1000),
  demoRuns: intEnv('BENCH_DEMO_RUNS', 5, 0, 1000),
  serveRequests: intEnv('BENCH_SERVE_REQUESTS', 2000, 100, 1_000_000),
  serveConcurrency: intEnv('BENCH_SERVE_CONCURRENCY', 50, 1, 1000),
  serveWarmup: 200,
  serveBudgetMs: 60_000,
  signBudgetMs: intEnv('BENCH_SIGN_MS', 1500, 100, 60_000),
};
const only = new Set(
  (process.env.BENCH_ONLY ?? 'sizes,cold,sign,serve').split(',').map((s) => s.trim()),
);

// The start-up targets of the house work (docs/performance.md, "Start-up targets").
const TARGETS = {
  actionRatio: 3.0,
  cachedRatio: 1.4,
  signOverhead: 0.1,
  actionRssMiB: 60,
};

const notes = [];
const say = (line = '') => process.stdout.write(`${line}\n`);
const progress = (line) => process.stderr.write(`bench: ${line}\n`);

/** The engines minimum (the Node that runs npm) and the Action's runtime (the `node` dev dependency). */
function nodeBinaries() {
  const candidates = [
    process.env.npm_node_execpath,
    process.execPath,
    join(root, 'node_modules', 'node', 'bin', 'node'),
  ].filter((p) => p !== undefined && existsSync(p));
  const byVersion = new Map();
  for (const path of candidates) {
    const version = nodeVersion(path);
    if (version === undefined || byVersion.has(version)) continue;
    byVersion.set(version, {
      path: realpathSync(path),
      version,
      label: `Node ${version.replace(/^v/, '').split('.')[0]}`,
    });
  }
  const nodes = [...byVersion.values()].sort(
    (a, b) => Number(a.version.slice(1).split('.')[0]) - Number(b.version.slice(1).split('.')[0]),
  );
  // Two minor versions of one major would share a label: spell those out.
  for (const node of nodes)
    if (nodes.filter((n) => n.label === node.label).length > 1)
      node.label = `Node ${node.version.slice(1)}`;
  return nodes;
}

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // Not Linux.
  }
  return {
    platform: `${platform()} ${release()}`,
    cpu,
    nproc: cpus().length,
    memTotalMiB: Math.round(totalmem() / 2 ** 20),
    memFreeMiB: Math.round(freemem() / 2 ** 20),
    loadAverageAtStart: loadavg().map((v) => Number(v.toFixed(2))),
  };
}

/** Which build was measured: the commit, and whether dist/ differs from it. Read-only git. */
function gitFacts() {
  const git = (...args) => {
    const run = spawnSync('git', args, { cwd: root, encoding: 'utf8', timeout: 10_000 });
    return run.status === 0 ? run.stdout.trim() : undefined;
  };
  const head = git('rev-parse', '--short', 'HEAD');
  if (head === undefined) return undefined;
  const dirty = git('status', '--porcelain', '--', 'dist');
  return { head, distModified: dirty === undefined ? undefined : dirty !== '' };
}

/** Copies the committed bundles so that a concurrent `npm run bundle` cannot change them mid-run. */
function snapshotDist(scratch) {
  const dist = join(scratch, 'dist');
  for (const name of ['main', 'post', 'cli', 'lib']) {
    const from = join(root, 'dist', name);
    if (existsSync(from)) cpSync(from, join(dist, name), { recursive: true });
  }
  return dist;
}

/** Which files `credential-process` (cached) loads, traced on a Node with module.registerHooks. */
async function tracedCachedPath(node, subject, scratch, dist) {
  const trace = join(scratch, 'trace.txt');
  const { args, env } = subject.prepare();
  // The first run fills the cache; the traced one is then served from it, as the measured ones are.
  await timedNode(node.path, args, { env, scratch });
  const run = await timedNode(
    node.path,
    ['--import', join(root, 'bench', 'lib', 'traceLoads.mjs'), ...args],
    {
      env: { ...env, RAC_BENCH_TRACE: trace },
      scratch,
    },
  );
  if (run.exitCode !== 0 || !existsSync(trace)) return undefined;
  const files = [...new Set(readFileSync(trace, 'utf8').split('\n').filter(Boolean))]
    .map((url) => fileURLToPath(url))
    .filter((path) => path.startsWith(join(dist, 'cli')) && path.endsWith('.js'));
  return files.length > 0 ? files : undefined;
}

async function coldStart(nodes, ctx) {
  const subjects = coldStartSubjects(ctx);
  const demo = demoSubject(ctx);
  const pairs = nodes.flatMap((node) => subjects.map((subject) => ({ node, subject })));
  const demoPairs = config.demoRuns > 0 ? nodes.map((node) => ({ node, subject: demo })) : [];
  const samples = new Map();
  const key = (node, subject) => `${node.label}\u0000${subject.id}`;
  const runOnce = async ({ node, subject }, record) => {
    const plan = subject.prepare();
    const result = await timedNode(node.path, plan.args, {
      env: plan.env,
      rss: ctx.rss,
      scratch: ctx.scratch,
    });
    const error = plan.after?.(result);
    if (!record) return error;
    const entry = samples.get(key(node, subject)) ?? {
      ms: [],
      rssKiB: [],
      cpuMs: [],
      internalMs: [],
      errors: [],
    };
    if (error) entry.errors.push(error);
    else {
      entry.ms.push(result.ms);
      entry.rssKiB.push(result.rssKiB);
      entry.cpuMs.push(result.cpuMs);
      if (subject.internalMs) entry.internalMs.push(subject.internalMs(result));
    }
    samples.set(key(node, subject), entry);
    return error;
  };

  progress('cold start: warm-up (fills the credential cache and the page cache)');
  for (const pair of [...pairs, ...demoPairs]) {
    const error = await runOnce(pair, false);
    if (error)
      notes.push(`warm-up of ${pair.subject.label} on ${pair.node.label} failed: ${error}`);
  }
  let emulatorRtt;
  try {
    emulatorRtt = await emulatorRoundTrip({ dist: ctx.dist, emulator: ctx.emulator });
  } catch (error) {
    notes.push(`the emulator's own answer time was not measured: ${error.message}`);
  }
  const grantedBefore = await ctx.emulator.settledGranted();
  let serviceRuns = 0;
  for (let round = 0; round < config.runs; round++) {
    progress(`cold start: round ${round + 1}/${config.runs}`);
    const roundPairs = [...pairs, ...(round < config.demoRuns ? demoPairs : [])];
    for (const pair of shuffled(roundPairs, round + 1)) {
      const error = await runOnce(pair, true);
      if (!error && pair.subject.callsService) serviceRuns += 1;
    }
  }
  // A cached run that called CreateSession would show up here as a surplus.
  const granted = (await ctx.emulator.settledGranted()) - grantedBefore;
  const cacheHonoured = granted === serviceRuns;
  if (!cacheHonoured)
    notes.push(
      `the emulator granted ${granted} CreateSession calls during the measured runs where ${serviceRuns} were expected: the cached runs did not all hit the cache`,
    );

  const result = {};
  for (const node of nodes) {
    result[node.label] = {};
    const base = samples.get(key(node, subjects[0]));
    const baseMs = base ? median(base.ms) : Number.NaN;
    const baseRss = base ? median(base.rssKiB) : Number.NaN;
    const baseCpu = base ? median(base.cpuMs) : Number.NaN;
    for (const subject of [...subjects, ...(config.demoRuns > 0 ? [demo] : [])]) {
      const entry = samples.get(key(node, subject));
      if (!entry) continue;
      const ms = summarize(entry.ms);
      const rss = summarize(entry.rssKiB.filter(Number.isFinite));
      const cpu = summarize(entry.cpuMs.filter(Number.isFinite));
      result[node.label][subject.id] = {
        label: subject.label,
        ms,
        ratio: ms.median / baseMs,
        rssKiB: rss,
        rssRatio: rss.median / baseRss,
        cpuMs: cpu,
        cpuRatio: cpu.median / baseCpu,
        ...(entry.internalMs.length ? { internalMs: summarize(entry.internalMs) } : {}),
        errors: entry.errors.length,
        ...(entry.errors.length ? { firstError: entry.errors[0] } : {}),
      };
    }
  }
  return {
    result,
    cacheHonoured,
    createSessionCalls: { granted, expected: serviceRuns },
    emulatorRoundTripMs: emulatorRtt,
  };
}

function signing(node24) {
  return new Promise((resolve) => {
    const child = spawn(
      node24.path,
      ['--experimental-transform-types', '--no-warnings', join(root, 'bench', 'sign.mjs')],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          BENCH_SIGN_MS: String(config.signBudgetMs),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(out));
      } catch {
        resolve({
          error: `bench/sign.mjs failed (exit ${code}): ${err.trim().split('\n').slice(0, 6).join(' / ')}`,
        });
      }
    });
  });
}

async function serveLoad(nodes, ctx) {
  const result = {};
  const validate = (body) =>
    body.includes('"AccessKeyId"') ? undefined : 'no AccessKeyId in the document';
  for (const node of nodes) {
    progress(
      `serve: ${node.label}, ${config.serveRequests} requests from ${config.serveConcurrency} clients`,
    );
    let serve;
    let bare;
    try {
      serve = await startServe({
        node: node.path,
        cli: join(ctx.dist, 'cli', 'index.js'),
        emulator: ctx.emulator,
        home: mkdtempSync(join(ctx.scratch, 'serve-')),
      });
      const first = await fetchOnce(serve.uri, serve.token);
      if (first.status !== 200)
        throw new Error(`the first credential request answered ${first.status}`);
      bare = await startBareServer({ node: node.path, body: first.body, token: serve.token });
      const load = (uri) =>
        loadTest({
          url: uri,
          token: serve.token,
          concurrency: config.serveConcurrency,
          total: config.serveRequests,
          warmup: config.serveWarmup,
          budgetMs: config.serveBudgetMs,
          validate,
        });
      // Three alternating rounds; each figure is the median over them.
      const runs = { serve: [], bare: [] };
      for (let i = 0; i < 3; i++) {
        runs.serve.push(await load(serve.uri));
        runs.bare.push(await load(bare.uri));
      }
      const mid = (list) => ({
        rps: median(list.map((r) => r.rps)),
        p50ms: median(list.map((r) => r.p50ms)),
        p99ms: median(list.map((r) => r.p99ms)),
        ok: list.reduce((n, r) => n + r.ok, 0),
        requests: list.reduce((n, r) => n + r.requests, 0),
        errors: list.reduce((n, r) => n + r.errors, 0),
        firstError: list.find((r) => r.firstError)?.firstError,
        truncated: list.some((r) => r.truncated),
      });
      const s = mid(runs.serve);
      const b = mid(runs.bare);
      result[node.label] = {
        serve: s,
        bare: b,
        throughputRatio: s.rps / b.rps,
        p99Ratio: s.p99ms / b.p99ms,
        bodyBytes: Buffer.byteLength(first.body),
        runs,
      };
    } catch (error) {
      result[node.label] = { error: String(error.message ?? error) };
    } finally {
      await serve?.stop();
      await bare?.stop();
    }
  }
  return result;
}

function targetLines(report) {
  const lines = [];
  const add = (name, scope, value, limit, shown, pass) =>
    lines.push({
      name,
      scope,
      value,
      limit,
      shown,
      status: value === undefined || !Number.isFinite(value) ? 'SKIP' : pass ? 'PASS' : 'FAIL',
    });
  for (const [node, subjects] of Object.entries(report.coldStart?.result ?? {})) {
    const action = subjects.action;
    add(
      `Action time-to-credentials ≤ ${TARGETS.actionRatio.toFixed(1)}× node -e 0`,
      node,
      action?.ratio,
      TARGETS.actionRatio,
      fmt.x(action?.ratio),
      action?.ratio <= TARGETS.actionRatio,
    );
  }
  for (const [node, subjects] of Object.entries(report.coldStart?.result ?? {})) {
    const cached = subjects.cpCached;
    add(
      `cached credential-process ≤ ${TARGETS.cachedRatio.toFixed(1)}× node -e 0`,
      node,
      cached?.ratio,
      TARGETS.cachedRatio,
      fmt.x(cached?.ratio),
      cached?.ratio <= TARGETS.cachedRatio,
    );
  }
  for (const r of report.signing?.results ?? []) {
    add(
      'signing overhead ≤ 10% over crypto.sign',
      `${r.key} (${report.signing.node})`,
      r.overhead,
      TARGETS.signOverhead,
      fmt.pct(r.overhead),
      r.overhead <= TARGETS.signOverhead,
    );
  }
  for (const [node, subjects] of Object.entries(report.coldStart?.result ?? {})) {
    const rss = subjects.action?.rssKiB?.median / 1024;
    add(
      `Action peak RSS ≤ ${TARGETS.actionRssMiB} MiB`,
      node,
      rss,
      TARGETS.actionRssMiB,
      Number.isFinite(rss) ? `${rss.toFixed(1)} MiB` : '—',
      rss <= TARGETS.actionRssMiB,
    );
  }
  return lines;
}

function printReport(report, jsonPath) {
  const m = report.machine;
  say('');
  say(`rolesanywhere-credentials benchmark, ${report.startedAt}`);
  say(
    `machine: ${m.cpu}, ${m.nproc} cores, ${m.memTotalMiB} MiB, ${m.platform}; load average at start ${m.loadAverageAtStart.join(' ')}, at end ${report.loadAverageAtEnd.join(' ')}`,
  );
  if (report.git)
    say(
      `build: commit ${report.git.head}${report.git.distModified ? ', dist/ modified since (uncommitted rebuild)' : ', dist/ as committed'}`,
    );
  say(`nodes: ${report.nodes.map((n) => `${n.label} = ${n.version} (${n.path})`).join('; ')}`);
  say(
    `peak RSS via ${report.rssMethod === 'time' ? 'GNU time -f %M' : 'a process.resourceUsage() preload'}; medians of ${config.runs} interleaved runs (demo ${config.demoRuns})`,
  );

  if (report.sizes) {
    say('\nBundle sizes');
    say(
      renderTable(
        ['bundle', 'files', 'raw', 'gzip'],
        report.sizes.map((r) => [r.label, r.files, fmt.kb(r.raw), fmt.kb(r.gzip)]),
        ['l', 'r', 'r', 'r'],
      ),
    );
  }
  if (report.coldStart) {
    say('\nCold start, spawn to exit (each ratio to node -e 0 on the same Node, same run)');
    const rows = [];
    for (const [node, subjects] of Object.entries(report.coldStart.result)) {
      for (const s of Object.values(subjects)) {
        rows.push([
          node,
          s.label,
          fmt.ms(s.ms.median),
          `${fmt.ms(s.ms.p25)}–${fmt.ms(s.ms.p75)}`,
          fmt.x(s.ratio),
          fmt.ms(s.cpuMs.median),
          fmt.x(s.cpuRatio),
          fmt.mib(s.rssKiB.median),
          fmt.x(s.rssRatio),
          s.errors ? `${s.errors} failed: ${s.firstError}` : '',
        ]);
      }
    }
    say(
      renderTable(
        [
          'node',
          'subject',
          'wall ms',
          'p25–p75',
          '× node -e 0',
          'CPU ms',
          '× CPU',
          'peak RSS MiB',
          '× RSS',
          'errors',
        ],
        rows,
        ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      ),
    );
    say(
      'wall: spawn to exit, median; CPU: user+system of the child (10 ms resolution), median; RSS: peak, median.',
    );
    const demoRows = Object.entries(report.coldStart.result)
      .filter(([, s]) => s.demo?.internalMs)
      .map(([node, s]) => `${node} ${fmt.ms(s.demo.internalMs.median)} ms`);
    if (demoRows.length) say(`demo's own "Done in" figure (median): ${demoRows.join(', ')}`);
    const rtt = report.coldStart.emulatorRoundTripMs;
    if (rtt)
      say(
        `the emulator's own answer to one CreateSession (fresh loopback connection, warm emulator): median ${fmt.ms(rtt.median)} ms, part of every "to credentials" figure`,
      );
    say(
      `cache check: the emulator granted ${report.coldStart.createSessionCalls.granted} CreateSession calls for ${report.coldStart.createSessionCalls.expected} uncached runs${report.coldStart.cacheHonoured ? ' (every cached run was served from the cache)' : ' (MISMATCH)'}`,
    );
  }
  if (report.signing) {
    say(
      `\nSigning, in process (${report.signing.node ?? 'n/a'}): signCreateSession vs bare crypto.sign in back-to-back pairs, medians`,
    );
    if (report.signing.error) say(`not measured: ${report.signing.error}`);
    else
      say(
        renderTable(
          [
            'key',
            'pairs',
            'signCreateSession /s',
            'crypto.sign /s',
            'µs: full vs bare',
            'overhead µs',
            'overhead',
          ],
          report.signing.results.map((r) => [
            r.key,
            fmt.int(r.pairs),
            fmt.int(r.fullOpsPerSec),
            fmt.int(r.rawOpsPerSec),
            `${fmt.us(r.fullUsPerOp)} vs ${fmt.us(r.rawUsPerOp)}`,
            fmt.us(r.overheadUsPerOp),
            fmt.pct(r.overhead),
          ]),
          ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
        ),
      );
    if (report.signing.skipped) say(report.signing.skipped);
  }
  if (report.serve) {
    say(
      `\nserve: ${config.serveRequests} credential requests, ${config.serveConcurrency} concurrent keep-alive clients on 127.0.0.1 from this process (${process.version}); baseline: bare node:http answering the same body`,
    );
    const rows = [];
    for (const [node, r] of Object.entries(report.serve)) {
      if (r.error) {
        rows.push([node, 'not measured', r.error, '', '', '', '']);
        continue;
      }
      for (const [name, x] of [
        ['serve', r.serve],
        ['bare node:http', r.bare],
      ])
        rows.push([
          node,
          name,
          fmt.int(x.rps),
          fmt.ms(x.p50ms),
          fmt.ms(x.p99ms),
          `${x.ok}/${x.requests}${x.truncated ? ' (budget hit)' : ''}`,
          x.errors ? `${x.errors}: ${x.firstError}` : '',
        ]);
      rows.push([node, 'serve ÷ bare', fmt.x(r.throughputRatio), '', fmt.x(r.p99Ratio), '', '']);
    }
    say(
      renderTable(['node', 'server', 'req/s', 'p50 ms', 'p99 ms', 'ok', 'errors'], rows, [
        'l',
        'l',
        'r',
        'r',
        'r',
        'r',
        'l',
      ]),
    );
  }
  say('\nTargets');
  for (const t of report.targets)
    say(`${t.status.padEnd(4)}  ${t.name.padEnd(45)} ${t.scope.padEnd(22)} ${t.shown}`);
  if (report.notes.length) {
    say('\nNotes');
    for (const n of report.notes) say(`- ${n}`);
  }
  say(`\nJSON: ${relative(process.cwd(), jsonPath)}`);
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'rac-bench-'));
  let emulator;
  const report = {
    schema: 1,
    startedAt: startedAt.toISOString(),
    command: 'npm run bench',
    config,
    machine: machine(),
    benchNode: process.version,
    git: gitFacts(),
    notes,
  };
  const stopAll = async () => {
    await emulator?.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      void stopAll().finally(() => process.exit(0));
    });
  try {
    const nodes = nodeBinaries();
    report.nodes = nodes;
    if (nodes.length < 2)
      notes.push('only one Node version found; `npm ci` installs Node 24 as node_modules/node');
    report.rssMethod = probeRssMethod();
    const dist = snapshotDist(scratch);
    const haveCli = existsSync(join(dist, 'cli', 'index.js'));
    const haveMain = existsSync(join(dist, 'main', 'index.js'));
    if (!haveCli)
      notes.push(
        'dist/cli/index.js is missing (run `npm run bundle`): cold start, serve and demo skipped',
      );
    if (!haveMain)
      notes.push(
        'dist/main/index.js is missing (run `npm run bundle`): the Action is not measured',
      );

    if (haveCli && (only.has('cold') || only.has('serve') || only.has('sizes'))) {
      progress('starting the emulator');
      emulator = await startEmulator({
        node: nodes[0].path,
        cli: join(dist, 'cli', 'index.js'),
        dir: join(scratch, 'emulator'),
      });
    }
    const ctx = {
      dist,
      emulator,
      scratch,
      rss: report.rssMethod,
      actionYml: join(root, 'action.yml'),
    };

    if (only.has('sizes')) {
      let cachedPath;
      const tracer = nodes.find((n) => Number(n.version.slice(1).split('.')[0]) >= 23);
      if (emulator && tracer) {
        const cached = coldStartSubjects(ctx).find((s) => s.id === 'cpCached');
        cachedPath = await tracedCachedPath(tracer, cached, scratch, dist);
      }
      if (cachedPath === undefined)
        notes.push('the credential-process path could not be traced (needs Node ≥ 23 and the CLI)');
      report.sizes = bundleSizes(dist, cachedPath);
      report.cachedPathFiles = cachedPath?.map((f) => relative(dist, f));
    }
    if (only.has('cold') && emulator) {
      if (!haveMain) notes.push('cold start without the Action');
      report.coldStart = await coldStart(nodes, ctx);
    }
    if (only.has('sign')) {
      const node24 = nodes.find((n) => Number(n.version.slice(1).split('.')[0]) >= 23);
      progress('signing throughput');
      report.signing = node24
        ? await signing(node24)
        : { error: 'needs Node ≥ 23 for type stripping (npm ci installs Node 24)' };
    }
    if (only.has('serve') && emulator) report.serve = await serveLoad(nodes, ctx);
  } catch (error) {
    notes.push(`the benchmark stopped early: ${error?.stack ?? error}`);
  } finally {
    await stopAll();
  }
  report.loadAverageAtEnd = loadavg().map((v) => Number(v.toFixed(2)));
  report.finishedAt = new Date().toISOString();
  report.targets = targetLines(report);
  const resultsDir = join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const jsonPath = join(resultsDir, 'latest.json');
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report, jsonPath);
}

await main().catch((error) => {
  process.stderr.write(`bench: ${error?.stack ?? error}\n`);
});
process.exitCode = 0;
