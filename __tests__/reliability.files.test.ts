/**
 * File safety, for every file the CLI and the Action write: the cache entry and its lock, the
 * credentials file (update, the Action's aws-profile), serve's --pid-file, --log-file and
 * --env-output, emulate --generate's files and the Action server's log. Each is 0600, in a 0700
 * directory when the tool chose the place; a symlink planted at the path is refused or replaced,
 * never followed (its target stays untouched); and no temp file or lock is left behind, after a
 * success or a failure. A failed run must not leave a credential server running either.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSandbox,
  ensureCliBundle,
  runCli,
  type Sandbox,
  sessionFlags,
} from './helpers/cli.js';
import { runActionMain, runActionPost } from './helpers/githubRunner.js';
import {
  createTestPki,
  startTestEmulator,
  TEST_ARNS,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import {
  expectActionFailure,
  expectCliFailure,
  leftovers,
  markedProcesses,
  modeOf,
  newMarker,
  printFigures,
  runnerIn,
  startCliInBackground,
  stopMarked,
  waitFor,
  writeVictim,
} from './helpers/reliability.js';

let pki: TestPki;
let em: TestEmulator;
let files: MaterialFiles;
let box: Sandbox;
let checked = 0;
let symlinks = 0;

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
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
  printFigures([
    `${checked} files checked (0600 in 0700)`,
    `${symlinks} planted symlinks not followed`,
  ]);
});

/** A fresh directory of the sandbox for one test. */
function place(name: string): string {
  const dir = join(box.dir, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function expectPrivateFile(path: string): void {
  expect(lstatSync(path).isFile(), `${path} is not a regular file`).toBe(true);
  expect(modeOf(path).toString(8), path).toBe('600');
  checked += 1;
}

function expectPrivateDir(path: string): void {
  expect(modeOf(path).toString(8), path).toBe('700');
}

function expectVictimUntouched(path: string, content: string): void {
  expect(readFileSync(path, 'utf8')).toBe(content);
  expect(modeOf(path).toString(8)).toBe('644');
  symlinks += 1;
}

const materialFlags = (): string[] => [...sessionFlags(files, em.url)];
const NOT_LISTED = `${TEST_ARNS.roleArn}-not-listed`;
const refused = (flags: string[]): string[] =>
  flags.map((flag) => (flag === TEST_ARNS.roleArn ? NOT_LISTED : flag));

describe.concurrent('the credential-process cache', () => {
  it('a new cache directory is 0700 (parents too), the entry 0600, and no lock or temp file remains', async () => {
    const base = place('cache-new');
    const cacheDir = join(base, 'deep', 'cache');
    const run = await runCli(['credential-process', '--cache-dir', cacheDir, ...materialFlags()], {
      env: box.env,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expectPrivateDir(join(base, 'deep'));
    expectPrivateDir(cacheDir);
    const files = readdirSync(cacheDir);
    // The entry, and the receipt that lets the next identical run skip loading the CLI.
    expect(files.filter((name) => name.endsWith('.json'))).toHaveLength(1);
    expect(files.filter((name) => !name.endsWith('.json') && !name.endsWith('.receipt'))).toEqual(
      [],
    );
    for (const name of files) expectPrivateFile(join(cacheDir, name));
    expect(leftovers(cacheDir)).toEqual([]);
  });

  it('after a refused CreateSession: no entry, no lock, no temp file', async () => {
    const cacheDir = join(place('cache-refused'), 'cache');
    const run = await runCli(
      ['credential-process', '--cache-dir', cacheDir, ...refused(materialFlags())],
      { env: box.env },
    );
    expectCliFailure(run, /403 AccessDeniedException/);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('a directory planted where the entry goes: answers with a warning, no temp file, no lock', async () => {
    const cacheDir = join(place('cache-blocked'), 'cache');
    const first = await runCli(
      ['credential-process', '--cache-dir', cacheDir, ...materialFlags()],
      {
        env: box.env,
      },
    );
    expect(first.exitCode).toBe(0);
    const entry = readdirSync(cacheDir).find((name) => name.endsWith('.json'));
    rmSync(join(cacheDir, entry!));
    mkdirSync(join(cacheDir, entry!));
    const run = await runCli(['credential-process', '--cache-dir', cacheDir, ...materialFlags()], {
      env: box.env,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('SecretAccessKey');
    expect(run.stderr).toMatch(/warning: .*continuing without the cache/);
    expect(leftovers(cacheDir)).toEqual([]);
  });

  it('a symlink planted at the entry path: replaced by a private file, its target untouched', async () => {
    const dir = place('entry-symlink');
    const cacheDir = join(dir, 'cache');
    const first = await runCli(
      ['credential-process', '--cache-dir', cacheDir, ...materialFlags()],
      {
        env: box.env,
      },
    );
    expect(first.exitCode).toBe(0);
    const entry = readdirSync(cacheDir).find((name) => name.endsWith('.json'));
    const victim = join(dir, 'victim');
    const content = writeVictim(victim);
    rmSync(join(cacheDir, entry!));
    symlinkSync(victim, join(cacheDir, entry!));
    const run = await runCli(['credential-process', '--cache-dir', cacheDir, ...materialFlags()], {
      env: box.env,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expectVictimUntouched(victim, content);
    expectPrivateFile(join(cacheDir, entry!));
    expect(leftovers(cacheDir)).toEqual([]);
  });

  describe('a symlink planted at the lock path', () => {
    /** The cache key of materialFlags(), from the entry a first run writes. */
    async function lockPathIn(cacheDir: string): Promise<string> {
      const first = await runCli(
        ['credential-process', '--cache-dir', cacheDir, ...materialFlags()],
        { env: box.env },
      );
      expect(first.exitCode).toBe(0);
      const entry = readdirSync(cacheDir).find((name) => name.endsWith('.json'));
      rmSync(join(cacheDir, entry!));
      return join(cacheDir, entry!.replace(/\.json$/, '.lock'));
    }

    it('dangling: credential-process still answers within seconds (and does not spin)', async () => {
      const cacheDir = join(place('lock-dangling'), 'cache');
      const lock = await lockPathIn(cacheDir);
      symlinkSync(join(box.dir, 'lock-target-that-does-not-exist'), lock);
      const started = Date.now();
      const run = await runCli(
        ['credential-process', '--cache-dir', cacheDir, ...materialFlags()],
        { env: box.env, timeoutMs: 4000 },
      );
      expect(run.signal, 'credential-process hung on a dangling lock symlink').toBeNull();
      expect(run.exitCode).toBe(0);
      expect(Date.now() - started).toBeLessThan(4000);
      expect(existsSync(join(box.dir, 'lock-target-that-does-not-exist'))).toBe(false);
      symlinks += 1;
    });

    it("pointing at a fresh file of the user's: answers within seconds, the file untouched", async () => {
      const dir = place('lock-victim');
      const cacheDir = join(dir, 'cache');
      const lock = await lockPathIn(cacheDir);
      const victim = join(dir, 'notes.txt');
      const content = writeVictim(victim);
      symlinkSync(victim, lock);
      const run = await runCli(
        ['credential-process', '--cache-dir', cacheDir, ...materialFlags()],
        { env: box.env, timeoutMs: 4000 },
      );
      expect(run.signal, 'credential-process waited on a planted lock symlink').toBeNull();
      expect(run.exitCode).toBe(0);
      expectVictimUntouched(victim, content);
    });
  });
});

describe.concurrent('update --once (the shared credentials file)', () => {
  it('creates ~/.aws 0700 and credentials 0600, and leaves no temp file', async () => {
    const home = place('update-home');
    const run = await runCli(['update', '--once', '--profile', 'ci', ...materialFlags()], {
      env: { ...box.env, HOME: home },
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expectPrivateDir(join(home, '.aws'));
    expectPrivateFile(join(home, '.aws', 'credentials'));
    expect(leftovers(home)).toEqual([]);
  });

  it('after a refused CreateSession: no credentials file, no temp file', async () => {
    const home = place('update-refused');
    const run = await runCli(['update', '--once', ...refused(materialFlags())], {
      env: { ...box.env, HOME: home },
    });
    expectCliFailure(run, /403 AccessDeniedException/);
    expect(existsSync(join(home, '.aws', 'credentials'))).toBe(false);
    expect(leftovers(home)).toEqual([]);
  });

  it('a dangling symlink at the path: refused in one line, its target never created', async () => {
    const dir = place('update-dangling');
    const path = join(dir, 'credentials');
    symlinkSync(join(dir, 'target'), path);
    const run = await runCli(['update', '--once', ...materialFlags()], {
      env: { ...box.env, AWS_SHARED_CREDENTIALS_FILE: path },
    });
    expectCliFailure(run, /Refusing to write the credentials file .* it is a symlink/);
    expect(existsSync(join(dir, 'target'))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
    symlinks += 1;
  });
});

describe.concurrent("the Action's aws-profile", () => {
  function inputs(extra: Record<string, string>): Record<string, string> {
    return {
      certificate: pki.leaf.certificatePem,
      'private-key': pki.leaf.privateKeyPem,
      'certificate-chain': pki.intermediate.certificatePem,
      'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
      'profile-arn': TEST_ARNS.profileArn,
      'role-arn': TEST_ARNS.roleArn,
      endpoint: em.url,
      ...extra,
    };
  }

  it('writes credentials 0600 in a new 0700 ~/.aws, the post step removes it, no temp file either time', async () => {
    const runner = runnerIn(box.dir);
    const main = await runActionMain(inputs({ 'aws-profile': 'ci' }), { files: runner });
    expect(main.exitCode, main.stdout).toBe(0);
    expectPrivateDir(join(runner.dir, '.aws'));
    expectPrivateFile(join(runner.dir, '.aws', 'credentials'));
    expect(leftovers(runner.dir)).toEqual([]);
    expect((await runActionPost(runner)).exitCode).toBe(0);
    expect(readdirSync(join(runner.dir, '.aws'))).toEqual([]);
    rmSync(runner.dir, { recursive: true, force: true });
  });

  it('a dangling symlink at the path: one ::error:: line, its target never created', async () => {
    const runner = runnerIn(box.dir);
    mkdirSync(join(runner.dir, '.aws'), { mode: 0o700 });
    symlinkSync(join(runner.dir, 'target'), join(runner.dir, '.aws', 'credentials'));
    const main = await runActionMain(inputs({ 'aws-profile': 'ci' }), { files: runner });
    expectActionFailure(
      main,
      /^::error::Refusing to write the credentials file .* it is a symlink/,
    );
    expect(existsSync(join(runner.dir, 'target'))).toBe(false);
    expect(leftovers(runner.dir)).toEqual([]);
    symlinks += 1;
    rmSync(runner.dir, { recursive: true, force: true });
  });

  it('credential-mode server: the server log in RUNNER_TEMP is 0600 and gone after the post step', async () => {
    const runner = runnerIn(box.dir);
    const marker = newMarker();
    try {
      const main = await runActionMain(inputs({ 'credential-mode': 'server' }), {
        files: runner,
        extraEnv: marker,
      });
      expect(main.exitCode, main.stdout).toBe(0);
      const logs = readdirSync(runner.dir).filter((name) => name.endsWith('.log'));
      expect(logs).toHaveLength(1);
      expectPrivateFile(join(runner.dir, logs[0]!));
      expect((await runActionPost(runner)).exitCode).toBe(0);
      expect(readdirSync(runner.dir).filter((name) => name.endsWith('.log'))).toEqual([]);
      expect(markedProcesses(marker)).toEqual([]);
    } finally {
      stopMarked(marker);
      rmSync(runner.dir, { recursive: true, force: true });
    }
  });
});

describe.concurrent('serve --detach', () => {
  /** Runs serve --detach with this marker; the test stops whatever carries it. */
  function serve(marker: Record<string, string>, flags: string[]) {
    return runCli(['serve', '--detach', ...flags, ...materialFlags()], {
      env: { ...box.env, ...marker },
    });
  }

  it('writes --pid-file, --log-file and --env-output 0600; serve stop removes the pid file; no temp file', async () => {
    const dir = place('serve-ok');
    const marker = newMarker();
    const [pid, log, env] = ['server.pid', 'server.log', 'server.env'].map((n) => join(dir, n));
    try {
      const run = await serve(marker, [
        '--pid-file',
        pid!,
        '--log-file',
        log!,
        '--env-output',
        env!,
      ]);
      expect(run.exitCode, run.stderr).toBe(0);
      for (const path of [pid!, log!, env!]) expectPrivateFile(path);
      const stop = await runCli(['serve', 'stop', '--pid-file', pid!], { env: box.env });
      expect(stop.exitCode, stop.stderr).toBe(0);
      expect(existsSync(pid!)).toBe(false);
      expect(leftovers(dir)).toEqual([]);
      expect(markedProcesses(marker)).toEqual([]);
    } finally {
      stopMarked(marker);
    }
  });

  it.each([
    ['--pid-file', /--pid-file .* exists and it is a symlink; remove it or choose another path\.$/],
    ['--log-file', /Cannot open the server log .* \(it is a symlink\)\.$/],
  ])(
    'a symlink planted at %s: refused in one line before any server starts, its target untouched',
    async (flag, expected) => {
      const dir = place(`serve-symlink${flag}`);
      const marker = newMarker();
      const victim = join(dir, 'victim');
      const content = writeVictim(victim);
      symlinkSync(victim, join(dir, 'planted'));
      const flags =
        flag === '--pid-file'
          ? ['--pid-file', join(dir, 'planted')]
          : ['--pid-file', join(dir, 'server.pid'), '--log-file', join(dir, 'planted')];
      try {
        expectCliFailure(await serve(marker, flags), expected);
        expectVictimUntouched(victim, content);
        expect(markedProcesses(marker)).toEqual([]);
        expect(leftovers(dir)).toEqual([]);
      } finally {
        stopMarked(marker);
      }
    },
  );

  it('a symlink planted at --env-output: replaced by a private file, never followed', async () => {
    const dir = place('serve-symlink-env');
    const marker = newMarker();
    const victim = join(dir, 'victim');
    const content = writeVictim(victim);
    const env = join(dir, 'server.env');
    symlinkSync(victim, env);
    try {
      const run = await serve(marker, ['--pid-file', join(dir, 'server.pid'), '--env-output', env]);
      expect(run.exitCode, run.stderr).toBe(0);
      expectVictimUntouched(victim, content);
      expectPrivateFile(env);
      expect(readFileSync(env, 'utf8')).toMatch(/AWS_CONTAINER_CREDENTIALS_FULL_URI/);
    } finally {
      stopMarked(marker);
    }
  });

  it('--env-output naming a directory: one clear line, no temp file, and no server left running', async () => {
    const dir = place('serve-env-dir');
    const marker = newMarker();
    mkdirSync(join(dir, 'server.env'));
    try {
      const run = await serve(marker, [
        '--pid-file',
        join(dir, 'server.pid'),
        '--env-output',
        join(dir, 'server.env'),
      ]);
      expect(leftovers(dir)).toEqual([]);
      expect(markedProcesses(marker), 'a credential server outlived the failed start').toEqual([]);
      expectCliFailure(run, /--env-output .*server\.env.* (is a directory|EISDIR)/);
    } finally {
      stopMarked(marker);
    }
  });

  it('--pid-file in a directory that does not exist: one clear line, and no server left running', async () => {
    const dir = place('serve-pid-missing-dir');
    const marker = newMarker();
    try {
      const run = await serve(marker, ['--pid-file', join(dir, 'missing', 'server.pid')]);
      expect(
        markedProcesses(marker),
        'a credential server outlived the failed start, and no pid file says where',
      ).toEqual([]);
      expectCliFailure(run, /--pid-file .*missing\/server\.pid/);
    } finally {
      stopMarked(marker);
    }
  });
});

describe.concurrent('emulate --generate', () => {
  async function generate(dir: string) {
    const emulator = startCliInBackground(['emulate', '--generate', dir], box.env);
    try {
      await waitFor(
        () => existsSync(join(dir, 'emulator.env')) || emulator.child.exitCode !== null,
      );
    } finally {
      await emulator.stop();
    }
    return emulator.output();
  }

  it('makes its directory 0700 and every file in it 0600, with no temp file', async () => {
    const dir = join(place('generate'), 'emulator');
    await generate(dir);
    expectPrivateDir(dir);
    const names = readdirSync(dir).sort();
    expect(names).toEqual(['ca.pem', 'certificate.pem', 'emulator.env', 'private-key.pem']);
    for (const name of names) expectPrivateFile(join(dir, name));
  });

  it('a symlink planted at private-key.pem: replaced, its target untouched', async () => {
    const base = place('generate-symlink');
    const dir = join(base, 'emulator');
    mkdirSync(dir, { mode: 0o700 });
    const victim = join(base, 'victim');
    const content = writeVictim(victim);
    symlinkSync(victim, join(dir, 'private-key.pem'));
    await generate(dir);
    expectVictimUntouched(victim, content);
    expectPrivateFile(join(dir, 'private-key.pem'));
    expect(leftovers(dir)).toEqual([]);
  });

  it('a directory planted at ca.pem: one clear line, no temp file', async () => {
    const dir = join(place('generate-blocked'), 'emulator');
    mkdirSync(join(dir, 'ca.pem'), { recursive: true });
    const run = await runCli(['emulate', '--generate', dir], { env: box.env, timeoutMs: 10_000 });
    expect(leftovers(dir)).toEqual([]);
    expectCliFailure(run, /ca\.pem.*(is a directory|EISDIR)/);
  });
});
