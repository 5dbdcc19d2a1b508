/**
 * The shared credentials file is edited the way botocore reads it, or not at all: the real bundle's
 * `update --once` on files botocore accepts (comments after a header, upper-case keys, `key: value`,
 * continuation lines, indented options), each checked with botocore's own parser and the real AWS
 * CLI; a file botocore refuses is left alone; and parallel writers never lose a profile.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSandbox,
  ensureCliBundle,
  runCli,
  type Sandbox,
  sessionFlags,
} from './helpers/cli.js';
import {
  createTestPki,
  runCommand,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
} from './helpers/harness.js';
import { runActionMain, runActionPost, runnerFiles } from './helpers/githubRunner.js';
import { leftovers, printFigures } from './helpers/reliability.js';

let em: TestEmulator;
let pki: Awaited<ReturnType<typeof createTestPki>>;
let files: MaterialFiles;
let box: Sandbox;
let parsed = 0;
let parallelRuns = 0;

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  [em, files] = await Promise.all([
    startTestEmulator(pki, { log: () => undefined }),
    writeMaterial(pki),
  ]);
  box = createSandbox();
});

afterAll(async () => {
  await em?.close();
  box?.cleanup();
  if (files) rmSync(files.dir, { recursive: true, force: true });
  printFigures([
    `${parsed} edited credentials files read back by botocore`,
    `${parallelRuns} rounds of 4 parallel update --once, no profile lost`,
  ]);
});

type Sections = Record<string, Record<string, unknown>>;

/** What botocore reads from the file (botocore.configloader.raw_config_parse, as the SDK does). */
function botocoreRead(path: string): Sections {
  const script =
    'import json, sys, botocore.configloader as c; print(json.dumps(c.raw_config_parse(sys.argv[1])))';
  return JSON.parse(
    execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }),
  ) as Sections;
}

function update(path: string, profile: string) {
  return runCli(['update', '--once', '--profile', profile, ...sessionFlags(files, em.url)], {
    env: { ...box.env, AWS_SHARED_CREDENTIALS_FILE: path },
    timeoutMs: 30_000,
  });
}

const NEW_KEYS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'];

/** Files botocore reads; the `ra` profile in each is the one `update` writes. */
const VALID: Record<string, string> = {
  'a comment after a section header': [
    '[default] ; the account we deploy to',
    'aws_access_key_id = AKIADEFAULTDEFAULT01',
    'aws_secret_access_key = defaultSecret',
    '',
    '[ra] # refreshed by update',
    'region = eu-west-1',
    '',
  ].join('\n'),
  'upper-case keys': [
    '[default]',
    'AWS_ACCESS_KEY_ID = AKIADEFAULTDEFAULT01',
    'AWS_SECRET_ACCESS_KEY = defaultSecret',
    '',
    '[ra]',
    'AWS_ACCESS_KEY_ID = ASIAOLDOLDOLDOLDOLD0',
    'Aws_Secret_Access_Key = oldSecret',
    'AWS_SESSION_TOKEN = oldToken',
    'region = eu-west-1',
    '',
  ].join('\n'),
  'key: value lines': [
    '[default]',
    'aws_access_key_id: AKIADEFAULTDEFAULT01',
    'aws_secret_access_key: defaultSecret',
    '[ra]',
    'aws_access_key_id: ASIAOLDOLDOLDOLDOLD0',
    'aws_session_token: oldToken',
    'output: json',
  ].join('\n'),
  'continuation lines and indented options': [
    '[default]',
    '  aws_access_key_id = AKIADEFAULTDEFAULT01',
    '  aws_secret_access_key = defaultSecret',
    '[ra]',
    '  aws_session_token = oldToken',
    '    continued on a second line',
    '',
    '    and after a blank one',
    '  region = eu-west-1',
    '[other]',
    'aws_access_key_id = AKIAOTHEROTHEROTHER1',
    'aws_secret_access_key = otherSecret',
  ].join('\n'),
  'CRLF line ends and comments everywhere': [
    '# managed by hand',
    '; keep these',
    '[ra]',
    '; a comment where keys go',
    'aws_access_key_id=ASIAOLDOLDOLDOLDOLD0',
    '[default]',
    'aws_access_key_id = AKIADEFAULTDEFAULT01',
    'aws_secret_access_key = defaultSecret',
    '',
  ].join('\r\n'),
};

describe('update --once on the shared credentials file', () => {
  for (const [name, original] of Object.entries(VALID)) {
    it(`keeps a file with ${name} readable by botocore, every other profile intact`, async () => {
      const dir = join(box.dir, name.replace(/\W+/g, '-'));
      mkdirSync(dir, { recursive: true });
      const path = join(dir, 'credentials');
      writeFileSync(path, original, { mode: 0o600 });
      const before = botocoreRead(path);
      const run = await update(path, 'ra');
      expect(run.stderr).toContain('Wrote profile [ra]');
      expect(run.exitCode).toBe(0);
      const after = botocoreRead(path);
      parsed += 1;
      for (const [section, values] of Object.entries(before))
        if (section !== 'ra') expect(after[section]).toEqual(values);
      const ra = after['ra'] ?? {};
      for (const key of NEW_KEYS) expect(String(ra[key])).toMatch(/\S/);
      expect(ra['aws_access_key_id']).toMatch(/^ASIA/);
      expect(ra['aws_access_key_id']).not.toBe('ASIAOLDOLDOLDOLDOLD0');
      for (const [key, value] of Object.entries(before['ra'] ?? {}))
        if (!NEW_KEYS.includes(key)) expect(ra[key]).toEqual(value);
      expect(leftovers(dir)).toEqual([]);
    });
  }

  it('gives the real AWS CLI the new credentials from a file with upper-case keys and a commented header', async () => {
    const dir = join(box.dir, 'aws-cli');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'credentials');
    writeFileSync(path, VALID['upper-case keys']?.replace('[ra]', '[ra] ; refreshed') ?? '', {
      mode: 0o600,
    });
    const run = await update(path, 'ra');
    expect(run.exitCode).toBe(0);
    const env = {
      HOME: box.home,
      AWS_SHARED_CREDENTIALS_FILE: path,
      AWS_CONFIG_FILE: join(dir, 'config'),
    };
    writeFileSync(join(dir, 'config'), '');
    const ra = await runCommand(
      'aws',
      ['configure', 'get', 'aws_access_key_id', '--profile', 'ra'],
      {
        env,
      },
    );
    expect(ra.stderr).toBe('');
    expect(ra.stdout.trim()).toMatch(/^ASIA/);
    const fallback = await runCommand(
      'aws',
      ['configure', 'get', 'aws_access_key_id', '--profile', 'default'],
      { env },
    );
    expect(fallback.stdout.trim()).toBe('AKIADEFAULTDEFAULT01');
  });

  it('refuses a file botocore cannot read, naming the line, and leaves it untouched', async () => {
    const dir = join(box.dir, 'unreadable');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'credentials');
    const original =
      '[default]\naws_access_key_id = AKIADEFAULTDEFAULT01\nthis line has no value\n';
    writeFileSync(path, original, { mode: 0o600 });
    const run = await update(path, 'ra');
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(`Refusing to edit the credentials file ${path}: line 3 is not`);
    expect(run.stderr).toContain('botocore cannot read this file either');
    expect(readFileSync(path, 'utf8')).toBe(original);
    expect(leftovers(dir)).toEqual([]);
  });

  it('never loses a profile when 4 update --once runs write different profiles at once, 10 times over', async () => {
    const dir = join(box.dir, 'parallel');
    mkdirSync(dir, { recursive: true });
    const profiles = ['one', 'two', 'three', 'four'];
    for (let round = 0; round < 10; round++) {
      const path = join(dir, `credentials-${round}`);
      writeFileSync(path, '[keep]\naws_access_key_id = AKIAKEEPKEEPKEEPKEEP\n', { mode: 0o600 });
      const runs = await Promise.all(profiles.map((profile) => update(path, profile)));
      for (const run of runs) expect(run.exitCode).toBe(0);
      const sections = botocoreRead(path);
      parsed += 1;
      expect(Object.keys(sections).sort()).toEqual([...profiles, 'keep'].sort());
      for (const profile of profiles)
        expect(sections[profile]?.['aws_access_key_id']).toMatch(/^ASIA/);
      parallelRuns += 1;
    }
    expect(leftovers(dir)).toEqual([]);
  });

  it("the Action's post step takes only its own profile from a file it created, not one another writer added since", async () => {
    const runner = runnerFiles();
    const path = join(runner.dir, '.aws', 'credentials');
    const main = await runActionMain(
      {
        certificate: pki.leaf.certificatePem,
        'private-key': pki.leaf.privateKeyPem,
        'certificate-chain': pki.intermediate.certificatePem,
        'trust-anchor-arn': em.arns.trustAnchorArn,
        'profile-arn': em.arns.profileArn,
        'role-arn': em.arns.roleArn,
        endpoint: em.url,
        'aws-profile': 'ci',
      },
      { files: runner },
    );
    expect(main.exitCode).toBe(0);
    const added = await update(path, 'later');
    expect(added.exitCode).toBe(0);
    expect((await runActionPost(runner)).exitCode).toBe(0);
    const sections = botocoreRead(path);
    parsed += 1;
    expect(Object.keys(sections)).toEqual(['later']);
    rmSync(runner.dir, { recursive: true, force: true });
  });
});
