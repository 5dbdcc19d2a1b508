/**
 * Odd files where the CLI keeps its own: a FIFO at the cache entry or at --pid-file, a cache entry
 * of another user, a disk that fills up while the lock is written, and the empty lock that such a
 * failure used to leave. Each is handled in bounded time by the real bundle, never hung on.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arnFlags,
  CLI,
  createSandbox,
  ensureCliBundle,
  runCli,
  type Sandbox,
} from './helpers/cli.js';
import {
  createTestPki,
  runCommand,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
} from './helpers/harness.js';
import { leftovers, printFigures } from './helpers/reliability.js';

let em: TestEmulator;
let files: MaterialFiles;
let box: Sandbox;
const handled: string[] = [];

beforeAll(async () => {
  ensureCliBundle();
  const pki = await createTestPki();
  [em, files] = await Promise.all([
    startTestEmulator(pki, { log: () => undefined }),
    writeMaterial(pki),
  ]);
  box = createSandbox();
});

afterAll(async () => {
  await em?.close();
  box?.cleanup();
  if (files) rmSync(files.dir, { recursive: true, force: true });
  printFigures([`${handled.length} odd files handled without hanging (${handled.join('; ')})`]);
});

function materialFlags(material: MaterialFiles = files): string[] {
  return [
    '--certificate',
    material.certificate,
    '--private-key',
    material.privateKey,
    '--intermediates',
    material.intermediates,
    ...arnFlags(),
    '--endpoint',
    em.url,
  ];
}

/** The cache directory's entries, by kind. */
function cacheEntries(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.json'));
}

/** A credential-process run that fills `cacheDir` and says which entry file it wrote. */
async function primedEntry(cacheDir: string): Promise<string> {
  const first = await runCli(['credential-process', ...materialFlags(), '--cache-dir', cacheDir], {
    env: box.env,
  });
  expect(first.exitCode).toBe(0);
  const [entry] = cacheEntries(cacheDir);
  if (entry === undefined) throw new Error('no cache entry written');
  return join(cacheDir, entry);
}

const TIMEOUT_MS = 15_000;

describe('odd files', () => {
  it('a FIFO planted at the cache entry is a miss that is replaced, not a read that waits forever', async () => {
    const cacheDir = join(box.dir, 'fifo-cache');
    const entry = await primedEntry(cacheDir);
    rmSync(entry);
    execFileSync('mkfifo', ['-m', '600', entry]);
    const run = await runCli(['credential-process', ...materialFlags(), '--cache-dir', cacheDir], {
      env: box.env,
      timeoutMs: TIMEOUT_MS,
    });
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ Version: 1 });
    expect(run.stderr).toContain('it is not a regular file');
    expect(leftovers(cacheDir)).toEqual([]);
    handled.push('FIFO at the cache entry');
  });

  it('a FIFO at --pid-file is refused in one line by serve and by serve stop, without waiting', async () => {
    const fifo = join(box.dir, 'server.pid');
    execFileSync('mkfifo', ['-m', '600', fifo]);
    const started = await runCli(['serve', '--detach', '--pid-file', fifo, ...materialFlags()], {
      env: box.env,
      timeoutMs: TIMEOUT_MS,
    });
    expect(started.signal).toBeNull();
    expect(started.exitCode).toBe(1);
    expect(started.stderr).toContain(`--pid-file ${fifo} exists and it is not a regular file`);
    const stopped = await runCli(['serve', 'stop', '--pid-file', fifo], {
      env: box.env,
      timeoutMs: TIMEOUT_MS,
    });
    expect(stopped.signal).toBeNull();
    expect(stopped.exitCode).toBe(1);
    expect(stopped.stderr).toContain('it is not a regular file');
    handled.push('FIFO at --pid-file');
  });

  it('a FIFO at --log-file is refused in one line, and no server is left running', async () => {
    const fifo = join(box.dir, 'server.log');
    execFileSync('mkfifo', ['-m', '600', fifo]);
    const pidFile = join(box.dir, 'log-fifo.pid');
    const started = await runCli(
      ['serve', '--detach', '--pid-file', pidFile, '--log-file', fifo, ...materialFlags()],
      { env: box.env, timeoutMs: TIMEOUT_MS },
    );
    expect(started.signal).toBeNull();
    expect(started.exitCode).toBe(1);
    expect(started.stderr).toContain(`Cannot open the server log ${fifo} (it is a FIFO`);
    expect(existsSync(pidFile)).toBe(false);
    handled.push('FIFO at --log-file');
  });

  it('an empty lock (what a failed lock write used to leave) is free at once, not after 75 s', async () => {
    const cacheDir = join(box.dir, 'empty-lock');
    const entry = await primedEntry(cacheDir);
    rmSync(entry);
    writeFileSync(entry.replace(/\.json$/, '.lock'), '', { mode: 0o600 });
    const started = Date.now();
    const run = await runCli(['credential-process', ...materialFlags(), '--cache-dir', cacheDir], {
      env: box.env,
      timeoutMs: TIMEOUT_MS,
    });
    expect(run.exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(existsSync(entry)).toBe(true);
    expect(leftovers(cacheDir)).toEqual([]);
    handled.push('empty lock');
  });

  it('a cache entry owned by another user is a miss that is replaced, not an EACCES failure', async () => {
    if (process.getuid?.() !== 0) {
      console.log('skipped: needs root to run the CLI as one user and own a file as another');
      return;
    }
    const user = 65534;
    const other = 65533;
    // A world-traversable place the unprivileged user can own: the sandbox is root's, 0700.
    const root = mkdtempSync(join(tmpdir(), 'rac-foreign-'));
    try {
      chmodSync(root, 0o755);
      // The checkout may sit in a directory only root can enter (CI clones into a 0700 one).
      const cli = join(root, 'cli');
      cpSync(dirname(CLI), cli, { recursive: true });
      execFileSync('chmod', ['-R', 'a+rX', cli]);
      const probe = await runCommand(
        'setpriv',
        [`--reuid=${user}`, `--regid=${user}`, '--clear-groups', process.execPath, '-e', '0'],
        { timeoutMs: TIMEOUT_MS },
      );
      if (probe.exitCode !== 0) {
        console.log(`skipped: uid ${user} cannot run ${process.execPath}`);
        return;
      }
      const home = join(root, 'home');
      cpSync(files.dir, join(home, 'material'), { recursive: true });
      mkdirSync(join(home, 'cache'), { mode: 0o700 });
      execFileSync('chown', ['-R', `${user}:${user}`, home]);
      const material: MaterialFiles = {
        ...files,
        dir: join(home, 'material'),
        certificate: join(home, 'material', 'certificate.pem'),
        privateKey: join(home, 'material', 'privateKey.pem'),
        intermediates: join(home, 'material', 'intermediates.pem'),
      };
      const asUser = (): ReturnType<typeof runCommand> =>
        runCommand(
          'setpriv',
          [
            `--reuid=${user}`,
            `--regid=${user}`,
            '--clear-groups',
            process.execPath,
            join(cli, basename(CLI)),
            'credential-process',
            ...materialFlags(material),
            '--cache-dir',
            join(home, 'cache'),
          ],
          { env: { HOME: home }, timeoutMs: TIMEOUT_MS },
        );
      const first = await asUser();
      expect(first.stderr).toBe('');
      expect(first.exitCode).toBe(0);
      const [name] = cacheEntries(join(home, 'cache'));
      const entry = join(home, 'cache', name ?? 'missing');
      chownSync(entry, other, other);
      const second = await asUser();
      expect(second.exitCode).toBe(0);
      expect(JSON.parse(second.stdout)).toMatchObject({ Version: 1 });
      expect(second.stderr).toContain('ignored and replaced the cache file');
      expect(second.stderr).not.toContain('EACCES');
      handled.push('cache entry of another user');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a disk that fills while the lock is written leaves no lock behind, and the next run takes the lock at once', async () => {
    const mount = join(box.dir, 'tiny');
    mkdirSync(mount);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', mount], {
        stdio: 'ignore',
      });
    } catch {
      console.log('skipped: cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)');
      return;
    }
    try {
      const cacheDir = join(mount, 'cache');
      mkdirSync(cacheDir, { mode: 0o700 });
      const filler = join(mount, 'filler');
      try {
        writeFileSync(filler, Buffer.alloc(1024 * 1024));
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      const full = await runCli(
        ['credential-process', ...materialFlags(), '--cache-dir', cacheDir],
        { env: box.env, timeoutMs: TIMEOUT_MS },
      );
      expect(full.exitCode).toBe(0);
      expect(JSON.parse(full.stdout)).toMatchObject({ Version: 1 });
      expect(full.stderr).toMatch(/ENOSPC\); continuing without the cache/);
      expect(readdirSync(cacheDir)).toEqual([]);
      rmSync(filler);
      const started = Date.now();
      const freed = await runCli(
        ['credential-process', ...materialFlags(), '--cache-dir', cacheDir],
        { env: box.env, timeoutMs: TIMEOUT_MS },
      );
      expect(freed.exitCode).toBe(0);
      expect(freed.stderr).toBe('');
      expect(Date.now() - started).toBeLessThan(8000);
      expect(cacheEntries(cacheDir)).toHaveLength(1);
      expect(leftovers(cacheDir)).toEqual([]);
      handled.push('ENOSPC while locking');
    } finally {
      execFileSync('umount', [mount]);
    }
  });
});
