/**
 * Where the time goes: the analysis behind docs/performance.md, separate from `npm run bench`.
 *
 *   node bench/profile.mjs                # phases, built-in modules, CPU profiles, signer steps
 *   node bench/profile.mjs --experiment   # also builds two Action variants into a temp dir with
 *                                         # ncc (about a minute) and times them side by side
 *
 * Phases are cold-start medians (BENCH_RUNS, default 15, interleaved) of processes that stop at
 * successive points: an empty module, the Action bundle with no inputs (loads and evaluates every
 * module, then fails on the first input), the Action to credentials; the CLI entry alone
 * (--version), and cached credential-process; each with V8's on-disk compile cache too
 * (NODE_COMPILE_CACHE, Node ≥ 22.1). Writes bench/results/profile.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inclusive, readProfile, selfByFunction } from './lib/cpuProfile.mjs';
import { startEmulator } from './lib/emulator.mjs';
import { nodeVersion, probeRssMethod, timedNode } from './lib/proc.mjs';
import { median, shuffled } from './lib/stats.mjs';
import { coldStartSubjects } from './lib/subjects.mjs';
import { fmt, renderTable } from './lib/table.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const experiment = process.argv.includes('--experiment');
const say = (line = '') => process.stdout.write(`${line}\n`);
const progress = (line) => process.stderr.write(`profile: ${line}\n`);
const major = (node) => Number(node.version.slice(1).split('.')[0]);

function nodes() {
  const list = [
    process.env.npm_node_execpath ?? process.execPath,
    join(root, 'node_modules', 'node', 'bin', 'node'),
  ]
    .filter((p) => existsSync(p))
    .map((path) => ({ path, version: nodeVersion(path) }))
    .filter((n) => n.version !== undefined);
  const seen = new Set();
  return list
    .filter((n) => !seen.has(n.version) && seen.add(n.version))
    .map((n) => ({ ...n, label: `Node ${n.version.slice(1).split('.')[0]}` }));
}

/** The Action's bundle from a copy of src/ with, optionally, a replacement for src/github/toolkit.ts. */
function buildActionVariant(scratch, name, toolkitReplacement) {
  const tree = join(scratch, `tree-${name}`);
  cpSync(join(root, 'src'), join(tree, 'src'), { recursive: true });
  for (const file of ['tsconfig.json', 'package.json'])
    copyFileSync(join(root, file), join(tree, file));
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
  if (toolkitReplacement !== undefined) {
    const text = readFileSync(toolkitReplacement, 'utf8').replace(
      "'../../src/github/workflow.js'",
      "'./workflow.js'",
    );
    writeFileSync(join(tree, 'src', 'github', 'toolkit.ts'), text);
  }
  const out = join(scratch, `dist-${name}`);
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
      'build',
      'src/github/main.ts',
      '-o',
      out,
      '--minify',
      '--target',
      'es2022',
      '--quiet',
    ],
    { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const bytes = readdirSync(out)
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + readFileSync(join(out, f)).length, 0);
  return { entry: join(out, 'index.js'), bytes };
}

function subjectsFor(ctx, variants) {
  const base = coldStartSubjects(ctx);
  const byId = Object.fromEntries(base.map((s) => [s.id, s]));
  const emptyModule = join(ctx.scratch, 'empty.mjs');
  writeFileSync(emptyModule, '');
  const compileCache = join(ctx.scratch, 'compile-cache');
  const withCache = (subject, id, label) => ({
    id,
    label,
    needsMajor: 22,
    prepare: () => {
      const plan = subject.prepare();
      return { ...plan, env: { ...plan.env, NODE_COMPILE_CACHE: compileCache } };
    },
  });
  const actionWith = (id, label, entry) => ({
    id,
    label,
    prepare: () => {
      const plan = byId.action.prepare();
      return { ...plan, args: [entry] };
    },
  });
  return [
    byId.baseline,
    {
      id: 'emptyModule',
      label: 'node empty.mjs',
      prepare: () => ({ args: [emptyModule], env: {} }),
    },
    {
      id: 'actionNoInputs',
      label: 'Action, no inputs (load + evaluate, then fail)',
      prepare: () => {
        const plan = byId.action.prepare();
        const env = Object.fromEntries(
          Object.entries(plan.env).filter(([k]) => !k.startsWith('INPUT_')),
        );
        return {
          args: plan.args,
          env,
          after: (r) =>
            r.exitCode === 1 && r.stdout.includes('::error::')
              ? undefined
              : 'expected one ::error:: and exit 1',
        };
      },
    },
    byId.action,
    withCache(byId.action, 'actionCompileCache', 'Action, warm NODE_COMPILE_CACHE'),
    {
      id: 'cliVersion',
      label: 'CLI entry alone (--version)',
      prepare: () => ({ args: [join(ctx.dist, 'cli', 'index.js'), '--version'], env: {} }),
    },
    byId.cpCached,
    withCache(
      byId.cpCached,
      'cpCachedCompileCache',
      'credential-process (cached), warm NODE_COMPILE_CACHE',
    ),
    {
      id: 'coreUnbundled',
      label: "import '@actions/core' (unbundled, for reference)",
      prepare: () => ({ args: ['--input-type=module', '-e', "import '@actions/core'"], env: {} }),
      cwd: root,
    },
    ...variants.map((v) => actionWith(v.id, v.label, v.entry)),
  ];
}

async function phases(nodeList, ctx, subjects) {
  const samples = new Map();
  const pairs = nodeList.flatMap((node) =>
    subjects
      .filter((s) => major(node) >= (s.needsMajor ?? 0))
      .map((subject) => ({ node, subject })),
  );
  const once = async ({ node, subject }) => {
    const plan = subject.prepare();
    const r = await timedNode(node.path, plan.args, {
      env: plan.env,
      rss: ctx.rss,
      scratch: ctx.scratch,
      cwd: subject.cwd,
    });
    const error = plan.after
      ? plan.after(r)
      : r.exitCode === 0
        ? undefined
        : `exit ${r.exitCode}: ${r.stderr.slice(0, 200)}`;
    return { r, error };
  };
  progress('phases: warm-up (fills the credential and compile caches)');
  for (const pair of pairs) await once(pair);
  for (let round = 0; round < runs; round++) {
    progress(`phases: round ${round + 1}/${runs}`);
    for (const pair of shuffled(pairs, round + 101)) {
      const { r, error } = await once(pair);
      const k = `${pair.node.label}|${pair.subject.id}`;
      const entry = samples.get(k) ?? { ms: [], rss: [], errors: [] };
      if (error) entry.errors.push(error);
      else {
        entry.ms.push(r.ms);
        entry.rss.push(r.rssKiB);
      }
      samples.set(k, entry);
    }
  }
  const out = {};
  for (const node of nodeList) {
    out[node.label] = {};
    const base = median(samples.get(`${node.label}|baseline`)?.ms ?? []);
    for (const subject of subjects) {
      const entry = samples.get(`${node.label}|${subject.id}`);
      if (!entry) continue;
      const ms = median(entry.ms);
      out[node.label][subject.id] = {
        label: subject.label,
        ms,
        overBaselineMs: ms - base,
        ratio: ms / base,
        rssKiB: median(entry.rss),
        errors: entry.errors.length,
        ...(entry.errors.length ? { firstError: entry.errors[0] } : {}),
      };
    }
  }
  return out;
}

/** Built-in modules a process has loaded by the time it exits, from process.moduleLoadList. */
async function builtins(node, ctx, subject) {
  const list = join(ctx.scratch, `modules-${subject.id}-${major(node)}.txt`);
  const preload = join(ctx.scratch, 'moduleList.mjs');
  writeFileSync(
    preload,
    `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`,
  );
  const plan = subject.prepare();
  await timedNode(node.path, ['--import', preload, ...plan.args], {
    env: plan.env,
    scratch: ctx.scratch,
  });
  if (!existsSync(list)) return [];
  return readFileSync(list, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('NativeModule '))
    .map((l) => l.slice('NativeModule '.length));
}

async function cpuProfile(node, ctx, subject) {
  const dir = join(ctx.scratch, `prof-${subject.id}`);
  const plan = subject.prepare();
  await timedNode(
    node.path,
    ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', dir, ...plan.args],
    {
      env: plan.env,
      scratch: ctx.scratch,
    },
  );
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const p = readProfile(join(dir, file));
  const isBundle = (f) =>
    /\/dist\/(main|cli|post|lib)\//.test(f.url) || /\/dist-[a-z]+\//.test(f.url);
  const byName = (name) => (f) => f.functionName === name;
  const self = (match) =>
    [...p.self].filter(([id]) => match(p.byId.get(id).callFrame)).reduce((n, [, ms]) => n + ms, 0);
  return {
    totalMs: p.totalMs,
    compileBundleMs: inclusive(p, byName('compileSourceTextModule')),
    loadBuiltinsMs: inclusive(p, byName('compileForInternalLoader')),
    bundleTopLevelMs: inclusive(
      p,
      (f) => isBundle(f) && f.lineNumber === 0 && f.columnNumber === 0,
    ),
    bundleSelfMs: self(isBundle),
    gcMs: self(byName('(garbage collector)')),
    idleMs: self(byName('(idle)')),
    top: selfByFunction(p, 12).map(([name, ms]) => ({ name, ms })),
  };
}

function signerSteps(node24) {
  return new Promise((resolve) => {
    const child = spawn(
      node24.path,
      [
        '--experimental-transform-types',
        '--no-warnings',
        join(root, 'bench', 'sign.mjs'),
        '--breakdown',
      ],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', BENCH_SIGN_MS: '1500' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('close', () => {
      try {
        resolve(JSON.parse(out));
      } catch {
        resolve(undefined);
      }
    });
  });
}

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'rac-profile-'));
  let emulator;
  try {
    const nodeList = nodes();
    const node24 = nodeList.find((n) => major(n) >= 23);
    const dist = join(scratch, 'dist');
    for (const name of ['main', 'post', 'cli', 'lib'])
      if (existsSync(join(root, 'dist', name)))
        cpSync(join(root, 'dist', name), join(dist, name), { recursive: true });
    emulator = await startEmulator({
      node: nodeList[0].path,
      cli: join(dist, 'cli', 'index.js'),
      dir: join(scratch, 'emulator'),
    });
    const ctx = {
      dist,
      emulator,
      scratch,
      rss: probeRssMethod(),
      actionYml: join(root, 'action.yml'),
    };

    const variants = [];
    if (experiment) {
      progress(
        'experiment: building the Action from src/ as it is (control) and with file commands instead of @actions/core',
      );
      const control = buildActionVariant(scratch, 'control');
      const lite = buildActionVariant(
        scratch,
        'filecmd',
        join(root, 'bench', 'experiments', 'fileCommandToolkit.ts'),
      );
      variants.push(
        { id: 'actionControl', label: 'Action built from src/ now (control)', ...control },
        {
          id: 'actionFileCommands',
          label: 'Action built with file commands, no @actions/core',
          ...lite,
        },
      );
    }
    const subjects = subjectsFor(ctx, variants);
    const report = {
      startedAt: new Date().toISOString(),
      runs,
      nodes: nodeList,
      variants: variants.map(({ id, label, bytes }) => ({ id, label, bytes })),
    };
    report.phases = await phases(nodeList, ctx, subjects);

    say('\nPhases (median wall ms; each row is a process that stops at that point)');
    const rows = [];
    for (const [node, byId] of Object.entries(report.phases))
      for (const s of Object.values(byId))
        rows.push([
          node,
          s.label,
          fmt.ms(s.ms),
          `+${fmt.ms(s.overBaselineMs)}`,
          fmt.x(s.ratio),
          fmt.mib(s.rssKiB),
          s.errors ? `${s.errors} failed: ${s.firstError}` : '',
        ]);
    say(
      renderTable(
        ['node', 'process', 'ms', 'over node -e 0', '× node -e 0', 'peak RSS MiB', 'errors'],
        rows,
        ['l', 'l', 'r', 'r', 'r', 'r', 'l'],
      ),
    );
    for (const v of report.variants) say(`${v.label}: ${fmt.kb(v.bytes)} of JavaScript`);

    const byId = Object.fromEntries(subjects.map((s) => [s.id, s]));
    report.builtins = {};
    for (const node of nodeList) {
      const base = new Set(await builtins(node, ctx, byId.baseline));
      const entry = {};
      for (const id of ['action', 'cpCached', ...(experiment ? ['actionFileCommands'] : [])]) {
        const loaded = await builtins(node, ctx, byId[id]);
        entry[id] = {
          count: loaded.length,
          baseline: base.size,
          extra: loaded.filter((m) => !base.has(m)),
        };
      }
      report.builtins[node.label] = entry;
    }
    say('\nBuilt-in modules loaded by exit (process.moduleLoadList), beyond node -e 0');
    for (const [node, entry] of Object.entries(report.builtins))
      for (const [id, b] of Object.entries(entry))
        say(
          `${node} ${id}: ${b.count} (node -e 0: ${b.baseline}); public ones added: ${b.extra.filter((m) => !m.startsWith('internal/')).join(', ') || 'none'}`,
        );

    if (node24) {
      report.cpu = {};
      for (const id of ['action', 'cpCached', ...(experiment ? ['actionFileCommands'] : [])]) {
        progress(`CPU profile: ${id}`);
        report.cpu[id] = await cpuProfile(node24, ctx, byId[id]);
      }
      say(`\nCPU profiles (${node24.version}, 100 µs sampling; the profiler itself slows the run)`);
      say(
        renderTable(
          [
            'process',
            'total',
            'compile bundle',
            'load built-ins',
            'bundle top level (incl.)',
            'bundle JS (self)',
            'GC',
            'idle',
          ],
          Object.entries(report.cpu).map(([id, c]) => [
            id,
            fmt.ms(c.totalMs),
            fmt.ms(c.compileBundleMs),
            fmt.ms(c.loadBuiltinsMs),
            fmt.ms(c.bundleTopLevelMs),
            fmt.ms(c.bundleSelfMs),
            fmt.ms(c.gcMs),
            fmt.ms(c.idleMs),
          ]),
          ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
        ),
      );
      for (const [id, c] of Object.entries(report.cpu)) {
        say(`\n${id}: top self time`);
        for (const t of c.top) say(`  ${fmt.ms(t.ms).padStart(6)} ms  ${t.name}`);
      }
      progress('signer steps');
      report.signer = await signerSteps(node24);
      if (report.signer?.breakdown) {
        say(`\nsignCreateSession step by step (P-256; µs per call, median of 5 timed batches)`);
        say(
          renderTable(
            ['step', 'µs'],
            Object.entries(report.signer.breakdown.usPerCall).map(([k, v]) => [k, fmt.us(v)]),
            ['l', 'r'],
          ),
        );
      }
    }
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(
      join(root, 'bench', 'results', 'profile.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    say('\nJSON: bench/results/profile.json');
  } finally {
    await emulator?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main().catch((error) => {
  process.stderr.write(`profile: ${error?.stack ?? error}\n`);
});
process.exitCode = 0;
