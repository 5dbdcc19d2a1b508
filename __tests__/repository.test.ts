import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Every tracked file under the folders whose code runs: tests, source, scripts, benchmarks. */
function trackedCode(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '-z', '--', '__tests__', 'src', 'scripts', 'bench'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return out.split('\0').filter((p) => /\.(?:[cm]?[jt]s|sh)$/.test(p));
}

// A user's clone has nothing beside it: a path that leaves the repository works on one machine only.
const OUTSIDE = [
  {
    rule: 'reads the shared folder beside the repository',
    pattern: /\.\.\/shared\b|['"`/]shared['"`]\s*,\s*['"`]vectors/,
  },
  {
    rule: 'names an absolute path of one machine',
    pattern: /['"`]\/(?:work|home|Users|root|mnt)\//,
  },
];

describe('the repository is self-contained', () => {
  it('has code to scan', () => {
    expect(trackedCode().length).toBeGreaterThan(50);
  });

  it('reads nothing outside itself: no file reaches beside the clone or into another machine’s absolute path', () => {
    const offenders: string[] = [];
    for (const path of trackedCode()) {
      const lines = readFileSync(join(root, path), 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const { rule, pattern } of OUTSIDE) {
          if (pattern.test(line)) offenders.push(`${path}:${i + 1} ${rule}`);
        }
      });
    }
    expect(offenders).toEqual([]);
  });

  it('commits the signing vectors the tests use', () => {
    const vectors = execFileSync('git', ['ls-files', '--', '__tests__/fixtures/vectors'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(vectors.split('\n').filter(Boolean).sort()).toEqual([
      '__tests__/fixtures/vectors/root.crt',
      '__tests__/fixtures/vectors/rsa-body.json',
      '__tests__/fixtures/vectors/rsa.crt',
      '__tests__/fixtures/vectors/rsa.key',
    ]);
  });
});
