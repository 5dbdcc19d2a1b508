/**
 * The GitLab CI template in real pipelines: gitlab-ci-local (shell executor) runs
 * __tests__/fixtures/gitlab/*.yml, which `include: local:` the template, against the emulator on
 * 127.0.0.1, with the CLI bundle and the real AWS CLI. One pipeline run serves most assertions.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const TEMPLATE = resolve('.gitlab-ci-template.yml');
const FIXTURES = resolve('__tests__/fixtures/gitlab');

/** What the emulator issued, recorded on the way back: the values no log may contain. */
interface IssuedSession {
  readonly roleArn: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

interface Tap {
  readonly url: string;
  readonly issued: IssuedSession[];
  close(): Promise<void>;
}

/**
 * A pass-through in front of the emulator that keeps the credentials each CreateSession answer
 * carries. Headers go through untouched: the client signed the Host it sent, which is the tap's.
 */
async function startTap(target: string): Promise<Tap> {
  const issued: IssuedSession[] = [];
  const upstream = new URL(target);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => body.push(chunk));
          answer.on('end', () => {
            const text = Buffer.concat(body).toString('utf8');
            if (req.url === '/sessions' && answer.statusCode === 201) record(text);
            res.writeHead(answer.statusCode ?? 502, answer.headers).end(text);
          });
        },
      );
      forward.on('error', () => res.writeHead(502).end());
      forward.end(Buffer.concat(chunks));
    });
  });
  const record = (text: string): void => {
    const document = JSON.parse(text) as {
      credentialSet: {
        roleArn: string;
        credentials: { secretAccessKey: string; sessionToken: string };
      }[];
    };
    for (const set of document.credentialSet) {
      issued.push({ roleArn: set.roleArn, ...set.credentials });
    }
  };
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    issued,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

interface Project {
  readonly root: string;
  readonly dir: string;
  /** HOME and TMPDIR of the pipeline, so nothing reaches the real ones. */
  readonly home: string;
  readonly tmp: string;
}

/**
 * A throw-away git repository holding the template, the fixture pipelines (pointed at `endpoint`
 * and at a copy of the CLI bundle) and the variables. The copy, because another test's
 * ensureCliBundle() may rebuild dist/cli while the pipeline runs.
 */
function createProject(endpoint: string, variables: unknown): Project {
  const root = mkdtempSync(join(tmpdir(), 'ra-gitlab-'));
  const dir = join(root, 'project');
  const home = join(root, 'home');
  const tmp = join(root, 'tmp');
  for (const d of [dir, home, tmp]) mkdirSync(d);
  cpSync(dirname(CLI), join(root, 'cli'), { recursive: true });
  const substitutions = {
    __ENDPOINT__: endpoint,
    __CLI__: `node ${join(root, 'cli', basename(CLI))}`,
  };
  writeFileSync(join(dir, '.gitlab-ci-template.yml'), readFileSync(TEMPLATE));
  for (const name of readdirSync(FIXTURES)) {
    let text = readFileSync(join(FIXTURES, name), 'utf8');
    for (const [from, to] of Object.entries(substitutions)) text = text.replaceAll(from, to);
    writeFileSync(join(dir, name), text);
  }
  // JSON is YAML too.
  writeFileSync(join(dir, '.gitlab-ci-local-variables.yml'), JSON.stringify(variables, null, 2));
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
  };
  git('init', '-q', '-b', 'main');
  git('remote', 'add', 'origin', 'https://gitlab.example.com/group/project.git');
  git('add', '-A');
  git('commit', '-q', '-m', 'pipeline');
  return { root, dir, home, tmp };
}

/** Where gitlab-ci-local writes File variables; the directory name is fixed, /tmp included. */
const FILE_VARIABLE_DIRS = /^gitlab-ci-local-file-variables-/;

function fileVariableDirs(): Set<string> {
  return new Set(readdirSync('/tmp').filter((name) => FILE_VARIABLE_DIRS.test(name)));
}

async function gitlabCiLocal(project: Project, args: readonly string[]): Promise<RunResult> {
  const before = fileVariableDirs();
  try {
    return await runCommand(
      NODE24,
      [GITLAB_CI_LOCAL, '--no-color', '--max-job-name-padding', '0', ...args],
      // gitlab-ci-local wants a relative --cwd, so it runs in the project instead.
      { cwd: project.dir, env: { HOME: project.home, TMPDIR: project.tmp }, timeoutMs: 150_000 },
    );
  } finally {
    // gitlab-ci-local 4.x removes each job's File-variable directory but leaves behind one it
    // creates earlier under a name with "undefined" in it, holding the same files (the key).
    for (const name of fileVariableDirs()) {
      if (!before.has(name)) rmSync(join('/tmp', name), { recursive: true, force: true });
    }
  }
}

/** A stopped server may linger as a zombie until its new parent reaps it: that is not running. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function jobLog(project: Project, job: string): string {
  return readFileSync(join(project.dir, '.gitlab-ci-local', 'output', `${job}.log`), 'utf8');
}

/** Overlapping 24-character windows of a long base64 value, so a partial leak is caught too. */
function base64Windows(value: string): string[] {
  const found: string[] = [];
  for (let start = 0; start + 24 <= value.length; start += 12) {
    found.push(value.slice(start, start + 24));
  }
  return found;
}

const ARN_PREFIX = 'arn:aws:sts::111122223333:assumed-role';
/** A masked variable needs 8 characters or more. */
const PASSPHRASE = 'correct-horse-battery-staple';
/** js-yaml comes with eslint and has no type declarations here: typed at this one seam. */
const JS_YAML: string = 'js-yaml';

interface ExpandedJob {
  readonly before_script: string[];
  readonly script: string[];
  readonly after_script: string[];
}

let pki: TestPki;
let emulator: TestEmulator;
let tap: Tap;
let project: Project;
let run: RunResult;
let encryptedKeyPem: string;
/** Output of the runs outside gitlab-ci-local, scanned for secrets with the job logs. */
const otherOutput: string[] = [];
/** Server tokens those runs wrote to files (for the scan; the pipeline's is in server-token). */
const otherTokens: string[] = [];

/** The tools these pipelines need that are not on PATH, each with its install line. */
function missingTools(): string[] {
  const tools = {
    aws: 'the AWS CLI: apt-get install -y awscli (or pip install awscli)',
    dash: 'apt-get install -y dash',
    git: 'apt-get install -y git',
    rsync: 'apt-get install -y rsync (gitlab-ci-local needs it)',
  };
  return Object.entries(tools).flatMap(([tool, install]) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      return [];
    } catch {
      return [`${tool} (${install})`];
    }
  });
}

const MISSING = missingTools();
/** On a workstation a missing tool skips these pipelines with the install line; in CI it fails them. */
const SKIP = MISSING.length > 0 && process.env['CI'] !== 'true';
if (SKIP) console.warn(`Skipping the GitLab pipeline tests: install ${MISSING.join(', ')}.`);

beforeAll(async () => {
  if (SKIP) return;
  if (MISSING.length > 0) throw new Error(`The GitLab pipeline tests need ${MISSING.join(', ')}.`);
  ensureCliBundle();
  pki = await createTestPki();
  // No roleArn: the emulator takes any role, so each include can assume its own.
  emulator = await startTestEmulator(pki, { roleArn: undefined, acceptRoleSessionName: true });
  tap = await startTap(emulator.url);
  const base64 = (text: string): string => Buffer.from(text).toString('base64');
  encryptedKeyPem = pki.rsaLeaf.privateKey
    .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: PASSPHRASE })
    .toString();
  project = createProject(tap.url, {
    // File variables, as GitLab writes them: the job sees a path.
    ROLESANYWHERE_CERTIFICATE: { type: 'file', values: { '*': pki.leaf.certificatePem } },
    ROLESANYWHERE_PRIVATE_KEY: { type: 'file', values: { '*': pki.leaf.privateKeyPem } },
    ROLESANYWHERE_INTERMEDIATES: {
      type: 'file',
      values: { '*': pki.intermediate.certificatePem },
    },
    // Masked variables must be one line: base64 of the PEM (certificate followed by its chain).
    AUDIT_CERTIFICATE_B64: base64(pki.rsaLeaf.certificatePem + pki.intermediate.certificatePem),
    AUDIT_PRIVATE_KEY_B64: base64(pki.rsaLeaf.privateKeyPem),
    REPORTS_ENCRYPTED_KEY_B64: base64(encryptedKeyPem),
    REPORTS_KEY_PASSPHRASE: PASSPHRASE,
  });
  run = await gitlabCiLocal(project, [
    '--file',
    'pipeline.yml',
    '--force-shell-executor',
    '--variable',
    `EMULATOR_URL=${emulator.url}`,
  ]);
}, 170_000);

afterAll(async () => {
  await tap?.close();
  await emulator?.close();
  if (project !== undefined) rmSync(project.root, { recursive: true, force: true });
});

describe.skipIf(SKIP)(
  'the GitLab template in a real pipeline (gitlab-ci-local, shell executor)',
  () => {
    it('runs the pipeline to the end, the jobs meant to fail allowed to', () => {
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      for (const job of [
        'deploy-with-the-aws-cli',
        'audit-with-env-variables',
        'two-roles-in-one-job',
        'serve-to-the-container-provider',
      ]) {
        expect(run.stdout).toMatch(new RegExp(`PASS\\s+${job}`));
      }
      for (const job of [
        'fails-on-an-unset-variable',
        'fails-on-a-key-of-another-certificate',
        'fails-under-ci-debug-trace',
        'fails-without-node',
      ]) {
        expect(run.stdout).toMatch(new RegExp(`WARN\\s+${job}`));
      }
    });

    it('credential-process mode: the AWS CLI gets credentials through the profile, never the environment', () => {
      const log = jobLog(project, 'deploy-with-the-aws-cli');
      expect(log).toContain('no credentials in the environment');
      expect(log.match(new RegExp(`${ARN_PREFIX}/ci-deployer/`, 'g'))).toHaveLength(2);
      expect(log).toContain('AWS_PROFILE=default in AWS_CONFIG_FILE=');
    });

    it('env mode: the AWS CLI uses the exported variables, after a notice that GitLab cannot mask them', () => {
      const log = jobLog(project, 'audit-with-env-variables');
      expect(log).toContain('GitLab masks only values it knew before the job started');
      expect(log).toContain('credentials in the environment until');
      expect(log).toContain(`${ARN_PREFIX}/ci-auditor/gitlab-audit`);
    });

    it('server mode: the AWS CLI gets credentials from the local server, which after_script stops', () => {
      const log = jobLog(project, 'serve-to-the-container-provider');
      expect(log).toContain('no credentials in the environment');
      expect(log).toContain('AWS_CONTAINER_CREDENTIALS_FULL_URI=http://127.0.0.1:');
      expect(log).toContain(`${ARN_PREFIX}/ci-server/`);
      const pid = Number(/credential server \(pid (\d+)\)/.exec(log)?.[1]);
      expect(pid).toBeGreaterThan(1);
      expect(log).toContain(`Stopped the credential server (pid ${pid})`);
      expect(isRunning(pid)).toBe(false);
    });

    it('two includes with different job-prefix give one job two roles, in two profiles', () => {
      const log = jobLog(project, 'two-roles-in-one-job');
      const arns = log.match(new RegExp(`${ARN_PREFIX}/[a-z-]+/`, 'g'));
      expect(arns).toEqual([`${ARN_PREFIX}/ci-reporter/`, `${ARN_PREFIX}/ci-deployer/`]);
    });

    it('reads File variables by their path, masked ones (base64, passphrase) through env:NAME', () => {
      const lines = jobLog(project, 'two-roles-in-one-job')
        .split('\n')
        .filter((line) => line.startsWith('credential_process = '));
      expect(lines).toHaveLength(2);
      const file = (name: string): RegExp =>
        new RegExp(` --${name} /tmp/gitlab-ci-local-file-variables-[^ /]+/ROLESANYWHERE_[A-Z_]+ `);
      expect(lines[0]).toMatch(file('certificate'));
      expect(lines[0]).toMatch(file('private-key'));
      expect(lines[0]).toMatch(file('intermediates'));
      expect(lines[1]).toContain(
        ' --certificate env:AUDIT_CERTIFICATE_B64 --private-key env:REPORTS_ENCRYPTED_KEY_B64 --pkcs8-password env:REPORTS_KEY_PASSPHRASE ',
      );
    });

    it('calls CreateSession once per include and job: the AWS CLI calls are served from the job cache', () => {
      const count = (role: string): number =>
        tap.issued.filter((session) => session.roleArn.endsWith(`/${role}`)).length;
      // deploy-with-the-aws-cli and two-roles-in-one-job; the AWS CLI's three calls hit the cache.
      expect(count('ci-deployer')).toBe(2);
      expect(count('ci-reporter')).toBe(1);
      expect(count('ci-auditor')).toBe(1);
      expect(count('ci-server')).toBe(1);
    });

    it('removes the job directory (AWS config, credentials cache) in after_script, and caches nothing in HOME', () => {
      const dirs = readFileSync(join(project.dir, 'job-dirs.txt'), 'utf8').trim().split('\n');
      expect(dirs).toHaveLength(2);
      for (const dir of dirs) {
        expect(dir.startsWith(project.tmp)).toBe(true);
        expect(existsSync(dir)).toBe(false);
      }
      expect(readdirSync(project.tmp).filter((name) => name.startsWith('rolesanywhere'))).toEqual(
        [],
      );
      expect(existsSync(join(project.home, '.cache', 'rolesanywhere-credentials'))).toBe(false);
    });

    it('fails early on an unset variable, naming it and the input', () => {
      const log = jobLog(project, 'fails-on-an-unset-variable');
      expect(log).toContain(
        'the CI/CD variable NOT_SET_IN_THIS_PROJECT (input certificate-variable) is empty or not set',
      );
      expect(log).not.toContain('not reached');
    });

    it('fails in before_script when the key does not belong to the certificate', () => {
      const log = jobLog(project, 'fails-on-a-key-of-another-certificate');
      expect(log).toMatch(/private key does not belong to the certificate/i);
      expect(log).toContain('could not obtain credentials');
      expect(log).not.toContain('not reached');
    });

    it('refuses to run under CI_DEBUG_TRACE, before touching any variable', () => {
      const log = jobLog(project, 'fails-under-ci-debug-trace');
      expect(log).toContain('CI_DEBUG_TRACE is true');
      expect(log).not.toContain('CLI 1.');
    });

    it('says how to install node on Alpine, Debian/Ubuntu and Amazon Linux when it is missing', () => {
      const log = jobLog(project, 'fails-without-node');
      expect(log).toContain('node is not installed');
      expect(log).toContain('apk add --no-cache nodejs npm');
      expect(log).toContain('apt-get install -y nodejs npm');
      expect(log).toContain('dnf install -y nodejs');
    });

    it.each([
      ['deploy-with-the-aws-cli', 'deploy', 'ci-deployer'],
      ['serve-to-the-container-provider', 'serve', 'ci-server'],
    ])(
      "runs the steps of %s under dash, a POSIX sh like the Alpine images' busybox sh",
      async (name, prefix, role) => {
        const { load } = (await import(JS_YAML)) as { load(text: string): unknown };
        const expanded = load(
          readFileSync(join(project.dir, '.gitlab-ci-local', 'expanded-gitlab-ci.yml'), 'utf8'),
        ) as Record<string, ExpandedJob>;
        const job = expanded[name]!;
        const workspace = mkdtempSync(join(project.tmp, 'dash-'));
        const file = (file: string, content: string): string => {
          writeFileSync(join(workspace, file), content, { mode: 0o600 });
          return join(workspace, file);
        };
        const env = {
          HOME: project.home,
          TMPDIR: project.tmp,
          CI_JOB_ID: '4242',
          CI_PROJECT_DIR: workspace,
          EMULATOR_URL: emulator.url,
          ROLESANYWHERE_CERTIFICATE: file('certificate', pki.leaf.certificatePem),
          ROLESANYWHERE_PRIVATE_KEY: file('private-key', pki.leaf.privateKeyPem),
          ROLESANYWHERE_INTERMEDIATES: file('intermediates', pki.intermediate.certificatePem),
        };
        // -e as GitLab runs scripts, -u to prove that no step reads an unset variable.
        const dash = (scripts: readonly string[]): Promise<RunResult> =>
          runCommand('dash', ['-eu', '-c', scripts.join('\n')], { env });
        const main = await dash([...job.before_script, ...job.script]);
        const after = await dash(job.after_script);
        otherOutput.push(main.stdout, main.stderr, after.stdout, after.stderr);
        const token = join(workspace, 'server-token');
        if (existsSync(token)) otherTokens.push(readFileSync(token, 'utf8'));
        expect(main.exitCode, main.stderr).toBe(0);
        expect(main.stdout).toContain(`${ARN_PREFIX}/${role}/`);
        expect(after.exitCode, after.stderr).toBe(0);
        const jobDirs = readdirSync(project.tmp).filter((name) =>
          name.startsWith(`rolesanywhere-credentials-4242-${prefix}.`),
        );
        expect(jobDirs).toEqual([]);
      },
    );

    it('leaves no key material and no issued credential in any log', () => {
      const outputDir = join(project.dir, '.gitlab-ci-local', 'output');
      const texts: Record<string, string> = {
        'gitlab-ci-local stdout': run.stdout,
        'gitlab-ci-local stderr': run.stderr,
        'the dash run': otherOutput.join('\n'),
      };
      for (const name of readdirSync(outputDir)) {
        texts[`job log ${name}`] = readFileSync(join(outputDir, name), 'utf8');
      }
      expect(Object.keys(texts).length).toBeGreaterThanOrEqual(10);
      expect(tap.issued.length).toBeGreaterThanOrEqual(5);
      const fragments = [
        ...[pki.leaf, pki.rsaLeaf].flatMap((leaf) =>
          secretFragments({
            privateKeyPem: leaf.privateKeyPem,
            // The masked variable's value: base64 of the PEM.
            other: base64Windows(Buffer.from(leaf.privateKeyPem).toString('base64')),
          }),
        ),
        ...tap.issued.flatMap((session) => secretFragments(session)),
        ...secretFragments({
          privateKeyPem: encryptedKeyPem,
          passphrase: PASSPHRASE,
          other: [
            ...base64Windows(Buffer.from(encryptedKeyPem).toString('base64')),
            readFileSync(join(project.dir, 'server-token'), 'utf8'),
            ...otherTokens,
          ],
        }),
      ];
      expectNoLeak(texts, fragments);
    });
  },
);

describe.skipIf(SKIP)('the GitLab template at pipeline creation', () => {
  it("fails with GitLab's input error when a required input is missing", async () => {
    const result = await gitlabCiLocal(project, ['--file', 'missing-input.yml', '--list']);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      '`trust-anchor-arn` input: required value has not been provided',
    );
  });

  it('rejects an ARN that does not match its regex', async () => {
    const result = await gitlabCiLocal(project, ['--file', 'invalid-role-arn.yml', '--list']);
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      '`role-arn` input: `arn:aws:iam::11112222333:role/ci-deployer` does not match required regex',
    );
  });
});
