/** Bundle sizes, raw and gzipped (zlib's default level, as most HTTP servers and npm use). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function jsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js') && statSync(join(dir, name)).isFile())
    .map((name) => join(dir, name));
}

/** Raw and gzipped bytes of a set of files, each gzipped on its own (as each is fetched or read). */
export function measureFiles(label, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { label, files: files.length, raw, gzip };
}

/** `cachedPath`: the CLI files `credential-process` loads (traced), or undefined when unknown. */
export function bundleSizes(dist, cachedPath) {
  const rows = [];
  const add = (label, files) => {
    if (files.length > 0 && files.every((f) => existsSync(f)))
      rows.push(measureFiles(label, files));
  };
  add('dist/main (Action main step)', jsFiles(join(dist, 'main')));
  add('dist/post (Action post step)', jsFiles(join(dist, 'post')));
  add('dist/cli, all chunks', jsFiles(join(dist, 'cli')));
  add('dist/cli/index.js (entry alone)', [join(dist, 'cli', 'index.js')]);
  if (cachedPath !== undefined)
    add(`dist/cli, credential-process path (${cachedPath.length} files)`, cachedPath);
  add('dist/lib/index.js (library)', jsFiles(join(dist, 'lib')));
  return rows;
}
