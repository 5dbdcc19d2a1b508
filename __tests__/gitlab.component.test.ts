/**
 * The CI/CD catalog component (templates/credentials.yml): the same configuration as the
 * include:remote template, no global keywords, and the project's own .gitlab-ci.yml, which tests
 * the component in every mode against the emulator and releases it on semver tags, run by
 * gitlab-ci-local (shell executor) with the component included as a local file.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureCliBundle } from './helpers/cli.js';
import { NODE24, runCommand, type RunResult } from './helpers/harness.js';
import { expectNoLeak, secretFragments } from './helpers/leaks.js';

/** js-yaml comes with eslint and has no type declarations here: typed at this one seam. */
const JS_YAML: string = 'js-yaml';
const GITLAB_CI_LOCAL = resolve('node_modules/gitlab-ci-local/dist/index.js');
const COMPONENT_INCLUDE = 'component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/credentials@$CI_COMMIT_SHA';
const EMULATOR_CLEANUP = 'rm -rf "$PWD/.emulator-$EMULATOR_PORT"';

/** Keywords that would apply to every job of the pipeline that includes the component. */
const GLOBAL_KEYWORDS = [
  'default',
  'include',
  'stages',
  'variables',
  'workflow',
  'image',
  'services',
  'cache',
  'before_script',
  'after_script',
];

interface Yaml {
  load(text: string, options?: { schema: unknown }): unknown;
  Type: new (
    tag: string,
    options: { kind: 'sequence'; construct(data: unknown): unknown },
  ) => unknown;
  DEFAULT_SCHEMA: { extend(types: unknown[]): unknown };
}

interface ProjectPipeline {
  readonly include: { component?: string; local?: string; inputs: Record<string, unknown> }[];
  readonly stages: string[];
  readonly release: {
    readonly stage: string;
    readonly rules: { if: string }[];
    readonly release: { tag_name: string; description: string };
  };
}

let yaml: Yaml;
const templateText = readFileSync(resolve('.gitlab-ci-template.yml'), 'utf8');
const componentText = readFileSync(resolve('templates/credentials.yml'), 'utf8');
const projectText = readFileSync(resolve('.gitlab-ci.yml'), 'utf8');

beforeAll(async () => {
  yaml = (await import(JS_YAML)) as Yaml;
});

/** The configuration after the spec header, with inputs replaced by their values or defaults. */
function interpolated(text: string, values: Record<string, string>): Record<string, unknown> {
  const separator = text.indexOf('\n---\n');
  const header = yaml.load(text.slice(0, separator)) as {
    spec: { inputs: Record<string, { default?: unknown }> };
  };
  const body = text
    .slice(separator + 5)
    .replace(/\$\[\[\s*inputs\.([A-Za-z0-9_-]+)\s*\]\]/g, (_, name: string) =>
      String(values[name] ?? header.spec.inputs[name]?.default ?? ''),
    );
  return yaml.load(body) as Record<string, unknown>;
}

describe('the catalog component templates/credentials.yml', () => {
  it('is the configuration of .gitlab-ci-template.yml under its own header (node scripts/gitlab-component.mjs writes it)', async () => {
    const script = (await import(pathToFileURL(resolve('scripts/gitlab-component.mjs')).href)) as {
      componentText(template: string): string;
      configurationOf(text: string): string;
    };
    expect(componentText).toBe(script.componentText(templateText));
    expect(script.configurationOf(componentText)).toBe(script.configurationOf(templateText));
    expect(
      componentText.startsWith('# rolesanywhere-credentials as a GitLab CI/CD catalog component'),
    ).toBe(true);
  });

  it('defines only its hidden job, named after the job-prefix input, and no global keyword', () => {
    const config = interpolated(componentText, { 'job-prefix': 'deploy', stage: 'build' });
    expect(Object.keys(config)).toEqual(['.deploy-aws-credentials']);
    for (const keyword of GLOBAL_KEYWORDS) expect(config, keyword).not.toHaveProperty(keyword);
  });

  it('takes the stage of the jobs that extend it as an input', () => {
    const config = interpolated(componentText, { 'job-prefix': 'deploy', stage: 'build' });
    expect(config['.deploy-aws-credentials']).toMatchObject({ stage: 'build' });
    const byDefault = interpolated(componentText, {});
    expect(byDefault['.rolesanywhere-aws-credentials']).toMatchObject({ stage: 'test' });
  });
});

describe("the project's own .gitlab-ci.yml", () => {
  let pipeline: ProjectPipeline;
  beforeAll(() => {
    // GitLab's !reference tag dropped, its list kept: only the structure around it is asserted.
    pipeline = yaml.load(projectText.replaceAll('!reference ', '')) as ProjectPipeline;
  });

  it('includes the component of this very commit in each of the three modes', () => {
    expect(pipeline.include.map((entry) => entry.component)).toEqual([
      '$CI_SERVER_FQDN/$CI_PROJECT_PATH/credentials@$CI_COMMIT_SHA',
      '$CI_SERVER_FQDN/$CI_PROJECT_PATH/credentials@$CI_COMMIT_SHA',
      '$CI_SERVER_FQDN/$CI_PROJECT_PATH/credentials@$CI_COMMIT_SHA',
    ]);
    expect(pipeline.include.map((entry) => entry.inputs['mode'] ?? 'credential-process')).toEqual([
      'credential-process',
      'env',
      'server',
    ]);
  });

  it('releases with the release keyword on semver tags only, as the catalog requires', () => {
    const rule = pipeline.release.rules[0]?.if ?? '';
    const pattern = /=~ \/(.+)\/$/.exec(rule)?.[1] ?? '';
    expect(rule.startsWith('$CI_COMMIT_TAG =~ ')).toBe(true);
    const semver = new RegExp(pattern);
    expect('1.2.3').toMatch(semver);
    expect('10.0.12').toMatch(semver);
    for (const tag of ['v1.2.3', '1.2', '1.2.3-rc.1', 'latest']) expect(tag).not.toMatch(semver);
    expect(pipeline.release.release.tag_name).toBe('$CI_COMMIT_TAG');
    expect(pipeline.stages.at(-1)).toBe(pipeline.release.stage);
  });
});

/** The tools gitlab-ci-local needs here, with their install lines. */
function missingTools(): string[] {
  const tools = {
    aws: 'apt-get install -y awscli',
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
const SKIP = MISSING.length > 0 && process.env['CI'] !== 'true';
if (SKIP) console.warn(`Skipping the component pipeline: install ${MISSING.join(', ')}.`);

describe.skipIf(SKIP)("the project's .gitlab-ci.yml in gitlab-ci-local (shell executor)", () => {
  let root: string;
  let dir: string;
  let kept: string;
  let run: RunResult;

  beforeAll(async () => {
    if (MISSING.length > 0) throw new Error(`The component pipeline needs ${MISSING.join(', ')}.`);
    ensureCliBundle();
    root = mkdtempSync(join(tmpdir(), 'ra-gitlab-component-'));
    dir = join(root, 'project');
    kept = join(root, 'kept');
    const home = join(root, 'home');
    const tmp = join(root, 'tmp');
    for (const d of [dir, kept, home, tmp]) mkdirSync(d);
    mkdirSync(join(dir, 'templates'));
    mkdirSync(join(dir, 'dist'));
    cpSync(resolve(CLI, '..'), join(dir, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'credentials.yml'), componentText);
    // gitlab-ci-local cannot resolve component: includes; the same file, included locally. The
    // emulator's throw-away key is kept for the leak scan instead of removed.
    const local = projectText
      .replaceAll(COMPONENT_INCLUDE, 'local: templates/credentials.yml')
      .replaceAll(EMULATOR_CLEANUP, `mv "$PWD/.emulator-$EMULATOR_PORT" ${kept}/`);
    expect(local).not.toContain('component:');
    writeFileSync(join(dir, '.gitlab-ci.yml'), local);
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: dir,
        stdio: 'ignore',
      });
    };
    git('init', '-q', '-b', 'main');
    git(
      'remote',
      'add',
      'origin',
      'https://gitlab.example.com/group/rolesanywhere-credentials.git',
    );
    git('add', '-A');
    git('commit', '-q', '-m', 'pipeline');
    run = await runCommand(
      NODE24,
      [GITLAB_CI_LOCAL, '--no-color', '--max-job-name-padding', '0', '--force-shell-executor'],
      { cwd: dir, env: { HOME: home, TMPDIR: tmp }, timeoutMs: 150_000 },
    );
  }, 170_000);

  afterAll(() => {
    if (root !== undefined && process.env['KEEP'] === undefined)
      rmSync(root, { recursive: true, force: true });
  });

  const log = (job: string): string =>
    readFileSync(join(dir, '.gitlab-ci-local', 'output', `${job}.log`), 'utf8');

  it('passes the job of each mode, and runs no release without a tag', () => {
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    for (const job of ['component-credential-process', 'component-env', 'component-server'])
      expect(run.stdout).toMatch(new RegExp(`PASS\\s+${job}`));
    expect(run.stdout).not.toMatch(/\brelease\b.*(PASS|FAIL)/);
  });

  it('gives the AWS CLI credentials for the role in each mode, through the profile, the environment or the server', () => {
    const arn = 'arn:aws:sts::111122223333:assumed-role/demo-deployer/';
    expect(log('component-credential-process')).toContain(
      'AWS_PROFILE=default in AWS_CONFIG_FILE=',
    );
    expect(log('component-env')).toContain(
      'GitLab masks only values it knew before the job started',
    );
    expect(log('component-server')).toMatch(/Stopped the credential server \(pid \d+\)/);
    for (const job of ['component-credential-process', 'component-env', 'component-server'])
      expect(log(job), job).toContain(arn);
  });

  it('puts the server job in the stage its include chose', () => {
    expect(run.stdout).toMatch(/component-server[^\n]*\bstarting\b/);
    const expanded = yaml.load(
      readFileSync(join(dir, '.gitlab-ci-local', 'expanded-gitlab-ci.yml'), 'utf8'),
    ) as Record<string, { stage?: string }>;
    expect(expanded['component-server']?.stage).toBe('component');
    expect(expanded['component-env']?.stage).toBe('test');
  });

  it('leaves no key material in any job log', () => {
    const keys = readdirSync(kept).map((name) =>
      readFileSync(join(kept, name, 'private-key.pem'), 'utf8'),
    );
    expect(keys).toHaveLength(3);
    const outputDir = join(dir, '.gitlab-ci-local', 'output');
    const texts: Record<string, string> = { stdout: run.stdout, stderr: run.stderr };
    for (const name of readdirSync(outputDir))
      texts[name] = readFileSync(join(outputDir, name), 'utf8');
    expectNoLeak(
      texts,
      keys.flatMap((privateKeyPem) => secretFragments({ privateKeyPem })),
    );
    for (const [name, text] of Object.entries(texts)) {
      expect(text, name).not.toMatch(/PRIVATE KEY|aws_secret_access_key|SecretAccessKey/);
    }
  });
});
