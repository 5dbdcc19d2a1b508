/**
 * The Action's main and post steps as the runner runs them (the real bundles, real GITHUB_ENV and
 * GITHUB_STATE files): whatever the main step exported, the post step blanks, including when the
 * main step fails part-way.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readFileCommands,
  runActionMain,
  runActionPost,
  runnerFiles,
} from './helpers/githubRunner.js';
import {
  createTestPki,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { printFigures } from './helpers/reliability.js';

let pki: TestPki;
let em: TestEmulator;
let leftExported = 0;

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki);
});
afterAll(async () => {
  await em?.close();
  printFigures([
    `${leftExported} AWS variables left set after a failed main step and its post step`,
  ]);
});

function inputs(): Record<string, string> {
  return {
    certificate: pki.leaf.certificatePem,
    'private-key': pki.leaf.privateKeyPem,
    'certificate-chain': pki.intermediate.certificatePem,
    'trust-anchor-arn': em.arns.trustAnchorArn,
    'profile-arn': em.arns.profileArn,
    'role-arn': em.arns.roleArn,
    endpoint: em.url,
    'aws-profile': 'ci',
  };
}

/** AWS_* variables that later steps would see set, GITHUB_ENV read the way the runner reads it. */
function setAwsVariables(envFile: string): string[] {
  return [...readFileCommands(envFile)]
    .filter(([name, value]) => name.startsWith('AWS_') && value !== '')
    .map(([name]) => name);
}

describe('a main step that fails at a planted symlink under aws-profile', () => {
  it('leaves no AWS variable set for later steps once the post step has run', async () => {
    const runner = runnerFiles();
    try {
      mkdirSync(join(runner.dir, '.aws'), { mode: 0o700 });
      const target = join(runner.dir, 'elsewhere');
      writeFileSync(target, 'untouched');
      symlinkSync(target, join(runner.dir, '.aws', 'credentials'));

      const main = await runActionMain(inputs(), { files: runner });
      expect(main.exitCode).toBe(1);
      expect(main.stdout).toMatch(/::error::Refusing to write the credentials file .* symlink/);
      const post = await runActionPost(runner);
      expect(post.exitCode).toBe(0);

      const left = setAwsVariables(runner.env);
      leftExported += left.length;
      expect(left).toEqual([]);
      expect(readFileSync(runner.env, 'utf8')).not.toMatch(/ASIA[A-Z0-9]{12,}/);
      expect(readFileSync(target, 'utf8')).toBe('untouched');
    } finally {
      rmSync(runner.dir, { recursive: true, force: true });
    }
  });
});

describe('a main step that succeeds', () => {
  it('tells the post step every variable it exported, and the post step blanks them all', async () => {
    const runner = runnerFiles();
    try {
      const main = await runActionMain(inputs(), { files: runner });
      expect(main.exitCode, main.stdout).toBe(0);
      expect(setAwsVariables(runner.env).sort()).toEqual(
        [
          'AWS_ACCESS_KEY_ID',
          'AWS_CREDENTIAL_EXPIRATION',
          'AWS_DEFAULT_REGION',
          'AWS_PROFILE',
          'AWS_REGION',
          'AWS_SECRET_ACCESS_KEY',
          'AWS_SESSION_TOKEN',
        ].sort(),
      );
      expect((await runActionPost(runner)).exitCode).toBe(0);
      expect(setAwsVariables(runner.env)).toEqual([]);
    } finally {
      rmSync(runner.dir, { recursive: true, force: true });
    }
  });
});
