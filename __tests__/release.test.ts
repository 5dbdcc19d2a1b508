/**
 * The release workflow: what it runs and in which order, and its two shell steps run for real in
 * a throw-away git repository (the version check and the major-tag move).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from './helpers/harness.js';

interface Step {
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}

interface Workflow {
  readonly on: { readonly push: { readonly tags: readonly string[] } };
  readonly jobs: Record<
    string,
    { readonly permissions: Record<string, string>; readonly steps: readonly Step[] }
  >;
}

async function workflow(): Promise<Workflow> {
  return load(await readFile('.github/workflows/release.yml', 'utf8')) as Workflow;
}

async function releaseSteps(): Promise<readonly Step[]> {
  const job = (await workflow()).jobs['release'];
  if (job === undefined) throw new Error('release.yml has no release job');
  return job.steps;
}

function stepIndex(steps: readonly Step[], pattern: RegExp): number {
  const index = steps.findIndex((step) => pattern.test(`${step.name ?? ''}\n${step.run ?? ''}`));
  if (index === -1) throw new Error(`no step matches ${pattern}`);
  return index;
}

function stepScript(steps: readonly Step[], name: string): string {
  const script = steps.find((step) => step.name === name)?.run;
  if (script === undefined) throw new Error(`no step named ${name}`);
  return script;
}

const scratch: string[] = [];
afterEach(async () => {
  await Promise.all(scratch.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function git(cwd: string, ...args: string[]) {
  const run = await runCommand('git', args, {
    cwd,
    env: {
      HOME: cwd,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
  if (run.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}

/** A clone with an `origin`, one commit holding a package.json of `version`. */
async function repository(version: string) {
  const dir = await mkdtemp(join(tmpdir(), 'ra-release-'));
  scratch.push(dir);
  const origin = join(dir, 'origin.git');
  const work = join(dir, 'work');
  await git(dir, 'init', '--quiet', '--bare', origin);
  await git(dir, 'clone', '--quiet', origin, work);
  await writeFile(join(work, 'package.json'), JSON.stringify({ name: 'x', version }));
  await git(work, 'add', 'package.json');
  await git(work, 'commit', '--quiet', '-m', 'release');
  await git(work, 'push', '--quiet', 'origin', 'HEAD');
  return { origin, work, sha: await git(work, 'rev-parse', 'HEAD') };
}

function bash(script: string, cwd: string, env: Record<string, string>) {
  return runCommand('bash', ['-eo', 'pipefail', '-c', script], { cwd, env: { HOME: cwd, ...env } });
}

describe('the release workflow', () => {
  it('runs on version tags only, with the permissions provenance and the release need', async () => {
    const parsed = await workflow();
    expect(parsed.on.push.tags).toEqual(['v*.*.*']);
    expect(parsed.jobs['release']?.permissions).toEqual({
      contents: 'write',
      'id-token': 'write',
    });
  });

  it('tests and verifies dist/ before it publishes with provenance, then releases and moves the major tag', async () => {
    const steps = await releaseSteps();
    const order = [
      /npm ci/,
      /npm run typecheck/,
      /npm run lint/,
      /npm test/,
      /npm run bundle[\s\S]*git status --porcelain -- dist/,
      /npm publish --provenance/,
      /gh release create/,
      /Move the major tag/,
    ].map((pattern) => stepIndex(steps, pattern));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node'));
    expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org');
  });

  it('refuses a tag that does not match the version in package.json', async () => {
    const script = stepScript(await releaseSteps(), 'The tag names the version in package.json');
    const repo = await repository('1.4.0');
    const wrong = await bash(script, repo.work, { GITHUB_REF_NAME: 'v1.4.1' });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stdout).toContain('::error::tag v1.4.1 does not match package.json version 1.4.0');
    const right = await bash(script, repo.work, { GITHUB_REF_NAME: 'v1.4.0' });
    expect(right.exitCode, right.stdout).toBe(0);
  });

  it('moves the major tag to the released commit, replacing an older one', async () => {
    const script = stepScript(await releaseSteps(), 'Move the major tag');
    const older = await repository('1.0.0');
    await git(older.work, 'tag', 'v1', older.sha);
    await git(older.work, 'push', '--quiet', 'origin', 'v1');
    await writeFile(join(older.work, 'package.json'), JSON.stringify({ version: '1.5.2' }));
    await git(older.work, 'commit', '--quiet', '-am', 'next');
    const released = await git(older.work, 'rev-parse', 'HEAD');
    const run = await bash(script, older.work, {
      GITHUB_REF_NAME: 'v1.5.2',
      GITHUB_SHA: released,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(await git(older.origin, 'rev-parse', 'refs/tags/v1')).toBe(released);
    expect(released).not.toBe(older.sha);
  });
});
