import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE24, NODE_NPM, runCommand, runNode } from './helpers/harness.js';

describe('the README quick start: node dist/cli/index.js demo', () => {
  it.each([
    ['the Node that runs npm', NODE_NPM],
    ['Node 24', NODE24],
  ])(
    'runs from a bare copy of dist/cli with no node_modules on %s, exits 0 and prints the expiry and a masked identity',
    async (_name, nodeBinary) => {
      const dir = mkdtempSync(join(tmpdir(), 'rac-bare-'));
      cpSync(resolve('dist/cli'), join(dir, 'cli'), { recursive: true });
      const run = await runNode(join(dir, 'cli', 'index.js'), ['demo'], {
        nodeBinary,
        cwd: dir,
        env: { HOME: dir },
      });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(
        /Obtained credentials for arn:aws:sts::111122223333:assumed-role\/demo-deployer\/\S+ \(expires \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\)/,
      );
      expect(run.stdout).toMatch(/Access key: {2}ASIA\*{12}[A-Z0-9]{4}\n/);
      expect(run.stdout).toMatch(/emulator: 201 CreateSession/);
      expect(run.stdout).toContain("export AWS_SECRET_ACCESS_KEY='***'");
      // Nothing that looks like an unmasked secret key or session token.
      expect(run.stdout.replace(/arn:\S+/g, '')).not.toMatch(/[A-Za-z0-9/+]{40}/);
    },
  );
});

describe('emulate --generate', () => {
  it('makes a CA, leaf and key (0600), listens, and the CLI obtains credentials from it until SIGTERM stops it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rac-emulate-'));
    const child = spawn(
      process.execPath,
      [resolve('dist/cli/index.js'), 'emulate', '--generate', dir],
      { env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const envFile = join(dir, 'emulator.env');
    for (let i = 0; i < 100 && !existsSync(envFile); i++)
      await new Promise((r) => setTimeout(r, 50));
    const values = Object.fromEntries(
      readFileSync(envFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(statSync(values['private-key'] ?? '').mode & 0o777).toBe(0o600);
    const run = await runNode(
      resolve('dist/cli/index.js'),
      [
        'credential-process',
        '--no-cache',
        '--certificate',
        values['certificate'] ?? '',
        '--private-key',
        values['private-key'] ?? '',
        '--trust-anchor-arn',
        values['trust-anchor-arn'] ?? '',
        '--profile-arn',
        values['profile-arn'] ?? '',
        '--role-arn',
        values['role-arn'] ?? '',
        '--endpoint',
        values['endpoint'] ?? '',
      ],
      { env: { HOME: dir } },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ Version: 1 });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/emulator: 201 CreateSession/);
  });

  it('refuses to start without a trust anchor, in one line', async () => {
    const run = await runCommand(process.execPath, [resolve('dist/cli/index.js'), 'emulate']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /emulate needs --ca <file> \(the trust anchor\) or --generate <dir>/,
    );
  });
});
