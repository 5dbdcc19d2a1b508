/**
 * `gitlab-setup` and `gitlab-teardown`, the GitLab template's steps, as the real CLI bundle in a
 * child process against the emulator on 127.0.0.1: each mode, each precondition, and the job
 * directory another local user plants in a shared TMPDIR (run through the template's own
 * after_script under dash).
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureCliBundle } from './helpers/cli.js';
import {
  createTestPki,
  runCommand,
  runNode,
  startTestEmulator,
  TEST_ARNS,
  type RunResult,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { expectNoLeak, secretFragments } from './helpers/leaks.js';

/** js-yaml comes with eslint and has no type declarations here: typed at this one seam. */
const JS_YAML: string = 'js-yaml';

let pki: TestPki;
let em: TestEmulator;
let root: string;
let tmp: string;
let material: string;
const outputs: string[] = [];

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  em = await startTestEmulator(pki);
  root = mkdtempSync(join(tmpdir(), 'ra-gitlab-setup-'));
  // The other user must reach the shared directory inside it, as it reaches /tmp.
  chmodSync(root, 0o755);
  tmp = join(root, 'tmp');
  execFileSync('install', ['-d', '-m', '1777', tmp]);
  material = join(root, 'material');
  mkdirSync(material);
  writeFileSync(join(material, 'RA_CERT'), pki.leaf.certificatePem, { mode: 0o600 });
  writeFileSync(join(material, 'RA_KEY'), pki.leaf.privateKeyPem, { mode: 0o600 });
  writeFileSync(join(material, 'RA_CHAIN'), pki.intermediate.certificatePem, { mode: 0o600 });
});

afterAll(async () => {
  await em.close();
  rmSync(root, { recursive: true, force: true });
});

/** The job's environment: File variables as paths, one masked variable as base64. */
function jobEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    HOME: root,
    TMPDIR: tmp,
    CI_JOB_ID: '77',
    PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? '/usr/bin:/bin'}`,
    RA_CERT: join(material, 'RA_CERT'),
    RA_KEY_B64: Buffer.from(pki.leaf.privateKeyPem).toString('base64'),
    RA_CHAIN: join(material, 'RA_CHAIN'),
    ...extra,
  };
}

function setupArgs(mode: string, prefix: string, extra: string[] = []): string[] {
  return [
    'gitlab-setup',
    '--mode',
    mode,
    '--job-prefix',
    prefix,
    '--region',
    '',
    '--certificate-variable',
    'RA_CERT',
    '--private-key-variable',
    'RA_KEY_B64',
    '--intermediates-variable',
    'RA_CHAIN',
    '--passphrase-variable',
    '',
    '--trust-anchor-arn',
    TEST_ARNS.trustAnchorArn,
    '--profile-arn',
    TEST_ARNS.profileArn,
    '--role-arn',
    TEST_ARNS.roleArn,
    '--session-duration',
    '3600',
    '--role-session-name',
    '',
    '--endpoint',
    em.url,
    ...extra,
  ];
}

async function cli(args: string[], env: Record<string, string> = jobEnv()): Promise<RunResult> {
  const run = await runNode(CLI, args, { env, timeoutMs: 30_000 });
  outputs.push(run.stdout, run.stderr);
  return run;
}

/**
 * Evaluates setup's lines in dash, as the template does, then runs `then`. Asynchronously: the
 * emulator the AWS CLI calls answers from this process.
 */
async function evalInSh(lines: string, then: string, env = jobEnv()): Promise<string> {
  const run = await runCommand('dash', ['-euc', `eval "$1"; ${then}`, 'sh', lines], { env });
  expect(run.exitCode, run.stderr).toBe(0);
  return run.stdout;
}

function jobDirs(prefix: string): string[] {
  return readdirSync(tmp)
    .filter((name) => name.startsWith(`rolesanywhere-credentials-77-${prefix}.`))
    .map((name) => join(tmp, name));
}

describe('gitlab-setup, one mode at a time', () => {
  it('credential-process: makes a 0700 job directory, fills its cache once, and writes a profile that runs this CLI', async () => {
    const run = await cli(setupArgs('credential-process', 'cp'));
    expect(run.exitCode, run.stderr).toBe(0);
    const [dir] = jobDirs('cp');
    expect(dir).toBeDefined();
    expect(statSync(dir!).mode & 0o777).toBe(0o700);
    expect(run.stdout).toContain(`export AWS_CONFIG_FILE='${dir}/config'`);
    expect(run.stdout).toContain("export AWS_PROFILE='default'");
    expect(run.stdout).toContain(`export AWS_SHARED_CREDENTIALS_FILE='${dir}/credentials'`);
    expect(run.stdout).not.toMatch(/AWS_ACCESS_KEY_ID|AWS_SECRET/);
    const config = readFileSync(join(dir!, 'config'), 'utf8');
    expect(config).toBe(
      `[default]\ncredential_process = ${process.execPath} ${CLI} credential-process --certificate ${join(material, 'RA_CERT')} --private-key env:RA_KEY_B64 --intermediates ${join(material, 'RA_CHAIN')} --trust-anchor-arn ${TEST_ARNS.trustAnchorArn} --profile-arn ${TEST_ARNS.profileArn} --role-arn ${TEST_ARNS.roleArn} --session-duration 3600 --endpoint ${em.url} --cache-dir ${dir}/cache\nregion = us-east-1\n`,
    );
    expect(statSync(join(dir!, 'config')).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir!, 'cache')).length).toBeGreaterThan(0);
    expect(run.stderr).toContain(
      `rolesanywhere-credentials (cp): AWS_PROFILE=default in AWS_CONFIG_FILE=${dir}/config`,
    );
    // The AWS CLI, through the profile only.
    const arn = await evalInSh(
      run.stdout,
      `aws sts get-caller-identity --endpoint-url ${em.url} --query Arn --output text`,
    );
    expect(arn).toContain('assumed-role/ci-deployer/');
    const teardown = await cli(['gitlab-teardown', '--job-prefix', 'cp']);
    expect(teardown.exitCode, teardown.stderr).toBe(0);
    expect(jobDirs('cp')).toEqual([]);
  });

  it('credential-process: unsets credentials left in the job, and keeps the profiles another include wrote', async () => {
    const first = await cli(setupArgs('credential-process', 'one'));
    const config = /AWS_CONFIG_FILE='([^']+)'/.exec(first.stdout)?.[1] ?? '';
    const env = jobEnv({ AWS_CONFIG_FILE: config, AWS_ACCESS_KEY_ID: 'AKIALEFTOVER' });
    const second = await cli(
      setupArgs('credential-process', 'two', ['--aws-profile', 'reports', '--region', 'eu-west-3']),
      env,
    );
    expect(second.exitCode, second.stderr).toBe(0);
    expect(second.stdout).toContain(
      'unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN',
    );
    expect(second.stderr).toContain('unsetting AWS_ACCESS_KEY_ID');
    const merged = readFileSync(/AWS_CONFIG_FILE='([^']+)'/.exec(second.stdout)?.[1] ?? '', 'utf8');
    expect(merged.match(/^\[(default|profile reports)\]$/gm)).toEqual([
      '[default]',
      '[profile reports]',
    ]);
    expect(merged).toMatch(/^region = eu-west-3$/m);
    const again = await cli(
      setupArgs('credential-process', 'three', ['--aws-profile', 'reports']),
      {
        ...env,
        AWS_CONFIG_FILE: /AWS_CONFIG_FILE='([^']+)'/.exec(second.stdout)?.[1] ?? '',
      },
    );
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain(
      'already has [profile reports]: give each include in this job its own aws-profile input.',
    );
    for (const prefix of ['one', 'two', 'three'])
      await cli(['gitlab-teardown', '--job-prefix', prefix]);
  });

  it('env: prints the credentials to export and the region, with the notices, and makes no directory', async () => {
    const run = await cli(setupArgs('env', 'env', ['--region', 'eu-west-3']));
    expect(run.exitCode, run.stderr).toBe(0);
    expect(jobDirs('env')).toEqual([]);
    const seen = await evalInSh(
      run.stdout,
      'printf "%s %s %s" "$AWS_REGION" "$AWS_DEFAULT_REGION" "${AWS_SESSION_TOKEN:+token}"',
    );
    expect(seen).toBe('eu-west-3 eu-west-3 token');
    expect(run.stderr).toMatch(/NOTICE: AWS_ACCESS_KEY_ID, .* valid until \d{4}-\d\d-\d\dT/);
    expect(run.stderr).toContain('GitLab masks only values it knew before the job started');
  });

  it('server: starts the server with its pid file and log in the job directory, and teardown stops it and shows the log', async () => {
    const run = await cli(setupArgs('server', 'srv'));
    expect(run.exitCode, run.stderr).toBe(0);
    const [dir] = jobDirs('srv');
    const pid = Number(readFileSync(join(dir!, 'server.pid'), 'utf8'));
    expect(run.stderr).toContain(
      `rolesanywhere-credentials (srv): credential server (pid ${pid}) at AWS_CONTAINER_CREDENTIALS_FULL_URI=http://127.0.0.1:`,
    );
    expect(run.stdout).toContain("export AWS_REGION='us-east-1'");
    const arn = await evalInSh(
      run.stdout,
      `aws sts get-caller-identity --endpoint-url ${em.url} --query Arn --output text`,
    );
    expect(arn).toContain('assumed-role/ci-deployer/');
    const teardown = await cli(['gitlab-teardown', '--job-prefix', 'srv']);
    expect(teardown.exitCode, teardown.stderr).toBe(0);
    expect(teardown.stderr).toContain(`Stopped the credential server (pid ${pid})`);
    expect(teardown.stdout).toContain('Obtained credentials for');
    expect(
      existsSync(`/proc/${pid}/cmdline`) &&
        !/\)\s+Z\s/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')),
    ).toBe(false);
    expect(jobDirs('srv')).toEqual([]);
  });
});

describe('gitlab-setup, its preconditions', () => {
  it('refuses CI_DEBUG_TRACE before reading any variable, in one line', async () => {
    const run = await cli(
      setupArgs('credential-process', 'dbg'),
      jobEnv({ CI_DEBUG_TRACE: 'true', RA_CERT: '' }),
    );
    expect(run.exitCode).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('CI_DEBUG_TRACE is true');
    expect(jobDirs('dbg')).toEqual([]);
  });

  it('names an unset variable and its input, and makes no directory', async () => {
    const run = await cli(setupArgs('server', 'unset'), jobEnv({ RA_CERT: '' }));
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain(
      '(unset) the CI/CD variable RA_CERT (input certificate-variable) is empty or not set in this job.',
    );
    expect(jobDirs('unset')).toEqual([]);
  });

  it('refuses an unknown mode and a job prefix that could leave the directory name', async () => {
    const mode = await cli(setupArgs('vault', 'm'));
    expect(mode.stderr).toContain(
      '--mode must be one of credential-process, env, server, got "vault"',
    );
    const prefix = await cli(setupArgs('env', '../x'));
    expect(prefix.stderr).toContain('--job-prefix must match');
    expect(mode.exitCode).toBe(1);
    expect(prefix.exitCode).toBe(1);
  });

  it('passes allow-insecure-endpoint on: plain http to another host is refused without it, warned about with it', async () => {
    // The key of another certificate stops both runs before any request, so nothing is sent.
    const env = jobEnv({ RA_KEY_B64: Buffer.from(pki.rsaLeaf.privateKeyPem).toString('base64') });
    const http = ['--endpoint', 'http://emulator:8080'];
    const refused = await cli(setupArgs('env', 'plain', http), env);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/plain HTTP to emulator:8080.*--allow-insecure-endpoint/);
    const allowed = await cli(
      setupArgs('env', 'plain', [...http, '--allow-insecure-endpoint', 'true']),
      env,
    );
    expect(allowed.exitCode).toBe(1);
    expect(allowed.stderr).toContain('is plain HTTP to another host');
    expect(allowed.stderr).toMatch(/private key does not belong to the certificate/i);
    const wrong = await cli(setupArgs('env', 'plain', ['--allow-insecure-endpoint', 'yes']), env);
    expect(wrong.stderr).toContain('--allow-insecure-endpoint takes true or false, got "yes"');
  });

  it('fails on a key of another certificate, leaving only a directory that teardown removes', async () => {
    const env = jobEnv({ RA_KEY_B64: Buffer.from(pki.rsaLeaf.privateKeyPem).toString('base64') });
    const run = await cli(setupArgs('credential-process', 'mismatch'), env);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/private key does not belong to the certificate/i);
    await cli(['gitlab-teardown', '--job-prefix', 'mismatch'], env);
    expect(jobDirs('mismatch')).toEqual([]);
  });
});

/** uid and gid of `nobody`: the other local user of a shared shell runner. */
const OTHER_USER = 65534;
const IS_ROOT = process.getuid?.() === 0;
if (!IS_ROOT) {
  console.warn(
    'Skipping the planted-directory tests: they create files as another user, which needs root.',
  );
}

describe.skipIf(!IS_ROOT)(
  'a job directory planted in a shared TMPDIR by another local user',
  () => {
    let marker: string;
    beforeAll(() => {
      marker = join(root, 'planted-stop-ran');
    });

    /** What the other user leaves behind: a directory under the job's name, a stop script and a pid file. */
    function plant(name: string, mode: string): string {
      const dir = join(tmp, name);
      const script =
        `mkdir -m ${mode} "$1" && printf 'touch %s\\n' "$2" > "$1/stop" && ` +
        `chmod 755 "$1/stop" && echo 1 > "$1/server.pid" && echo planted > "$1/server.log"`;
      execFileSync('setpriv', [
        `--reuid=${OTHER_USER}`,
        `--regid=${OTHER_USER}`,
        '--clear-groups',
        'sh',
        '-c',
        script,
        'sh',
        dir,
        marker,
      ]);
      return dir;
    }

    /** The template's after_script, interpolated, the cli input pointing at the bundle. */
    async function afterScript(prefix: string): Promise<string> {
      const { load } = (await import(JS_YAML)) as { load(text: string): unknown };
      const text = readFileSync(resolve('.gitlab-ci-template.yml'), 'utf8');
      const body = text
        .slice(text.indexOf('\n---\n') + 5)
        .replace(/\$\[\[\s*inputs\.([a-z-]+)\s*\]\]/g, (_, name: string) =>
          name === 'cli' ? `node ${CLI}` : name === 'job-prefix' ? prefix : 'x',
        );
      const jobs = load(body) as Record<string, { after_script: string[] }>;
      return Object.values(jobs)[0]?.after_script.join('\n') ?? '';
    }

    it("never runs the planted stop script, stops the job's own server, and leaves the other user's directories alone", async () => {
      const fixedName = plant('rolesanywhere-credentials-77-plant', '755');
      const prefixed = plant('rolesanywhere-credentials-77-plant.AAAAAAAA', '700');
      const open = plant('rolesanywhere-credentials-77-plant.BBBBBBBB', '777');
      const setup = await cli(setupArgs('server', 'plant'));
      expect(setup.exitCode, setup.stderr).toBe(0);
      const own = jobDirs('plant').filter((dir) => ![prefixed, open].includes(dir));
      expect(own).toHaveLength(1);
      const pid = Number(readFileSync(join(own[0]!, 'server.pid'), 'utf8'));

      const after = await runCommand('dash', ['-euc', await afterScript('plant')], {
        env: jobEnv(),
      });
      outputs.push(after.stdout, after.stderr);
      expect(after.exitCode, after.stderr).toBe(0);
      expect(existsSync(marker)).toBe(false);
      expect(after.stderr).toContain(`ignoring ${prefixed}: this job did not create it`);
      expect(after.stderr).toContain(`ignoring ${open}: this job did not create it`);
      expect(after.stderr).toContain(`Stopped the credential server (pid ${pid})`);
      expect(after.stdout).not.toContain('planted');
      expect(existsSync(own[0]!)).toBe(false);
      for (const dir of [fixedName, prefixed, open])
        expect(existsSync(join(dir, 'stop'))).toBe(true);
    });
  },
);

describe('what gitlab-setup and gitlab-teardown printed', () => {
  it('holds no key material', () => {
    expect(outputs.length).toBeGreaterThan(10);
    expectNoLeak(
      { output: outputs.join('\n') },
      [pki.leaf, pki.rsaLeaf].flatMap((leaf) =>
        secretFragments({
          privateKeyPem: leaf.privateKeyPem,
          other: [Buffer.from(leaf.privateKeyPem).toString('base64').slice(0, 40)],
        }),
      ),
    );
  });
});
