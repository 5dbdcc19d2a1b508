/**
 * The STS client is in its own chunks of each bundle and a run without chaining never loads them:
 * with those chunks deleted from a copy of the bundle, the default path still works and only a
 * chained run fails.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPki,
  runNode,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { ensureCliBundle, sessionFlags } from './helpers/cli.js';
import { inputEnv, readFileCommands, runnerEnv, runnerFiles } from './helpers/githubRunner.js';

const DEPLOY = 'arn:aws:iam::444455556666:role/deploy';

let pki: TestPki;
let em: TestEmulator;
let files: MaterialFiles;
const scratch = mkdtempSync(join(tmpdir(), 'rac-lazy-'));

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  files = await writeMaterial(pki);
});
afterAll(async () => {
  await em.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The chunks of a bundle that hold the STS client (by a name only its code has). */
function stsChunks(bundle: string): string[] {
  return readdirSync(bundle).filter(
    (name) =>
      name.endsWith('.js') &&
      readFileSync(join(bundle, name), 'utf8').includes('AssumeRoleCommand'),
  );
}

/** A copy of the bundle without its STS chunks. */
function withoutStsChunks(bundle: string): string {
  const copy = mkdtempSync(join(scratch, 'bundle-'));
  cpSync(bundle, copy, { recursive: true });
  for (const chunk of stsChunks(bundle)) rmSync(join(copy, chunk));
  return copy;
}

describe.each(['dist/cli', 'dist/main', 'dist/lib'])('the bundle %s', (bundle) => {
  it('keeps the STS client out of index.js, in chunks of its own', () => {
    const chunks = stsChunks(bundle);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks).not.toContain('index.js');
  });
});

describe('a run without chaining', () => {
  it('credential-process works from a CLI bundle whose STS chunks are gone; a chained run does not', async () => {
    const cli = join(withoutStsChunks('dist/cli'), 'index.js');
    const args = ['credential-process', ...sessionFlags(files, em.url), '--no-cache'];
    const plain = await runNode(cli, args, { env: { HOME: scratch } });
    expect(plain.exitCode, plain.stderr).toBe(0);
    expect(JSON.parse(plain.stdout)).toMatchObject({ Version: 1 });
    const chained = await runNode(
      cli,
      [...args, '--chain-role-arn', DEPLOY, '--sts-endpoint', em.url],
      {
        env: { HOME: scratch },
      },
    );
    expect(chained.exitCode).toBe(1);
    expect(chained.stdout).toBe('');
    expect(chained.stderr).toMatch(/Cannot find module .*index\.js/);
  });

  it('the Action exports credentials from a bundle whose STS chunks are gone', async () => {
    const main = join(withoutStsChunks('dist/main'), 'index.js');
    const runner = runnerFiles();
    const run = await runNode(main, [], {
      env: {
        ...runnerEnv(runner),
        ...inputEnv({
          certificate: pki.leaf.certificatePem,
          'private-key': pki.leaf.privateKeyPem,
          'certificate-chain': pki.intermediate.certificatePem,
          'trust-anchor-arn': em.arns.trustAnchorArn,
          'profile-arn': em.arns.profileArn,
          'role-arn': em.arns.roleArn,
          endpoint: em.url,
        }),
      },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(readFileCommands(runner.env).get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
  });
});
