/**
 * The GitLab CI template as a file: its spec:inputs header, the interpolation GitLab will do, the
 * POSIX sh it runs, and the documentation of every input. The pipelines that run it are in
 * gitlab.pipeline.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface JsYaml {
  load(text: string): unknown;
  loadAll(text: string): unknown[];
}

interface InputSpec {
  readonly description?: string;
  readonly type?: 'string' | 'number' | 'boolean' | 'array';
  readonly default?: unknown;
  readonly regex?: string;
  readonly options?: readonly unknown[];
}

interface HiddenJob {
  readonly before_script: string[];
  readonly after_script: string[];
}

const TEMPLATE_TEXT = readFileSync(resolve('.gitlab-ci-template.yml'), 'utf8');
const DOCS = readFileSync(resolve('docs/gitlab.md'), 'utf8');
const VERSION = (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string })
  .version;
/** js-yaml comes with eslint and has no type declarations here: typed at this one seam. */
const JS_YAML: string = 'js-yaml';

const REQUIRED_VALUES = {
  'trust-anchor-arn':
    'arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01',
  'profile-arn':
    'arn:aws:rolesanywhere:eu-west-1:111122223333:profile/7a4d5e3b-91c2-4f0e-8d6a-2b9c3e5f1a02',
  'role-arn': 'arn:aws:iam::111122223333:role/deployer',
};

/** What bash, ksh or zsh accept and dash or busybox sh do not. */
const BASHISMS = [
  /\[\[ /, // [[ tests
  / == /, // == in test
  /^\s*(function|local|declare|typeset|source|shopt|pushd|popd)\s/m,
  /<<</, // here-strings
  /\$'/, // $'...' quoting
  /\$\{\w+(\/|\^|,|:\d)/, // ${x/a/b}, ${x^^}, ${x,,}, ${x:1}
  /\b(echo -e|set -o pipefail)\b/,
  /&>/, // &> redirection
];

const INTERPOLATION = /\$\[\[\s*inputs\.([A-Za-z0-9_-]+)\s*\]\]/g;

let yaml: JsYaml;
let inputs: Record<string, InputSpec>;
let body: string;

beforeAll(async () => {
  yaml = (await import(JS_YAML)) as JsYaml;
  // GitLab's header is the first YAML document; the configuration follows the `---`.
  const separator = TEMPLATE_TEXT.indexOf('\n---\n');
  const header = yaml.load(TEMPLATE_TEXT.slice(0, separator)) as {
    spec: { inputs: Record<string, InputSpec> };
  };
  inputs = header.spec.inputs;
  body = TEMPLATE_TEXT.slice(separator + 5);
});

/** What GitLab does at pipeline creation: every $[[ inputs.x ]] replaced by its value or default. */
function interpolate(values: Record<string, string | number> = {}): string {
  return body.replace(INTERPOLATION, (_, name: string) => {
    const value = values[name] ?? inputs[name]?.default;
    if (value === undefined) throw new Error(`input ${name} has no value and no default`);
    return String(value);
  });
}

function hiddenJob(values: Record<string, string | number> = {}): [string, HiddenJob] {
  const config = yaml.load(interpolate({ ...REQUIRED_VALUES, ...values })) as Record<
    string,
    HiddenJob
  >;
  const entries = Object.entries(config);
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

describe('the spec:inputs header of .gitlab-ci-template.yml', () => {
  it('parses and declares exactly the documented set of inputs', () => {
    expect(Object.keys(inputs).sort()).toEqual(
      [
        'aws-profile',
        'certificate-variable',
        'cli',
        'endpoint',
        'intermediates-variable',
        'job-prefix',
        'mode',
        'passphrase-variable',
        'private-key-variable',
        'profile-arn',
        'region',
        'role-arn',
        'role-session-name',
        'session-duration',
        'stage',
        'trust-anchor-arn',
      ].sort(),
    );
  });

  it('requires only the three ARNs; every other input has a default', () => {
    const required = Object.entries(inputs)
      .filter(([, spec]) => spec.default === undefined)
      .map(([name]) => name);
    expect(required.sort()).toEqual(Object.keys(REQUIRED_VALUES).sort());
  });

  it('describes every input', () => {
    for (const [name, spec] of Object.entries(inputs)) {
      expect(spec.description, name).toMatch(/\S{3,}/);
    }
  });

  it('has a regex or options on every string input, and every default passes its own rule', () => {
    for (const [name, spec] of Object.entries(inputs)) {
      if ((spec.type ?? 'string') !== 'string') continue;
      expect(spec.regex !== undefined || spec.options !== undefined, name).toBe(true);
      if (spec.default === undefined) continue;
      if (spec.regex !== undefined)
        expect(String(spec.default), name).toMatch(new RegExp(spec.regex));
      if (spec.options !== undefined) expect(spec.options, name).toContain(spec.default);
    }
  });

  it('accepts ARNs of every partition and rejects malformed ones', () => {
    const rule = (name: string): RegExp => new RegExp(inputs[name]!.regex!);
    expect('arn:aws-us-gov:iam::111122223333:role/path/to/deployer').toMatch(rule('role-arn'));
    expect('arn:aws-cn:iam::111122223333:role/deployer').toMatch(rule('role-arn'));
    expect(REQUIRED_VALUES['trust-anchor-arn']).toMatch(rule('trust-anchor-arn'));
    expect(REQUIRED_VALUES['profile-arn']).toMatch(rule('profile-arn'));
    expect(REQUIRED_VALUES['profile-arn']).not.toMatch(rule('trust-anchor-arn'));
    expect('arn:aws:iam::11112222333:role/deployer').not.toMatch(rule('role-arn'));
    expect('arn:aws:iam::111122223333:user/deployer').not.toMatch(rule('role-arn'));
    expect("arn:aws:iam::111122223333:role/x';id;'").not.toMatch(rule('role-arn'));
  });

  it('keeps every value that reaches the shell free of quotes and spaces (but the cli command)', () => {
    const hostile = ["a'b", 'a b', 'a"b', 'a$b', 'a`b', 'a;b', 'a\nb'];
    for (const [name, spec] of Object.entries(inputs)) {
      if (spec.regex === undefined || name === 'cli') continue;
      for (const value of hostile) expect(value, name).not.toMatch(new RegExp(spec.regex));
    }
    expect("node 'x'").not.toMatch(new RegExp(inputs.cli!.regex!));
  });

  it('runs, by default, the npm package pinned to the version of this release', () => {
    expect(inputs.cli!.default).toBe(`npx --yes rolesanywhere-credentials@${VERSION}`);
  });

  it('uses every input it declares and declares every input it uses', () => {
    const used = new Set([...body.matchAll(INTERPOLATION)].map((match) => match[1]));
    expect([...used].sort()).toEqual(Object.keys(inputs).sort());
  });
});

describe('the hidden job after interpolation', () => {
  it('is named after job-prefix and has a before_script and an after_script', () => {
    const [name, job] = hiddenJob({ 'job-prefix': 'deploy' });
    expect(name).toBe('.deploy-aws-credentials');
    expect(job.before_script.length).toBeGreaterThan(0);
    expect(job.after_script.length).toBeGreaterThan(0);
  });

  it('is POSIX sh: dash parses every script, and no bash-only construct appears', () => {
    for (const mode of ['credential-process', 'env', 'server']) {
      const [, job] = hiddenJob({ mode });
      for (const script of [...job.before_script, ...job.after_script]) {
        execFileSync('dash', ['-n'], { input: script });
        const code = script
          .split('\n')
          .filter((line) => !line.trim().startsWith('#'))
          .join('\n');
        for (const bashism of BASHISMS) expect(code, String(bashism)).not.toMatch(bashism);
      }
    }
  });

  it('starts each step with a comment, so the job log shows one readable line per step', () => {
    const [, job] = hiddenJob({ 'job-prefix': 'deploy' });
    for (const script of [...job.before_script, ...job.after_script]) {
      expect(script).toMatch(/^# rolesanywhere-credentials \(deploy\): \S/);
    }
  });
});

/**
 * A stand-in for the CLI that records each call's arguments and answers as the CLI would, so the
 * template's own shell can be run under dash without a Roles Anywhere endpoint.
 */
const STUB_CLI = `printf '%s\\n' "$*" >> "$STUB_LOG"
case $1 in
  --version) echo 1.0.0 ;;
  credential-process) echo '{"Version":1}' ;;
  env) printf "export %s='%s'\\n" AWS_ACCESS_KEY_ID AKIDSTUB AWS_SECRET_ACCESS_KEY stub AWS_SESSION_TOKEN stub \\
    AWS_CREDENTIAL_EXPIRATION 2030-01-01T00:00:00Z AWS_REGION eu-west-1 AWS_DEFAULT_REGION eu-west-1 ;;
  serve)
    [ "$2" != stop ] || exit 0
    while [ $# -gt 0 ]; do if [ "$1" = --pid-file ]; then printf 4242 > "$2"; fi; shift; done
    printf "export %s='%s'\\n" AWS_CONTAINER_CREDENTIALS_FULL_URI http://127.0.0.1:1/stub AWS_CONTAINER_AUTHORIZATION_TOKEN stub ;;
esac
`;

describe('the region input, with the steps run under dash against a stub CLI', () => {
  let workspace: string;
  let stubLog: string;

  beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'ra-gitlab-region-'));
    stubLog = join(workspace, 'calls.log');
    writeFileSync(join(workspace, 'cli.sh'), STUB_CLI);
  });

  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  /** Runs before_script, prints the region variables and the AWS config, then after_script. */
  function runSteps(
    values: Record<string, string>,
    jobEnv: Record<string, string> = {},
  ): { output: string; calls: string } {
    writeFileSync(stubLog, '');
    const [, job] = hiddenJob({ cli: `sh ${join(workspace, 'cli.sh')}`, ...values });
    const env = {
      PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
      HOME: workspace,
      TMPDIR: workspace,
      CI_JOB_ID: '4242',
      STUB_LOG: stubLog,
      // Not files: the template passes them as env:NAME.
      ROLESANYWHERE_CERTIFICATE: 'Y2VydGlmaWNhdGU=',
      ROLESANYWHERE_PRIVATE_KEY: 'a2V5',
      ...jobEnv,
    };
    const report =
      'printf "AWS_REGION=%s AWS_DEFAULT_REGION=%s\\n" "${AWS_REGION:-}" "${AWS_DEFAULT_REGION:-}"; ' +
      '[ -z "${AWS_CONFIG_FILE:-}" ] || cat "$AWS_CONFIG_FILE"';
    const output = execFileSync('dash', ['-eu', '-c', [...job.before_script, report].join('\n')], {
      env,
      encoding: 'utf8',
    });
    execFileSync('dash', ['-eu', '-c', job.after_script.join('\n')], { env });
    return { output, calls: readFileSync(stubLog, 'utf8') };
  }

  it('is never passed to the CLI: CreateSession is signed for the trust anchor region', () => {
    for (const mode of ['credential-process', 'env', 'server']) {
      const { calls } = runSteps({ mode, region: 'us-west-2' });
      expect(calls, mode).toContain(' --trust-anchor-arn ');
      expect(calls, mode).not.toContain('--region');
    }
  });

  it("credential-process: becomes the profile's region, else the trust anchor's", () => {
    expect(runSteps({ region: 'us-west-2' }).output).toMatch(/^region = us-west-2$/m);
    const { output } = runSteps({});
    expect(output).toMatch(/^region = eu-west-1$/m);
    expect(output).toContain('AWS_REGION= AWS_DEFAULT_REGION=\n');
  });

  it('env: becomes AWS_REGION and AWS_DEFAULT_REGION, else the trust anchor region', () => {
    expect(runSteps({ mode: 'env', region: 'us-west-2' }).output).toContain(
      'AWS_REGION=us-west-2 AWS_DEFAULT_REGION=us-west-2\n',
    );
    expect(runSteps({ mode: 'env' }).output).toContain(
      'AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1\n',
    );
  });

  it("server: becomes AWS_REGION and AWS_DEFAULT_REGION, else the job's own, else the trust anchor's", () => {
    const jobRegion = { AWS_DEFAULT_REGION: 'ap-south-1' };
    expect(runSteps({ mode: 'server', region: 'us-west-2' }, jobRegion).output).toContain(
      'AWS_REGION=us-west-2 AWS_DEFAULT_REGION=us-west-2\n',
    );
    expect(runSteps({ mode: 'server' }, jobRegion).output).toContain(
      'AWS_REGION= AWS_DEFAULT_REGION=ap-south-1\n',
    );
    expect(runSteps({ mode: 'server' }).output).toContain(
      'AWS_REGION=eu-west-1 AWS_DEFAULT_REGION=eu-west-1\n',
    );
  });
});

describe('docs/gitlab.md', () => {
  it('documents every input in its inputs table', () => {
    for (const name of Object.keys(inputs)) {
      expect(DOCS, name).toMatch(new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`, 'm'));
    }
  });

  it('shows the include forms: remote with integrity, project and local', () => {
    expect(DOCS).toMatch(/- remote: 'https:\/\/\S+\/v\d+\.\d+\.\d+\/\.gitlab-ci-template\.yml'/);
    expect(DOCS).toMatch(/integrity: 'sha256-/);
    expect(DOCS).toMatch(/- project: /);
    expect(DOCS).toMatch(/- local: /);
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
    let workspace: string;
    let shared: string;
    let marker: string;
    let stubLog: string;

    beforeAll(() => {
      workspace = mkdtempSync(join(tmpdir(), 'ra-gitlab-planted-'));
      // The other user must reach the shared directory inside it, as it reaches /tmp.
      chmodSync(workspace, 0o755);
      // A shared /tmp: world-writable and sticky, as on a shell runner.
      shared = join(workspace, 'tmp');
      execFileSync('install', ['-d', '-m', '1777', shared]);
      marker = join(workspace, 'planted-stop-ran');
      stubLog = join(workspace, 'calls.log');
      writeFileSync(join(workspace, 'cli.sh'), STUB_CLI);
    });

    afterAll(() => rmSync(workspace, { recursive: true, force: true }));

    /** What the other user leaves behind: a directory under the job's name, a stop script and a pid file. */
    function plant(name: string, mode: string): string {
      const dir = join(shared, name);
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

    function runJob(): { main: string; after: string; afterErrors: string; mainStatus: number } {
      writeFileSync(stubLog, '');
      const [, job] = hiddenJob({ mode: 'server', cli: `sh ${join(workspace, 'cli.sh')}` });
      const env = {
        PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
        HOME: workspace,
        TMPDIR: shared,
        CI_JOB_ID: '4242',
        STUB_LOG: stubLog,
        ROLESANYWHERE_CERTIFICATE: 'Y2VydGlmaWNhdGU=',
        ROLESANYWHERE_PRIVATE_KEY: 'a2V5',
      };
      const sh = (script: string) =>
        spawnSync('dash', ['-eu', '-c', script], { env, encoding: 'utf8' });
      const main = sh(job.before_script.join('\n'));
      const after = sh(job.after_script.join('\n'));
      expect(after.status, after.stderr).toBe(0);
      return {
        main: main.stdout + main.stderr,
        mainStatus: main.status ?? -1,
        after: after.stdout,
        afterErrors: after.stderr,
      };
    }

    it('never runs the planted stop script, under the old fixed name or under the new prefix', () => {
      const fixedName = plant('rolesanywhere-credentials-4242-rolesanywhere', '755');
      const prefixed = plant('rolesanywhere-credentials-4242-rolesanywhere.AAAAAAAA', '700');
      const open = plant('rolesanywhere-credentials-4242-rolesanywhere.BBBBBBBB', '777');
      const job = runJob();
      expect(existsSync(marker)).toBe(false);
      // The job itself is not stopped by the planted directories: mktemp made its own.
      expect(job.mainStatus, job.main).toBe(0);
      expect(job.afterErrors).toContain(`ignoring ${prefixed}: this job did not create it`);
      expect(job.afterErrors).toContain(`ignoring ${open}: this job did not create it`);
      // What the other user owns is left alone, and its log is not shown as the server's.
      for (const dir of [fixedName, prefixed, open])
        expect(existsSync(join(dir, 'stop'))).toBe(true);
      expect(job.after).not.toContain('planted');
    });

    it("stops only the job's own server, through the cli input, and removes only the job's directory", () => {
      const before = new Set(readdirSync(shared));
      runJob();
      const stops = readFileSync(stubLog, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('serve stop'));
      expect(stops).toHaveLength(1);
      const own = /^serve stop --pid-file (\S+)\/server\.pid$/.exec(stops[0]!)?.[1];
      expect(own).toMatch(/\/rolesanywhere-credentials-4242-rolesanywhere\.[A-Za-z0-9]{8}$/);
      expect(before.has(basename(own!))).toBe(false);
      expect(existsSync(own!)).toBe(false);
      expect(new Set(readdirSync(shared))).toEqual(before);
      expect(existsSync(marker)).toBe(false);
    });
  },
);
