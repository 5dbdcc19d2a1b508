import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function bundleText(name: 'main' | 'post'): string {
  const dir = join(root, 'dist', name);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

// Markers of the modules @actions/core loads only for OIDC tokens and platform details.
const UNUSED_TOOLKIT = [
  { module: 'undici', marker: /undici/i },
  { module: '@actions/http-client', marker: /HttpClientError|actions\/http-client/ },
  { module: 'tunnel', marker: /createConnection.*tunnel|httpsOverHttp/ },
  { module: '@actions/io', marker: /\brmRF\b/ },
];

describe('the Action starts lean', () => {
  for (const name of ['main', 'post'] as const) {
    it(`dist/${name} bundles none of the modules only OIDC and platform details use`, () => {
      const text = bundleText(name);
      const found = UNUSED_TOOLKIT.filter(({ marker }) => marker.test(text)).map((u) => u.module);
      expect(found).toEqual([]);
    });
  }

  it('the Action’s source never calls the @actions/core features those modules serve', () => {
    const files = execFileSync('git', ['ls-files', '--', 'src/github'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => f.endsWith('.ts') && !f.endsWith('notBundled.ts'));
    const offenders = files.filter((f) =>
      /\b(?:getIDToken|platform\.|getDetails)\b|@actions\/(?:http-client|exec)/.test(
        readFileSync(join(root, f), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
