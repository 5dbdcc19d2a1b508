// Runs the test suite on the Node that runs npm (the engines minimum in CI), not on the Node 24
// binary that the `node` dev dependency links into node_modules/.bin for the bundle tests, and
// ends with one plain summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.env.npm_node_execpath || process.execPath;
const results = join(root, 'build', 'test-results.json');
mkdirSync(dirname(results), { recursive: true });
const result = spawnSync(
  node,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', cwd: root },
);
if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, 'utf8'));
  // A file that fails in its set-up fails no single test: count it so the line never hides it.
  const failed = report.numFailedTests > 0 ? report.numFailedTests : report.numFailedTestSuites;
  console.log(
    `tests: ${report.numPassedTests} passed, ${failed} failed, ${report.numPendingTests} skipped`,
  );
}
process.exit(result.status ?? 1);
