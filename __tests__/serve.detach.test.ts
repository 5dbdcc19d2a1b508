/**
 * `serve` as a real process: the command runs from source on Node 24 (type stripping plus a
 * resolve hook for the `.js` specifiers), detaches a real child that holds the material it got
 * over IPC, and is stopped with `serve stop`; the foreground form writes an env file and stops
 * on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  NODE24,
  runCommand,
  startTestEmulator,
  TEST_ARNS,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';

const SRC = resolve('src');

/** Maps `./x.js` imported from a `.ts` file to `./x.ts`, as the bundler does. */
const HOOK = `
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && specifier.startsWith('.') && context.parentURL?.endsWith('.ts')) {
    const url = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
    if (existsSync(fileURLToPath(url))) return next(url.href, context);
  }
  return next(specifier, context);
}\`));
`;

/** What src/cli/index.ts does, for the one command under test. */
const ENTRY = `
import { serveCommand } from '${pathToFileURL(join(SRC, 'cli/commands/serve.ts')).href}';
import { createProcessIo } from '${pathToFileURL(join(SRC, 'cli/processIo.ts')).href}';
import { scrub } from '${pathToFileURL(join(SRC, 'cli/io.ts')).href}';
const io = createProcessIo();
const argv = process.argv.slice(2);
if (argv[0] === 'serve') argv.shift();
serveCommand.execute(argv, io).then(
  (code) => { process.exitCode = code; },
  (error) => { io.stderr(scrub('rolesanywhere-credentials: ' + error.message, io.secrets)); process.exitCode = 1; },
);
`;

let pki: TestPki;
let em: TestEmulator;
let files: MaterialFiles;
let dir: string;
let entry: string;
let nodeFlags: string[];

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  files = await writeMaterial(pki);
  dir = await mkdtemp(join(tmpdir(), 'rac-serve-detach-'));
  const hook = join(dir, 'hook.mjs');
  entry = join(dir, 'cli.mjs');
  await writeFile(hook, HOOK);
  await writeFile(entry, ENTRY);
  nodeFlags = ['--experimental-transform-types', '--no-warnings', '--import', hook];
});

afterAll(async () => {
  await em.close();
  await rm(dir, { recursive: true, force: true });
  await rm(files.dir, { recursive: true, force: true });
});

function sessionFlags(): string[] {
  return [
    '--certificate',
    files.certificate,
    '--private-key',
    'env:RA_KEY',
    '--intermediates',
    files.intermediates,
    '--trust-anchor-arn',
    TEST_ARNS.trustAnchorArn,
    '--profile-arn',
    TEST_ARNS.profileArn,
    '--role-arn',
    TEST_ARNS.roleArn,
    '--endpoint',
    em.url,
  ];
}

function cli(args: readonly string[], env: Record<string, string> = {}) {
  return runCommand(NODE24, [...nodeFlags, entry, 'serve', ...args], {
    env: { RA_KEY: pki.leaf.privateKeyPem, ...env },
    timeoutMs: 30_000,
  });
}

async function callerIdentity(variables: Record<string, string>) {
  const home = await mkdtemp(join(dir, 'home-'));
  await writeFile(join(home, 'config'), '');
  await writeFile(join(home, 'credentials'), '');
  return runCommand(
    'aws',
    ['sts', 'get-caller-identity', '--endpoint-url', em.url, '--region', 'us-east-1'],
    {
      env: {
        HOME: home,
        AWS_CONFIG_FILE: join(home, 'config'),
        AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
        AWS_EC2_METADATA_DISABLED: 'true',
        ...variables,
      },
      timeoutMs: 30_000,
    },
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/\)\s+Z\s/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('serve --detach', () => {
  it('starts a background server that holds the key only in memory, serves the AWS CLI, and stops with serve stop', async () => {
    const pidFile = join(dir, 'ra.pid');
    const logFile = join(dir, 'ra.log');
    const started = await cli([
      '--detach',
      '--pid-file',
      pidFile,
      '--log-file',
      logFile,
      '--format',
      'json',
      ...sessionFlags(),
    ]);
    expect(started.stderr).toMatch(/running in the background \(pid \d+\)/);
    expect(started.exitCode).toBe(0);
    const variables = JSON.parse(started.stdout) as Record<string, string>;
    expect(Object.keys(variables)).toEqual([
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
      'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    ]);
    const token = variables['AWS_CONTAINER_AUTHORIZATION_TOKEN'] ?? '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(started.stderr).not.toContain(token);

    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    try {
      await checkDetached(pid, pidFile, logFile, variables, token);
    } finally {
      if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  async function checkDetached(
    pid: number,
    pidFile: string,
    logFile: string,
    variables: Record<string, string>,
    token: string,
  ): Promise<void> {
    expect(statSync(pidFile).mode & 0o777).toBe(0o600);
    expect(isRunning(pid)).toBe(true);
    // The key came over IPC: it is neither in the child's argv nor in its environment.
    const keyLine = pki.leaf.privateKeyPem.split('\n')[1] ?? '';
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    expect(environ).not.toContain('RA_KEY=');
    expect(environ).not.toContain(keyLine);
    expect(cmdline).not.toContain(keyLine);

    const identity = await callerIdentity(variables);
    expect(identity.stderr).toBe('');
    expect(JSON.parse(identity.stdout)).toMatchObject({ Account: '111122223333' });

    const again = await cli(['--detach', '--pid-file', pidFile, ...sessionFlags()]);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain(`already running with pid ${pid}`);

    const stopped = await cli(['stop', '--pid-file', pidFile]);
    expect(stopped.stderr).toContain(`Stopped the credential server (pid ${pid})`);
    expect(stopped.exitCode).toBe(0);
    expect(isRunning(pid)).toBe(false);
    expect(existsSync(pidFile)).toBe(false);
    const log = readFileSync(logFile, 'utf8');
    expect(log).toMatch(
      /Obtained credentials for arn:aws:sts::111122223333:assumed-role\/ci-deployer\//,
    );
    expect(log).toMatch(/Stopped on SIGTERM after serving \d+ credential requests/);
    expect(log).not.toContain(token);
    expect(statSync(logFile).mode & 0o777).toBe(0o600);
  }

  it('reports a server that cannot start in one line, exits 1 and leaves nothing running', async () => {
    const pidFile = join(dir, 'bad.pid');
    const run = await cli([
      '--detach',
      '--pid-file',
      pidFile,
      ...sessionFlags().slice(0, -2),
      '--endpoint',
      em.url,
      '--session-duration',
      '900',
      '--role-arn',
      'arn:aws:iam::111122223333:role/not-in-profile',
    ]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/role/i);
    expect(existsSync(pidFile)).toBe(false);
  });
});

describe('serve in the foreground', () => {
  it('writes the environment lines to a 0600 file, serves, and stops cleanly on SIGTERM', async () => {
    const envFile = join(dir, 'ra.env');
    const pidFile = join(dir, 'fg.pid');
    const child = spawn(
      NODE24,
      [
        ...nodeFlags,
        entry,
        'serve',
        '--imds',
        '--imds-port',
        '0',
        '--format',
        'dotenv',
        '--env-output',
        envFile,
        '--pid-file',
        pidFile,
        ...sessionFlags(),
      ],
      {
        env: { PATH: process.env['PATH'] ?? '', RA_KEY: pki.leaf.privateKeyPem },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      for (let i = 0; i < 300 && !stderr.includes('Serving until'); i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(stderr).toContain('Serving until SIGINT or SIGTERM');
      expect(statSync(envFile).mode & 0o777).toBe(0o600);
      expect(Number(readFileSync(pidFile, 'utf8').trim())).toBe(child.pid);
      const variables = Object.fromEntries(
        readFileSync(envFile, 'utf8')
          .trim()
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      expect(Object.keys(variables)).toEqual([
        'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        'AWS_CONTAINER_AUTHORIZATION_TOKEN',
        'AWS_EC2_METADATA_SERVICE_ENDPOINT',
      ]);
      const identity = await callerIdentity({
        AWS_CONTAINER_CREDENTIALS_FULL_URI: variables['AWS_CONTAINER_CREDENTIALS_FULL_URI'] ?? '',
        AWS_CONTAINER_AUTHORIZATION_TOKEN: variables['AWS_CONTAINER_AUTHORIZATION_TOKEN'] ?? '',
      });
      expect(identity.exitCode).toBe(0);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/Stopped after serving [1-9]\d* credential requests/);
      expect(stderr).not.toContain(variables['AWS_CONTAINER_AUTHORIZATION_TOKEN']);
      expect(existsSync(pidFile)).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
