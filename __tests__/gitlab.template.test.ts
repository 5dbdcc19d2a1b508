/**
 * The GitLab CI template as a file: its spec:inputs header, the interpolation GitLab will do, the
 * POSIX sh it runs, and the documentation of every input. What its steps run, gitlab-setup and
 * gitlab-teardown, is tested in gitlab.jobPlan.test.ts and gitlab.setup.test.ts; the pipelines
 * that run it in gitlab.pipeline.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

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
        'allowed-account-ids',
        'allow-insecure-endpoint',
        'aws-profile',
        'certificate-variable',
        'cli',
        'endpoint',
        'intermediates-variable',
        'job-prefix',
        'managed-session-policies',
        'mode',
        'passphrase-variable',
        'private-key-variable',
        'profile-arn',
        'region',
        'role-arn',
        'role-chaining-session-name',
        'role-duration-seconds',
        'role-external-id',
        'role-session-name',
        'role-to-assume',
        'session-duration',
        'sts-endpoint',
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
