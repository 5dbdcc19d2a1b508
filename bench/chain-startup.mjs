/**
 * node bench/chain-startup.mjs [base]: does role chaining cost the default path anything?
 * Cold start of `credential-process --no-cache` (to credentials, against the emulator) with the
 * base's bundle and with this tree's dist/, interleaved in one run, plus the chained run for
 * scale. `base` is a git ref (its committed dist/cli; default: main) or a directory holding a
 * dist/cli built here from the base's sources, which rules out differences between builds. Build
 * dist/ first (npm run bundle). Runs: BENCH_RUNS (default 15).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from './lib/emulator.mjs';
import { probeRssMethod, timedNode } from './lib/proc.mjs';
import { median, shuffled } from './lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = process.argv[2] ?? 'main';
const runs = Number(process.env.BENCH_RUNS ?? 15);
const scratch = mkdtempSync(join(tmpdir(), 'rac-chain-bench-'));
let baseDist = join(scratch, 'base');
if (existsSync(join(base, 'dist/cli/index.js'))) {
  baseDist = base;
} else {
  mkdirSync(baseDist);
  // The base's committed bundles, as a user of that version runs them.
  execFileSync('sh', [
    '-c',
    `git -C "${root}" archive "${base}" dist/cli | tar -x -C "${baseDist}"`,
  ]);
}

const node = process.execPath;
const emulator = await startEmulator({
  node,
  cli: join(root, 'dist/cli/index.js'),
  dir: join(scratch, 'emulator'),
});
const common = [
  'credential-process',
  '--no-cache',
  '--certificate',
  emulator.files.certificate,
  '--private-key',
  emulator.files.privateKey,
  '--trust-anchor-arn',
  emulator.arns.trustAnchorArn,
  '--profile-arn',
  emulator.arns.profileArn,
  '--role-arn',
  emulator.arns.roleArn,
  '--endpoint',
  emulator.url,
];
const label = existsSync(join(base, 'dist/cli/index.js')) ? 'base build' : base;
const subjects = {
  [`${label} (default path)`]: [join(baseDist, 'dist/cli/index.js'), ...common],
  'this tree (default path)': [join(root, 'dist/cli/index.js'), ...common],
  'this tree (chained)': [
    join(root, 'dist/cli/index.js'),
    ...common,
    '--sts-endpoint',
    emulator.url,
    '--chain-role-arn',
    'arn:aws:iam::444455556666:role/deploy',
  ],
};
const times = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
const cpu = Object.fromEntries(Object.keys(subjects).map((name) => [name, []]));
// CPU time (GNU time's user + system) as well as wall time: on a shared machine the wall clock
// also measures the neighbours.
const rss = probeRssMethod() === 'time' ? 'time' : undefined;
for (let i = 0; i < runs + 1; i++) {
  // A new order each round, so no subject always follows the slow chained run.
  for (const [name, args] of shuffled(Object.entries(subjects), i + 1)) {
    const result = await timedNode(node, args, { env: { HOME: scratch }, scratch, rss });
    if (result.exitCode !== 0) throw new Error(`${name} failed: ${result.stderr.trim()}`);
    // The first round warms the file cache for every subject alike and is not counted.
    if (i > 0) {
      times[name].push(result.ms);
      cpu[name].push(result.cpuMs);
    }
  }
}
const baseline = median(times[`${label} (default path)`]);
const cpuBaseline = median(cpu[`${label} (default path)`]);
console.log(
  `credential-process --no-cache, cold start to credentials, median of ${runs} (${process.version}):`,
);
for (const [name, values] of Object.entries(times)) {
  const m = median(values);
  const c = median(cpu[name]);
  console.log(
    `  ${name.padEnd(28)} wall ${m.toFixed(1).padStart(7)} ms x${(m / baseline).toFixed(3)}   cpu ${c.toFixed(1).padStart(6)} ms x${(c / cpuBaseline).toFixed(3)}`,
  );
}
await emulator.stop();
rmSync(scratch, { recursive: true, force: true });
process.exit(0);
