import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProfileName } from '../src/files/credentialsProfile.js';
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

describe('the one profile-name rule of the Action, gitlab-setup and update', () => {
  it.each([
    ['default', true],
    ['ci-deploy_2.prod', true],
    ['ci@prod+1', true],
    ['x'.repeat(64), true],
    ['x'.repeat(65), false],
    ['', false],
    ['ci deploy', false],
    ['bad]name', false],
    ['a;b', false],
    ['$(id)', false],
    ['line\nbreak', false],
  ])('reads %j as a profile name: %s', (name, expected) => {
    expect(isProfileName(name)).toBe(expected);
  });
});

describe('update --profile, through the CLI bundle', () => {
  let em: TestEmulator;
  let files: MaterialFiles;
  let box: Sandbox;
  const EXISTING = '[default]\naws_access_key_id = AKIAEXAMPLEDEFAULT01\n';

  beforeAll(async () => {
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

  function update(profile: string, path: string): ReturnType<typeof runCli> {
    writeFileSync(path, EXISTING, { mode: 0o600 });
    return runCli(['update', '--once', '--profile', profile, ...sessionFlags(files, em.url)], {
      env: { ...box.env, AWS_SHARED_CREDENTIALS_FILE: path },
    });
  }

  it('writes a profile whose name keeps to the rule', async () => {
    const path = join(box.dir, 'accepted');
    const run = await update('ci@prod+1', path);
    expect(run.stderr).toContain('Wrote profile [ci@prod+1]');
    expect(run.exitCode).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^\[ci@prod\+1\]\naws_access_key_id = ASIA/m);
  });

  it('refuses "ci deploy" with one line naming the allowed characters, before any call or write', async () => {
    const path = join(box.dir, 'refused');
    const calls = em.logs.length;
    const run = await update('ci deploy', path);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /--profile "ci deploy" is not a usable profile name: use letters, digits and \._@\+-, at most 64 characters\.$/,
      ),
    ]);
    expect(em.logs.length).toBe(calls);
    expect(readFileSync(path, 'utf8')).toBe(EXISTING);
  });

  it('is the rule gitlab-setup --aws-profile keeps, which refuses "ci deploy" in its own words', async () => {
    const tmp = join(box.dir, 'job-tmp');
    mkdirSync(tmp);
    const run = await runCli(['gitlab-setup', '--mode', 'env', '--aws-profile', 'ci deploy'], {
      env: { ...box.env, TMPDIR: tmp, CI_JOB_ID: '7' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'gitlab-setup: --aws-profile must match ^[\\w.@+-]{1,64}$, got "ci deploy"',
    );
    expect(readdirSync(tmp)).toEqual([]);
  });
});
