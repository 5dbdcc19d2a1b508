/**
 * `serve` as a real process: the command runs from source on Node 24 (type stripping plus a
 * resolve hook for the `.js` specifiers), detaches a real child that holds the material it got
 * over IPC, and is stopped with `serve stop`; the foreground form writes an env file and stops
 * on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
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
import { waitForLine } from './helpers/waitForLine.js';

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
      await waitForLine(child, 'Serving until', 15_000, stderr);
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

/** Status of a GET to the server, with the given headers only. */
async function status(url: string, headers: Record<string, string>): Promise<number> {
  const answer = await fetch(url, { headers });
  await answer.arrayBuffer();
  return answer.status;
}

describe('serve --host: the server as another container (a second loopback address, 127.0.0.2)', () => {
  it('listens on that address only, refuses a request without the token, and serves the AWS CLI through the URL and the token given beforehand', async () => {
    const pidFile = join(dir, 'host.pid');
    // What the job would get as a masked CI/CD variable.
    const token = randomBytes(32).toString('base64');
    const started = await cli(
      [
        '--detach',
        '--host',
        '127.0.0.2',
        '--token',
        'env:RA_TOKEN',
        '--pid-file',
        pidFile,
        '--format',
        'json',
        ...sessionFlags(),
      ],
      { RA_TOKEN: token },
    );
    expect(started.exitCode, started.stderr).toBe(0);
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    try {
      const variables = JSON.parse(started.stdout) as Record<string, string>;
      const url = variables['AWS_CONTAINER_CREDENTIALS_FULL_URI'] ?? '';
      expect(variables['AWS_CONTAINER_AUTHORIZATION_TOKEN']).toBe(token);
      expect(started.stderr).not.toContain(token);
      expect(readFileSync(`/proc/${pid}/environ`, 'utf8')).not.toContain(token);
      // Known beforehand too: the job needs no output of the server.
      expect(url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/v1\/credentials$/);
      expect(await status(url, {})).toBe(401);
      const wrong = `${token.startsWith('x') ? 'y' : 'x'}${token.slice(1)}`;
      expect(await status(url, { authorization: wrong })).toBe(403);
      // Another container names the server by its own address: that Host is not refused.
      expect(await status(url, { authorization: token })).toBe(200);
      // Nothing listens on 127.0.0.1 at that port.
      const elsewhere = url.replace('127.0.0.2', '127.0.0.1');
      await expect(fetch(elsewhere, { headers: { authorization: token } })).rejects.toThrow();

      const identity = await callerIdentity({
        AWS_CONTAINER_CREDENTIALS_FULL_URI: url,
        AWS_CONTAINER_AUTHORIZATION_TOKEN: token,
      });
      expect(identity.stderr).toBe('');
      expect(JSON.parse(identity.stdout)).toMatchObject({
        Arn: expect.stringContaining('assumed-role/ci-deployer/') as unknown,
      });
      const stopped = await cli(['stop', '--pid-file', pidFile]);
      expect(stopped.exitCode, stopped.stderr).toBe(0);
    } finally {
      if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  it('refuses --host with --imds, a host name, and a token too short to guard credentials, in one line', async () => {
    const withImds = await cli(['--host', '127.0.0.2', '--imds', ...sessionFlags()]);
    expect(withImds.exitCode).toBe(1);
    expect(withImds.stderr.trim().split('\n')).toEqual([
      'rolesanywhere-credentials: serve: --host applies to the container provider only: IMDS has no token its callers must hold, so --imds stays on 127.0.0.1; drop --imds or --host; run `rolesanywhere-credentials serve --help` for the flags it takes.',
    ]);
    const named = await cli(['--host', 'credentials.internal', '--certificate', '/nonexistent']);
    expect(named.exitCode).toBe(1);
    expect(named.stderr).toContain(
      '--host must be an IP address (127.0.0.1, 0.0.0.0, ::), got "credentials.internal"',
    );
    expect(named.stderr).not.toContain('/nonexistent');
    const short = await cli(['--token', 'env:RA_TOKEN', ...sessionFlags()], {
      RA_TOKEN: 'too-short-to-guard-credentials',
    });
    expect(short.exitCode).toBe(1);
    expect(short.stderr).toContain(
      '--token env:RA_TOKEN must hold 32 to 512 characters of A-Z a-z 0-9 . _ ~ + / = - (it holds 30 characters, not shown)',
    );
    expect(short.stderr).not.toContain('too-short-to-guard-credentials');
  });
});
