/**
 * The GitLab template with role-to-assume in a real pipeline (gitlab-ci-local, shell executor):
 * the job's AWS CLI, through credential_process, is the chained role; the log holds neither
 * credential set.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedCredentials } from '../src/emulator/index.js';
import { CLI, ensureCliBundle } from './helpers/cli.js';
import {
  createTestPki,
  NODE24,
  runCommand,
  startTestEmulator,
  type RunResult,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { expectNoLeak, secretFragments } from './helpers/leaks.js';

const GITLAB_CI_LOCAL = resolve('node_modules/gitlab-ci-local/dist/index.js');

function available(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const MISSING = ['aws', 'git', 'rsync'].filter((tool) => !available(tool));
const SKIP = MISSING.length > 0 && process.env['CI'] !== 'true';

let pki: TestPki;
let em: TestEmulator;
let root: string;
let run: RunResult;
const issued: IssuedCredentials[] = [];

beforeAll(async () => {
  if (SKIP) return;
  if (MISSING.length > 0) throw new Error(`The GitLab pipeline needs ${MISSING.join(', ')}.`);
  ensureCliBundle();
  pki = await createTestPki();
  em = await startTestEmulator(pki, {
    assumableRoles: [
      {
        roleArn: 'arn:aws:iam::444455556666:role/deploy',
        trustedRoleArns: ['arn:aws:iam::111122223333:role/ci-deployer'],
        externalId: 'ext-7f3a',
      },
    ],
    onIssue: (credentials) => issued.push(credentials),
  });
  root = mkdtempSync(join(tmpdir(), 'ra-gitlab-chain-'));
  const dir = join(root, 'project');
  const home = join(root, 'home');
  const tmp = join(root, 'tmp');
  for (const d of [dir, home, tmp]) mkdirSync(d);
  // A copy: another test's ensureCliBundle() may rebuild dist/cli while the pipeline runs.
  cpSync(dirname(CLI), join(root, 'cli'), { recursive: true });
  writeFileSync(join(dir, '.gitlab-ci-template.yml'), readFileSync('.gitlab-ci-template.yml'));
  writeFileSync(
    join(dir, 'chain-pipeline.yml'),
    readFileSync('__tests__/fixtures/gitlab/chain-pipeline.yml', 'utf8')
      .replaceAll('__ENDPOINT__', em.url)
      .replaceAll('__CLI__', `node ${join(root, 'cli', basename(CLI))}`),
  );
  writeFileSync(
    join(dir, '.gitlab-ci-local-variables.yml'),
    JSON.stringify({
      ROLESANYWHERE_CERTIFICATE: { type: 'file', values: { '*': pki.leaf.certificatePem } },
      ROLESANYWHERE_PRIVATE_KEY: { type: 'file', values: { '*': pki.leaf.privateKeyPem } },
      ROLESANYWHERE_INTERMEDIATES: {
        type: 'file',
        values: { '*': pki.intermediate.certificatePem },
      },
    }),
  );
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'pipeline');
  run = await runCommand(
    NODE24,
    [
      GITLAB_CI_LOCAL,
      '--no-color',
      '--file',
      'chain-pipeline.yml',
      '--force-shell-executor',
      '--variable',
      `EMULATOR_URL=${em.url}`,
    ],
    { cwd: dir, env: { HOME: home, TMPDIR: tmp }, timeoutMs: 150_000 },
  );
}, 170_000);

afterAll(async () => {
  await em?.close();
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(SKIP)('the GitLab template with role-to-assume (gitlab-ci-local)', () => {
  it("gives the job's AWS CLI the chained role in the other account, and logs neither credential set", () => {
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '"Arn": "arn:aws:sts::444455556666:assumed-role/deploy/gitlab-deploy"',
    );
    expect(
      em.logs.some((l) =>
        l.startsWith('emulator: 200 AssumeRole role=arn:aws:iam::444455556666:role/deploy'),
      ),
    ).toBe(true);
    const log = readFileSync(
      join(root, 'project', '.gitlab-ci-local', 'output', 'deploy-to-another-account.log'),
      'utf8',
    );
    expectNoLeak(
      { stdout: run.stdout, stderr: run.stderr, log },
      secretFragments({
        privateKeyPem: pki.leaf.privateKeyPem,
        other: issued.flatMap((c) => [c.secretAccessKey, c.sessionToken]),
      }),
    );
  });
});
