import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
import { CLI, createSandbox, ensureCliBundle, type Sandbox, sessionFlags } from './helpers/cli.js';

let em: TestEmulator;
let files: MaterialFiles;
let box: Sandbox;

beforeAll(async () => {
  if (spawnSync('aws', ['--version']).error !== undefined) {
    throw new Error('These acceptance tests run the real AWS CLI: put `aws` on PATH (v1 or v2).');
  }
  ensureCliBundle();
  const pki = await createTestPki();
  em = await startTestEmulator(pki);
  files = await writeMaterial(pki);
  box = createSandbox();
});

afterAll(async () => {
  await em.close();
  box.cleanup();
});

function cliArgs(command: string): string[] {
  return [command, ...sessionFlags(files, em.url)];
}

/** The AWS CLI with nothing from the host: no credentials file, no metadata service. */
function awsEnv(extra: Record<string, string>): Record<string, string> {
  return {
    ...box.env,
    AWS_SHARED_CREDENTIALS_FILE: join(box.dir, 'no-credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(box.dir, 'no-config'),
    ...extra,
  };
}

describe('a real client, the AWS CLI (botocore)', () => {
  it('runs sts get-caller-identity with credentials from credential_process in AWS_CONFIG_FILE, twice on one CreateSession', async () => {
    const config = join(box.dir, 'config');
    const command = [process.execPath, CLI, ...cliArgs('credential-process')]
      .map((a) => `"${a}"`)
      .join(' ');
    writeFileSync(config, `[profile ra]\nregion = us-east-1\ncredential_process = ${command}\n`);
    const before = em.emulator.stats().createSession.accepted;
    for (let i = 0; i < 2; i++) {
      const run = await runCommand(
        'aws',
        ['sts', 'get-caller-identity', '--endpoint-url', em.url, '--output', 'json'],
        { env: awsEnv({ AWS_CONFIG_FILE: config, AWS_PROFILE: 'ra' }), timeoutMs: 30_000 },
      );
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      const identity = JSON.parse(run.stdout) as { Arn: string; Account: string };
      expect(identity.Account).toBe('111122223333');
      expect(identity.Arn).toMatch(/^arn:aws:sts::111122223333:assumed-role\/ci-deployer\//);
    }
    expect(em.emulator.stats().createSession.accepted - before).toBe(1);
    expect(em.emulator.stats().sts.accepted).toBeGreaterThanOrEqual(2);
  });

  it('runs sts get-caller-identity with the variables from an eval-ed `env --format sh`', async () => {
    const quoted = [process.execPath, CLI, ...cliArgs('env'), '--quiet']
      .map((a) => `'${a}'`)
      .join(' ');
    const script = `set -e; eval "$(${quoted})"; aws sts get-caller-identity --endpoint-url '${em.url}' --output json`;
    const run = await runCommand('bash', ['-c', script], { env: awsEnv({}), timeoutMs: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect((JSON.parse(run.stdout) as { Arn: string }).Arn).toMatch(/assumed-role\/ci-deployer\//);
  });
});
