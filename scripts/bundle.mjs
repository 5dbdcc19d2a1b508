// Builds every committed bundle from src/: the Action's main and post steps, the CLI and the
// library (with its type declarations). Usage: node scripts/bundle.mjs [name ...]
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  readdirSync,
  rmSync,
  chmodSync,
  readFileSync,
  writeFileSync,
  renameSync,
  mkdirSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

// The entries under src/entry are CommonJS (src/entry/package.json), so ncc writes CommonJS
// bundles and Node starts them without its ES module loader; the library stays an ES module for
// its importers.
const bundles = {
  main: { entry: 'src/entry/action-main.ts', commonjs: true },
  post: { entry: 'src/entry/action-post.ts', commonjs: true },
  cli: { entry: 'src/entry/cli.ts', commonjs: true, executable: true },
  lib: { entry: 'src/lib/index.ts', declarations: true },
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!(name in bundles)) {
    console.error(`bundle: unknown bundle "${name}"; known: ${Object.keys(bundles).join(', ')}`);
    process.exit(1);
  }
}

for (const [name, spec] of Object.entries(bundles)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  if (!existsSync(join(root, spec.entry))) {
    console.error(`bundle: skipping ${name}: ${spec.entry} does not exist yet`);
    continue;
  }
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      spec.entry,
      '-o',
      out,
      '--minify',
      '--license',
      'licenses.txt',
      '--target',
      'es2022',
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  // ncc writes `index.js` for the entry and numbered chunks for lazy imports.
  const index = join(out, 'index.js');
  // The package is "type": "module": without this, Node would read the CommonJS bundle as ESM.
  if (spec.commonjs) writeFileSync(join(out, 'package.json'), '{\n  "type": "commonjs"\n}\n');
  if (spec.executable) {
    const code = readFileSync(index, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(index, `#!/usr/bin/env node\n${code}`);
    chmodSync(index, 0o755);
  }
  if (spec.declarations) {
    const types = join(root, 'build', 'types');
    rmSync(types, { recursive: true, force: true });
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.lib.json'],
      { cwd: root, stdio: 'inherit' },
    );
    mkdirSync(join(out, 'types'), { recursive: true });
    renameSync(types, join(out, 'types', 'src'));
    writeFileSync(join(out, 'index.d.ts'), "export * from './types/src/lib/index.js';\n");
  }
  const files = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.js'));
  console.error(
    `bundle: dist/${name} (${files.length} JavaScript file${files.length === 1 ? '' : 's'})`,
  );
}
