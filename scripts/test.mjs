// Runs the test suite on the Node that runs npm (the engines minimum in CI), not on the Node 24
// binary that the `node` dev dependency links into node_modules/.bin for the bundle tests.
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.env.npm_node_execpath || process.execPath;
const result = spawnSync(
  node,
  [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: root },
);
process.exit(result.status ?? 1);
