import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  runCommand,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
} from './helpers/harness.js';
import {
  CLI,
  createSandbox,
  ensureCliBundle,
  runCli,
  type Sandbox,
  sessionFlags,
} from './helpers/cli.js';
import { waitForLine } from './helpers/waitForLine.js';

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

function sandbox(): Sandbox {
  const box = createSandbox();
  boxes.push(box);
  return box;
}

function updateArgs(profile: string, extra: readonly string[] = ['--once']): string[] {
  return ['update', '--profile', profile, ...extra, ...sessionFlags(files, em.url)];
}

const EXISTING = [
  '# Managed by hand; keep this comment.',
  '[default]',
  'aws_access_key_id = AKIAEXAMPLEDEFAULT01',
  'aws_secret_access_key = defaultSecret/With+Chars=',
  '; a semicolon comment',
  'region = eu-west-1',
  '',
  '[ra]',
  '# the profile this tool refreshes',
  'aws_access_key_id=ASIAOLDOLDOLDOLDOLD0',
  'aws_secret_access_key   =   old',
  'output = json',
  'aws_session_token = old-token',
  '',
  '[other]   ',
  'aws_access_key_id = AKIAEXAMPLEOTHER0001',
  'aws_secret_access_key = other',
  '',
].join('\n');

interface Written {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

function profileValues(text: string, profile: string): Written {
  const section = text.split(/^\[/m).find((s) => s.startsWith(`${profile}]`)) ?? '';
  const value = (key: string): string =>
    new RegExp(`^${key} = (.*)$`, 'm').exec(section)?.[1] ?? '';
  return {
    accessKeyId: value('aws_access_key_id'),
    secretAccessKey: value('aws_secret_access_key'),
    sessionToken: value('aws_session_token'),
  };
}

describe('update', () => {
  it("rewrites only the profile's three keys and keeps every other byte, comments and profiles included", async () => {
    const box = sandbox();
    const path = join(box.dir, 'credentials');
    writeFileSync(path, EXISTING, { mode: 0o644 });
    const run = await runCli(updateArgs('ra'), {
      env: { ...box.env, AWS_SHARED_CREDENTIALS_FILE: path },
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /Obtained credentials for arn:aws:sts::111122223333:assumed-role\/ci-deployer\/.* Wrote profile \[ra\] in /,
    );
    const after = readFileSync(path, 'utf8');
    const v = profileValues(after, 'ra');
    expect(v.accessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    const expected = EXISTING.replace(
      'aws_access_key_id=ASIAOLDOLDOLDOLDOLD0',
      `aws_access_key_id = ${v.accessKeyId}`,
    )
      .replace('aws_secret_access_key   =   old', `aws_secret_access_key = ${v.secretAccessKey}`)
      .replace('aws_session_token = old-token', `aws_session_token = ${v.sessionToken}`);
    expect(after).toBe(expected);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('appends a missing profile after the existing bytes and a blank line, CRLF files keeping CRLF', async () => {
    const box = sandbox();
    const path = join(box.dir, 'credentials');
    const crlf = EXISTING.replace(/\n/g, '\r\n');
    writeFileSync(path, crlf);
    await runCli(updateArgs('new-profile'), {
      env: { ...box.env, AWS_SHARED_CREDENTIALS_FILE: path },
    });
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith(crlf)).toBe(true);
    const v = profileValues(after.replace(/\r\n/g, '\n'), 'new-profile');
    expect(after.slice(crlf.length)).toBe(
      `\r\n[new-profile]\r\naws_access_key_id = ${v.accessKeyId}\r\naws_secret_access_key = ${v.secretAccessKey}\r\naws_session_token = ${v.sessionToken}\r\n`,
    );
  });

  it('creates ~/.aws/credentials (0600 in a 0700 directory) when there is none, and the AWS CLI can use it', async () => {
    const box = sandbox();
    const run = await runCli(updateArgs('ra'), { env: box.env });
    expect(run.exitCode).toBe(0);
    const path = join(box.home, '.aws', 'credentials');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(box.home, '.aws')).mode & 0o777).toBe(0o700);
    const aws = await runCommand(
      'aws',
      [
        'sts',
        'get-caller-identity',
        '--profile',
        'ra',
        '--region',
        'us-east-1',
        '--endpoint-url',
        em.url,
        '--output',
        'text',
        '--query',
        'Arn',
      ],
      {
        env: {
          HOME: box.home,
          AWS_CONFIG_FILE: join(box.dir, 'none'),
          AWS_EC2_METADATA_DISABLED: 'true',
        },
        timeoutMs: 30_000,
      },
    );
    expect(aws.stderr).toBe('');
    expect(aws.stdout).toMatch(/^arn:aws:sts::111122223333:assumed-role\/ci-deployer\//);
  });

  it('refuses to write through a symlink, leaving its target untouched', async () => {
    const box = sandbox();
    const target = join(box.dir, 'real-credentials');
    writeFileSync(target, EXISTING, { mode: 0o600 });
    const path = join(box.dir, 'credentials');
    symlinkSync(target, path);
    const run = await runCli(updateArgs('ra'), {
      env: { ...box.env, AWS_SHARED_CREDENTIALS_FILE: path },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(
      /^rolesanywhere-credentials: Refusing to write the credentials file .*: it is a symlink[^\n]*\n$/,
    );
    expect(readFileSync(target, 'utf8')).toBe(EXISTING);
    expect(lstatSync(path).isSymbolicLink()).toBe(true);
  });

  it('without --once keeps running until SIGTERM, then exits 0', async () => {
    const box = sandbox();
    const path = join(box.dir, 'aws', 'credentials');
    mkdirSync(join(box.dir, 'aws'), { mode: 0o700 });
    const child = spawn(process.execPath, [CLI, ...updateArgs('ra', [])], {
      env: { PATH: process.env['PATH'] ?? '', ...box.env, AWS_SHARED_CREDENTIALS_FILE: path },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('close', (code) => resolve(code)),
    );
    await waitForLine(child, 'next refresh at', 10_000, stderr);
    expect(existsSync(path)).toBe(true);
    expect(stderr).toMatch(/next refresh at \d{4}-\d\d-\d\dT/);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
