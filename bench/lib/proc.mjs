/**
 * Child processes, timed from spawn to exit, with their peak resident set size.
 *
 * Peak RSS and CPU time come from GNU time (`/usr/bin/time -f '%M %U %S'`: the child's ru_maxrss in
 * KiB, user and system seconds) where it works; elsewhere a one-line preload reports
 * process.resourceUsage() at exit. Either wrapper costs every subject the same, the `node -e 0`
 * baseline included.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
const FORMAT = '%M %U %S';
const PRELOAD = fileURLToPath(new URL('./rssPreload.mjs', import.meta.url));

/** 'time' when GNU time's %M works here, else 'preload'. */
export function probeRssMethod() {
  const dir = mkdtempSync(join(tmpdir(), 'rac-bench-probe-'));
  try {
    const out = join(dir, 'rss');
    const run = spawnSync(GNU_TIME, ['-f', FORMAT, '-o', out, process.execPath, '-e', '0'], {
      stdio: 'ignore',
      timeout: 10_000,
    });
    if (run.status !== 0) return 'preload';
    return /^\d+ [\d.]+ [\d.]+$/m.test(readFileSync(out, 'utf8')) ? 'time' : 'preload';
  } catch {
    return 'preload';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `maxRSS-KiB user-s system-s` from the last such line (GNU time prints a "Command exited…" line
 * before it on failure). CPU seconds have GNU time's 10 ms resolution.
 */
function readUsage(path) {
  try {
    const lines = readFileSync(path, 'utf8').match(/^\d+ [\d.]+ [\d.]+$/gm);
    const [rss, user, system] = (lines?.[lines.length - 1] ?? '').split(' ').map(Number);
    return {
      rssKiB: rss ?? Number.NaN,
      cpuMs: ((user ?? Number.NaN) + (system ?? Number.NaN)) * 1000,
    };
  } catch {
    return { rssKiB: Number.NaN, cpuMs: Number.NaN };
  }
}

let sequence = 0;

/**
 * Runs `node ...args` with exactly `env` (plus PATH). Resolves to
 * `{ ms, exitCode, signal, stdout, stderr, rssKiB, cpuMs }`; never rejects for the child's own failure.
 */
export function timedNode(node, args, { env = {}, cwd, input, timeoutMs = 30_000, rss, scratch }) {
  const rssFile = join(scratch, `rss-${process.pid}-${sequence++}`);
  writeFileSync(rssFile, '');
  const childEnv = { PATH: process.env.PATH ?? '', ...env };
  let command = node;
  let argv = [...args];
  if (rss === 'time') {
    command = GNU_TIME;
    argv = ['-f', FORMAT, '-o', rssFile, node, ...args];
  } else if (rss === 'preload') {
    argv = ['--import', PRELOAD, ...args];
    childEnv.RAC_BENCH_RSS_FILE = rssFile;
  }
  return new Promise((resolve) => {
    const stdout = [];
    const stderr = [];
    const started = performance.now();
    const child = spawn(command, argv, { cwd, env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let ms = Number.NaN;
    let exit = { code: null, signal: null };
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (b) => stdout.push(b));
    child.stderr.on('data', (b) => stderr.push(b));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
    child.on('exit', (code, signal) => {
      ms = performance.now() - started;
      exit = { code, signal };
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({
        ms: Number.NaN,
        exitCode: null,
        signal: null,
        stdout: '',
        stderr: String(error),
        rssKiB: Number.NaN,
        cpuMs: Number.NaN,
      });
    });
    child.on('close', () => {
      clearTimeout(timer);
      const usage =
        rss === undefined ? { rssKiB: Number.NaN, cpuMs: Number.NaN } : readUsage(rssFile);
      rmSync(rssFile, { force: true });
      resolve({
        ms,
        exitCode: exit.code,
        signal: exit.signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        ...usage,
      });
    });
  });
}

/** `node --version` of a binary, or undefined when it does not run. */
export function nodeVersion(binary) {
  try {
    const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    return run.status === 0 ? run.stdout.trim() : undefined;
  } catch {
    return undefined;
  }
}
