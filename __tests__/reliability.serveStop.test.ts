/**
 * `serve stop` against real processes with the real bundle: it signals only the server that wrote
 * the pid file, never a process that merely has that pid now, and it returns only once the server
 * has exited.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
import { printFigures } from './helpers/reliability.js';

let em: TestEmulator;
let files: MaterialFiles;
let box: Sandbox;
const bystanders: ChildProcess[] = [];
let spared = 0;

beforeAll(async () => {
  ensureCliBundle();
  const pki = await createTestPki();
  em = await startTestEmulator(pki);
  files = await writeMaterial(pki);
  box = createSandbox();
});

afterEach(() => {
  for (const child of bystanders.splice(0)) child.kill('SIGKILL');
});

afterAll(async () => {
  await em?.close();
  box?.cleanup();
  printFigures([`serve stop: ${spared} processes it could not prove were its server left running`]);
});

/** A process of this user that is not a credential server: what a reused pid points at. */
function bystander(): ChildProcess {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  bystanders.push(child);
  return child;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/\)\s+Z\s/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function pidFileFor(pid: number, name: string, writtenAt?: Date): string {
  const path = join(box.dir, name);
  writeFileSync(path, `${pid}\n`, { mode: 0o600 });
  if (writtenAt !== undefined) utimesSync(path, writtenAt, writtenAt);
  return path;
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function startServer(pidFile: string) {
  return runCli(['serve', '--detach', '--pid-file', pidFile, ...sessionFlags(files, em.url)], {
    env: box.env,
    timeoutMs: 30_000,
  });
}

describe('serve stop', () => {
  it('refuses to signal a process that is not a credential server, and leaves it running', async () => {
    const other = bystander();
    await pause(200);
    const pid = other.pid ?? 0;
    const pidFile = pidFileFor(pid, 'other.pid');
    const run = await runCli(['serve', 'stop', '--pid-file', pidFile], { env: box.env });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`process ${pid} named in ${pidFile} is not a`);
    expect(run.stderr).toContain('it was not signalled');
    await pause(300);
    expect(isRunning(pid)).toBe(true);
    expect(existsSync(pidFile)).toBe(true);
    spared += 1;
  });

  it('leaves alone a process that took the pid after the pid file was written, and removes the stale file', async () => {
    const pidFileTime = new Date(Date.now() - 60_000);
    const other = bystander();
    await pause(200);
    const pid = other.pid ?? 0;
    const pidFile = pidFileFor(pid, 'reused.pid', pidFileTime);
    const run = await runCli(['serve', 'stop', '--pid-file', pidFile], { env: box.env });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain(`The credential server (pid ${pid}) is gone`);
    expect(run.stderr).toContain('Left that process alone');
    await pause(300);
    expect(isRunning(pid)).toBe(true);
    expect(existsSync(pidFile)).toBe(false);
    spared += 1;
  });

  it('does not signal a server that started after its pid file was written (another server, or a stepped clock)', async () => {
    const pidFile = join(box.dir, 'later.pid');
    const started = await startServer(pidFile);
    expect(started.exitCode).toBe(0);
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    try {
      const old = new Date(Date.now() - 60_000);
      utimesSync(pidFile, old, old);
      const run = await runCli(['serve', 'stop', '--pid-file', pidFile], { env: box.env });
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toContain(`process ${pid} named in ${pidFile} runs \`serve\` but started`);
      expect(isRunning(pid)).toBe(true);
      expect(existsSync(pidFile)).toBe(true);
      spared += 1;
    } finally {
      if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  it('stops the server it started and returns only once that process has exited, saying when it had to kill it', async () => {
    const pidFile = join(box.dir, 'server.pid');
    const started = await startServer(pidFile);
    expect(started.exitCode).toBe(0);
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    expect(isRunning(pid)).toBe(true);
    // A stopped process cannot run its SIGTERM handler: only SIGKILL ends it.
    process.kill(pid, 'SIGSTOP');
    try {
      const run = await runCli(['serve', 'stop', '--pid-file', pidFile, '--timeout', '1'], {
        env: box.env,
      });
      expect(run.stderr).toContain(`(pid ${pid}) did not stop within 1 s and was killed`);
      expect(run.exitCode).toBe(0);
      expect(isRunning(pid)).toBe(false);
      expect(existsSync(pidFile)).toBe(false);
    } finally {
      if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  });
});
