/**
 * The Action's credential-mode: server, run from source on Node 24 (the Action's runtime) the way
 * the runner runs it: INPUT_* variables, real GITHUB_ENV/OUTPUT/STATE files, the post step in a
 * new process with the saved state.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseActionInputs } from '../src/github/inputs.js';
import {
  createTestPki,
  NODE24,
  runCommand,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { inputEnv, readFileCommands, runnerEnv, runnerFiles } from './helpers/githubRunner.js';

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

let pki: TestPki;
let em: TestEmulator;
let dir: string;
let nodeFlags: string[];

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  dir = await mkdtemp(join(tmpdir(), 'rac-serve-action-'));
  await writeFile(join(dir, 'hook.mjs'), HOOK);
  nodeFlags = [
    '--experimental-transform-types',
    '--no-warnings',
    '--import',
    join(dir, 'hook.mjs'),
  ];
});

afterAll(async () => {
  await em.close();
  await rm(dir, { recursive: true, force: true });
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    certificate: pki.leaf.certificatePem,
    'private-key': pki.leaf.privateKeyPem,
    'certificate-chain': pki.intermediate.certificatePem,
    'trust-anchor-arn': em.arns.trustAnchorArn,
    'profile-arn': em.arns.profileArn,
    'role-arn': em.arns.roleArn,
    endpoint: em.url,
    'credential-mode': 'server',
    ...extra,
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/\)\s+Z\s/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('credential-mode: server', () => {
  it('starts the server for the rest of the job, exports only the URL and the masked token, and the post step stops it', async () => {
    const files = runnerFiles();
    const main = await runCommand(NODE24, [...nodeFlags, resolve('src/github/main.ts')], {
      env: { ...runnerEnv(files), ...inputEnv(inputs()) },
      timeoutMs: 30_000,
    });
    expect(main.stderr).toBe('');
    expect(main.exitCode).toBe(0);

    const env = readFileCommands(files.env);
    // No credential is exported; keys left by earlier steps are blanked so they cannot shadow the server.
    expect(Object.fromEntries([...env].filter(([, value]) => value !== ''))).toEqual({
      AWS_CONTAINER_AUTHORIZATION_TOKEN: expect.stringMatching(/^[\w-]{43}$/) as unknown,
      AWS_CONTAINER_CREDENTIALS_FULL_URI: expect.stringMatching(
        /^http:\/\/127\.0\.0\.1:\d+\/v1\/credentials\/[\w-]+$/,
      ) as unknown,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_REGION: 'us-east-1',
    });
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      expect(env.get(name)).toBe('');
    }
    const token = env.get('AWS_CONTAINER_AUTHORIZATION_TOKEN') ?? '';
    const lines = main.stdout.split('\n');
    const mask = lines.indexOf(`::add-mask::${token}`);
    expect(mask).toBeGreaterThanOrEqual(0);
    expect(lines.filter((line) => line.includes(token) && line !== `::add-mask::${token}`)).toEqual(
      [],
    );
    expect(main.stdout).toMatch(
      /Credential server \(pid \d+\) serving arn:aws:sts::111122223333:assumed-role\/ci-deployer\//,
    );

    const state = readFileCommands(files.state);
    const pid = Number(state.get('rac-server-pid'));
    expect(isRunning(pid)).toBe(true);
    try {
      await checkServerAndStop(files, env, state, pid, token);
    } finally {
      if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  async function checkServerAndStop(
    files: ReturnType<typeof runnerFiles>,
    env: Map<string, string>,
    state: Map<string, string>,
    pid: number,
    token: string,
  ): Promise<void> {
    // The key reached the server over IPC only: not in its environment (INPUT_PRIVATE-KEY is dropped).
    const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
    expect(environ).not.toContain('INPUT_');
    expect(environ).not.toContain(pki.leaf.privateKeyPem.split('\n')[1] ?? '');
    const outputs = readFileCommands(files.output);
    expect(outputs.get('aws-account-id')).toBe('111122223333');
    expect(outputs.get('certificate-serial')).toBe(pki.leaf.serial.toString(10));

    const home = await mkdtemp(join(dir, 'home-'));
    await writeFile(join(home, 'empty'), '');
    const sts = await runCommand('aws', ['sts', 'get-caller-identity', '--endpoint-url', em.url], {
      env: {
        HOME: home,
        AWS_CONFIG_FILE: join(home, 'empty'),
        AWS_SHARED_CREDENTIALS_FILE: join(home, 'empty'),
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_DEFAULT_REGION: env.get('AWS_DEFAULT_REGION') ?? '',
        AWS_CONTAINER_CREDENTIALS_FULL_URI: env.get('AWS_CONTAINER_CREDENTIALS_FULL_URI') ?? '',
        AWS_CONTAINER_AUTHORIZATION_TOKEN: token,
      },
      timeoutMs: 30_000,
    });
    expect(sts.stderr).toBe('');
    expect(JSON.parse(sts.stdout)).toMatchObject({ Account: '111122223333' });

    const stateEnv = Object.fromEntries(
      [...state].map(([name, value]) => [`STATE_${name}`, value]),
    );
    const post = await runCommand(NODE24, [...nodeFlags, resolve('src/github/post.ts')], {
      env: { ...runnerEnv(files), ...stateEnv },
      timeoutMs: 30_000,
    });
    expect(post.stderr).toBe('');
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain(`Stopped the credential server (pid ${pid}).`);
    expect(post.stdout).toMatch(/credential server: \S+ Obtained credentials for/);
    expect(post.stdout).not.toContain(token);
    expect(isRunning(pid)).toBe(false);
    expect(existsSync(state.get('rac-server-log') ?? '')).toBe(false);
    const after = readFileCommands(files.env);
    expect(after.get('AWS_CONTAINER_AUTHORIZATION_TOKEN')).toBe('');
    expect(after.get('AWS_CONTAINER_CREDENTIALS_FULL_URI')).toBe('');
  }

  it('fails the step with the reason and leaves no server behind when the first CreateSession is refused', async () => {
    const files = runnerFiles();
    const main = await runCommand(NODE24, [...nodeFlags, resolve('src/github/main.ts')], {
      env: {
        ...runnerEnv(files),
        ...inputEnv(inputs({ 'role-arn': 'arn:aws:iam::111122223333:role/not-in-profile' })),
      },
      timeoutMs: 30_000,
    });
    expect(main.stdout).toMatch(
      /::error::.*Requested Role isn't one of those listed in the Profile/,
    );
    expect(readFileCommands(files.state).has('rac-server-pid')).toBe(false);
    expect(readFileCommands(files.env).has('AWS_CONTAINER_AUTHORIZATION_TOKEN')).toBe(false);
  });

  it('rejects inputs that make no sense with a server, naming the input', () => {
    const source = (values: Record<string, string>) => ({
      get: (name: string) => values[name] ?? '',
      env: {},
      readFile: () => undefined,
    });
    expect(() => parseActionInputs(source(inputs({ 'output-credentials': 'true' })))).toThrow(
      /output-credentials cannot be true with credential-mode: server/,
    );
    expect(() => parseActionInputs(source(inputs({ 'aws-profile': 'ci' })))).toThrow(
      /aws-profile cannot be used with credential-mode: server/,
    );
    expect(() => parseActionInputs(source(inputs({ 'credential-mode': 'daemon' })))).toThrow(
      /credential-mode must be env or server, got "daemon"/,
    );
    expect(parseActionInputs(source(inputs({ 'credential-mode': '' }))).credentialMode).toBe('env');
  });
});
