import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestPki,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
} from './helpers/harness.js';
import {
  createSandbox,
  ensureCliBundle,
  runCli,
  type Sandbox,
  sessionFlags,
} from './helpers/cli.js';

let em: TestEmulator;
let files: MaterialFiles;
const boxes: Sandbox[] = [];

beforeAll(async () => {
  ensureCliBundle();
  const pki = await createTestPki();
  em = await startTestEmulator(pki);
  files = await writeMaterial(pki);
});

afterAll(async () => {
  await em.close();
  for (const box of boxes) box.cleanup();
});

let box: Sandbox;
beforeEach(() => {
  box = createSandbox();
  boxes.push(box);
});

const calls = (): number => em.emulator.stats().createSession.accepted;

function args(extra: readonly string[] = []): string[] {
  return ['credential-process', ...sessionFlags(files, em.url), ...extra];
}

/** Entries, locks and anything left behind; receipts (cache.receipt.test.ts) are not entries. */
function cacheFiles(): string[] {
  return readdirSync(box.cacheDir).filter((name) => !name.endsWith('.receipt'));
}

function onlyEntry(): string {
  const entries = cacheFiles();
  expect(entries).toHaveLength(1);
  return join(box.cacheDir, entries[0] ?? '');
}

function planted(expiration: Date): string {
  return JSON.stringify({
    Version: 1,
    AccessKeyId: 'ASIAPLANTEDPLANTED00',
    SecretAccessKey: 'planted',
    SessionToken: 'planted',
    Expiration: expiration.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  });
}

const HOUR = 3600_000;

describe('the credential cache', () => {
  it('serves 20 sequential invocations with exactly one CreateSession', async () => {
    const before = calls();
    const outputs: string[] = [];
    for (let i = 0; i < 20; i++) {
      const run = await runCli(args(), { env: box.env });
      expect(run.exitCode).toBe(0);
      outputs.push(run.stdout);
    }
    expect(calls() - before).toBe(1);
    expect(new Set(outputs).size).toBe(1);
  });

  it('makes 20 concurrent invocations share exactly one CreateSession, none reading a half-written file', async () => {
    const before = calls();
    const runs = await Promise.all(
      Array.from({ length: 20 }, () => runCli(args(), { env: box.env, timeoutMs: 30_000 })),
    );
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
    }
    expect(calls() - before).toBe(1);
    expect(new Set(runs.map((r) => r.stdout)).size).toBe(1);
    expect(cacheFiles().filter((f) => !f.endsWith('.json'))).toEqual([]);
  });

  it('keeps the directory 0700 and the entry 0600, holding exactly the document printed', async () => {
    const run = await runCli(args(), { env: box.env });
    expect(statSync(box.cacheDir).mode & 0o777).toBe(0o700);
    const entry = onlyEntry();
    expect(statSync(entry).mode & 0o777).toBe(0o600);
    expect(readFileSync(entry, 'utf8')).toBe(run.stdout);
  });

  it('refuses and replaces an entry that others can read', async () => {
    await runCli(args(), { env: box.env });
    const entry = onlyEntry();
    writeFileSync(entry, planted(new Date(Date.now() + 10 * HOUR)));
    chmodSync(entry, 0o644);
    const before = calls();
    const run = await runCli(args(), { env: box.env });
    expect(run.stdout).not.toContain('PLANTED');
    expect(run.stderr).toMatch(
      /warning: ignored and replaced the cache file .*: its owner or mode \(644\) lets others read or change it\.\n$/,
    );
    expect(calls() - before).toBe(1);
    expect(statSync(entry).mode & 0o777).toBe(0o600);
    expect(readFileSync(entry, 'utf8')).toBe(run.stdout);
  });

  it('refuses and replaces an entry that is a symlink, leaving its target alone', async () => {
    await runCli(args(), { env: box.env });
    const entry = onlyEntry();
    const target = join(box.dir, 'elsewhere.json');
    writeFileSync(target, planted(new Date(Date.now() + 10 * HOUR)), { mode: 0o600 });
    unlinkSync(entry);
    symlinkSync(target, entry);
    const before = calls();
    const run = await runCli(args(), { env: box.env });
    expect(run.stdout).not.toContain('PLANTED');
    expect(run.stderr).toMatch(
      /warning: ignored and replaced the cache file .*: it is a symlink\.\n$/,
    );
    expect(calls() - before).toBe(1);
    expect(lstatSync(entry).isSymbolicLink()).toBe(false);
    expect(readFileSync(target, 'utf8')).toContain('PLANTED');
  });

  it('never serves an expired entry, nor one inside the refresh margin', async () => {
    await runCli(args(), { env: box.env });
    const entry = onlyEntry();
    for (const expiresIn of [-HOUR, 10 * 60_000]) {
      writeFileSync(entry, planted(new Date(Date.now() + expiresIn)), { mode: 0o600 });
      const before = calls();
      const run = await runCli(args(), { env: box.env });
      expect(run.stdout).not.toContain('PLANTED');
      expect(calls() - before).toBe(1);
    }
  });

  it('serves an entry with more than the refresh margin left', async () => {
    await runCli(args(), { env: box.env });
    writeFileSync(onlyEntry(), planted(new Date(Date.now() + 20 * 60_000)), { mode: 0o600 });
    const run = await runCli(args(), { env: box.env });
    expect(run.stdout).toContain('ASIAPLANTEDPLANTED00');
  });

  it('keeps one entry per identity: another duration or session name is another entry', async () => {
    await runCli(args(), { env: box.env });
    await runCli(args(['--session-duration', '1800']), { env: box.env });
    expect(cacheFiles()).toHaveLength(2);
  });

  it('writes nothing with --no-cache', async () => {
    const before = calls();
    await runCli(args(['--no-cache']), { env: box.env });
    await runCli(args(['--no-cache']), { env: box.env });
    expect(calls() - before).toBe(2);
    expect(() => readdirSync(box.cacheDir)).toThrow();
  });

  it('breaks a lock left by a process that died', async () => {
    mkdirSync(box.cacheDir, { mode: 0o700 });
    await runCli(args(), { env: box.env });
    const entry = onlyEntry();
    unlinkSync(entry);
    writeFileSync(entry.replace(/\.json$/, '.lock'), '2147483646 2020-01-01T00:00:00.000Z\n', {
      mode: 0o600,
    });
    const started = Date.now();
    const run = await runCli(args(), { env: box.env });
    expect(run.exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('skips a cache directory that is a symlink, with a warning, and still answers', async () => {
    const real = join(box.dir, 'real-cache');
    mkdirSync(real, { mode: 0o700 });
    symlinkSync(real, box.cacheDir);
    const run = await runCli(args(), { env: box.env });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(
      /warning: not caching: the cache directory .* is unusable: it is a symlink\.\n$/,
    );
    expect(readdirSync(real)).toEqual([]);
  });

  it('uses $XDG_CACHE_HOME/rolesanywhere-credentials, then ~/.cache, when RAC_CACHE_DIR is not set', async () => {
    const xdg = join(box.dir, 'xdg');
    await runCli(args(), { env: { HOME: box.home, XDG_CACHE_HOME: xdg } });
    expect(
      readdirSync(join(xdg, 'rolesanywhere-credentials')).filter((f) => f.endsWith('.json')),
    ).toHaveLength(1);
    await runCli(args(), { env: { HOME: box.home } });
    expect(
      readdirSync(join(box.home, '.cache', 'rolesanywhere-credentials')).filter((f) =>
        f.endsWith('.json'),
      ),
    ).toHaveLength(1);
  });
});
