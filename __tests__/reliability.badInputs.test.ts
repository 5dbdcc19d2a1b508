/**
 * The bad-input catalogue: one table, three front ends. Each case is something a person really
 * gets wrong (a typo, an empty secret, the wrong file, a proxy in the way), and each must end in
 * one clear line naming the problem, exit status 1, no stack trace and no secret. The cases in
 * cli.badInput.test.ts and action.test.ts are not repeated here.
 *
 * - CLI: the bundle as a child process; exactly one stderr line, stdout empty.
 * - Action: the bundle with INPUT_* variables; exactly one ::error:: line.
 * - Template: the hidden job's before_script under `dash -eu`, as a runner's shell runs it; the
 *   template's first line names the problem (hint lines may follow, each prefixed).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCertificate } from '../src/emulator/index.js';
import { CLI, createSandbox, ensureCliBundle, runCli, type Sandbox } from './helpers/cli.js';
import { runActionMain, type ActionRun } from './helpers/githubRunner.js';
import {
  createTestPki,
  startTestEmulator,
  TEST_ARNS,
  writeMaterial,
  type MaterialFiles,
  type RunResult,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import { expectNoLeak, leakAssertions } from './helpers/leaks.js';
import {
  CANARY,
  expectActionFailure,
  expectCliFailure,
  expectNoStack,
  keyFragments,
  printFigures,
  runDash,
  runnerIn,
  templateSteps,
  withoutMasks,
} from './helpers/reliability.js';

let pki: TestPki;
let em: TestEmulator;
let files: MaterialFiles;
let box: Sandbox;
let encryptedKeyPem: string;
let fragments: string[];
const paths: Record<string, string> = {};
const tried = { cli: 0, action: 0, template: 0 };

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  [em, files] = await Promise.all([
    startTestEmulator(pki, { log: () => undefined }),
    writeMaterial(pki),
  ]);
  box = createSandbox();
  encryptedKeyPem = pki.leaf.privateKey
    .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: CANARY.passphrase })
    .toString();
  const day = 86_400_000;
  const [expired, future] = await Promise.all([
    issueCertificate(pki.intermediate, {
      subject: 'CN=expired-runner',
      notBefore: new Date(Date.now() - 30 * day),
      notAfter: new Date(Date.now() - day),
    }),
    issueCertificate(pki.intermediate, {
      subject: 'CN=future-runner',
      notBefore: new Date(Date.now() + day),
      notAfter: new Date(Date.now() + 30 * day),
    }),
  ]);
  const write = (name: string, content: string | Buffer): string => {
    paths[name] = join(box.dir, name);
    writeFileSync(paths[name], content, { mode: 0o600 });
    return paths[name];
  };
  write('encrypted.key', encryptedKeyPem);
  write('empty.pem', '');
  write('expired.crt', expired.certificatePem);
  write('expired.key', expired.privateKeyPem);
  write('future.crt', future.certificatePem);
  write('future.key', future.privateKeyPem);
  write('cert"quoted.pem', pki.leaf.certificatePem);
  write('passphrase.txt', CANARY.passphrase);
  write('aws-config', '[default]\nregion = us-east-1\n');
  // A `node` that is too old: what Debian 12's package answers.
  const oldNode = join(box.dir, 'old-node');
  mkdirSync(oldNode);
  writeFileSync(
    join(oldNode, 'node'),
    '#!/bin/sh\ncase "$1" in --version) echo v18.19.0 ;; *) exit 1 ;; esac\n',
    { mode: 0o755 },
  );
  paths['old-node'] = oldNode;
  mkdirSync(join(box.dir, 'no-node'));
  paths['no-node'] = join(box.dir, 'no-node');
  fragments = keyFragments([
    pki.leaf.privateKeyPem,
    pki.rsaLeaf.privateKeyPem,
    encryptedKeyPem,
    expired.privateKeyPem,
    future.privateKeyPem,
  ]);
});

afterAll(async () => {
  await em?.close();
  box?.cleanup();
  if (files) rmSync(files.dir, { recursive: true, force: true });
  printFigures([
    `${tried.cli + tried.action + tried.template} bad inputs tried`,
    `${tried.cli} CLI`,
    `${tried.action} Action`,
    `${tried.template} template`,
    `${leakAssertions()} leak-scan assertions`,
  ]);
});

const p = (name: string): string => paths[name] ?? `/missing/${name}`;
const UNREACHABLE_PROXY = 'http://127.0.0.1:9';

// ---------------------------------------------------------------------------------------------
// The CLI

/** credential-process against the emulator, flags overridable (undefined removes one). */
function cp(overrides: Record<string, string | undefined> = {}): string[] {
  const flags: Record<string, string | undefined> = {
    '--certificate': files.certificate,
    '--private-key': files.privateKey,
    '--intermediates': files.intermediates,
    '--trust-anchor-arn': TEST_ARNS.trustAnchorArn,
    '--profile-arn': TEST_ARNS.profileArn,
    '--role-arn': TEST_ARNS.roleArn,
    '--endpoint': em.url,
    ...overrides,
  };
  return [
    'credential-process',
    '--no-cache',
    ...Object.entries(flags).flatMap(([k, v]) => (v === undefined ? [] : [k, v])),
  ];
}

interface CliCase {
  readonly args: () => string[];
  readonly env?: Record<string, string>;
  readonly input?: string;
}

const cli = (c: CliCase) => async (): Promise<RunResult> =>
  runCli(c.args(), {
    env: { ...box.env, ...c.env },
    ...(c.input === undefined ? {} : { input: c.input }),
  });

// ---------------------------------------------------------------------------------------------
// The Action

function inputs(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    certificate: pki.leaf.certificatePem,
    'private-key': pki.leaf.privateKeyPem,
    'certificate-chain': pki.intermediate.certificatePem,
    'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
    'profile-arn': TEST_ARNS.profileArn,
    'role-arn': TEST_ARNS.roleArn,
    endpoint: em.url,
    ...overrides,
  };
}

const action =
  (overrides: () => Record<string, string>, env: Record<string, string> = {}) =>
  (): Promise<ActionRun> =>
    runActionMain(inputs(overrides()), { extraEnv: env, files: runnerIn(box.dir) });

// ---------------------------------------------------------------------------------------------
// The template

let jobs = 0;

interface TemplateCase {
  readonly inputs?: () => Record<string, string>;
  /** The job's variables over the defaults (certificate, key, chain as File variables). */
  readonly env?: () => Record<string, string>;
  readonly unset?: readonly string[];
  readonly before?: (tmp: string, jobId: string) => void;
}

const template = (c: TemplateCase) => async (): Promise<RunResult> => {
  jobs += 1;
  const jobId = String(9000 + jobs);
  const tmp = mkdtempSync(join(box.dir, 'job-'));
  const steps = await templateSteps({
    'trust-anchor-arn': TEST_ARNS.trustAnchorArn,
    'profile-arn': TEST_ARNS.profileArn,
    'role-arn': TEST_ARNS.roleArn,
    endpoint: em.url,
    cli: `node ${CLI}`,
    'intermediates-variable': 'ROLESANYWHERE_INTERMEDIATES',
    ...c.inputs?.(),
  });
  const variables: Record<string, string> = {
    HOME: box.home,
    TMPDIR: tmp,
    CI_JOB_ID: jobId,
    CI_PROJECT_DIR: tmp,
    ROLESANYWHERE_CERTIFICATE: files.certificate,
    ROLESANYWHERE_PRIVATE_KEY: files.privateKey,
    ROLESANYWHERE_INTERMEDIATES: files.intermediates,
    ...c.env?.(),
  };
  const env = Object.fromEntries(
    Object.entries(variables).filter(([name]) => !(c.unset ?? []).includes(name)),
  );
  c.before?.(tmp, jobId);
  return runDash(steps.beforeScript, env);
};

function expectTemplateFailure(run: RunResult, expected: RegExp): string {
  expect(run.signal).toBeNull();
  expect(run.exitCode, run.stdout + run.stderr).toBe(1);
  const first = run.stderr.split('\n').find((line) => line.startsWith('rolesanywhere-credentials'));
  expect(first, run.stderr).toBeDefined();
  expect(first).toMatch(expected);
  expectNoStack(run.stdout + run.stderr);
  return first ?? '';
}

// ---------------------------------------------------------------------------------------------
// The catalogue

type Front = 'cli' | 'action' | 'template';

interface Case {
  readonly front: Front;
  readonly name: string;
  readonly expect: RegExp;
  /** A second line that must follow (the template's own, after the CLI's). */
  readonly then?: RegExp;
  readonly run: () => Promise<RunResult>;
}

const A = TEST_ARNS;
const CASES: Case[] = [
  // The CLI
  {
    front: 'cli',
    name: 'a session duration with a fraction of an hour',
    run: cli({ args: () => cp({ '--session-duration': '1.5h' }) }),
    expect: /--session-duration must be a whole number of seconds from 900 to 43200 .*got "1\.5h"/,
  },
  {
    front: 'cli',
    name: 'an endpoint that is not a URL',
    run: cli({ args: () => cp({ '--endpoint': 'rolesanywhere us-east-1' }) }),
    expect: /--endpoint "rolesanywhere us-east-1" is not a URL: expected e\.g\. https:\/\//,
  },
  {
    front: 'cli',
    name: 'an endpoint carrying a password (which must not be echoed)',
    run: cli({ args: () => cp({ '--endpoint': `http://ci:${CANARY.passphrase}@127.0.0.1:1/` }) }),
    expect: /--endpoint must not carry a user name or password\.$/,
  },
  {
    front: 'cli',
    name: 'a region with spaces',
    run: cli({ args: () => cp({ '--region': 'us east 1' }) }),
    expect: /--region "us east 1" is not an AWS region name like us-east-1\.$/,
  },
  {
    front: 'cli',
    name: 'a role ARN with an 11-digit account',
    run: cli({ args: () => cp({ '--role-arn': 'arn:aws:iam::11112222333:role/ci-deployer' }) }),
    expect: /--role-arn is not a valid role ARN \(its account "11112222333" is not 12 digits\)/,
  },
  {
    front: 'cli',
    name: 'a trust anchor and a profile in different partitions',
    run: cli({
      args: () => cp({ '--trust-anchor-arn': A.trustAnchorArn.replace('arn:aws:', 'arn:aws-cn:') }),
    }),
    expect: /--trust-anchor-arn is in partition aws-cn but --profile-arn is in aws/,
  },
  {
    front: 'cli',
    name: 'env:NAME naming a variable that is set but empty',
    run: cli({ args: () => cp({ '--certificate': 'env:RA_CERT' }), env: { RA_CERT: '' } }),
    expect: /--certificate env:RA_CERT: the environment variable RA_CERT is empty\.$/,
  },
  {
    front: 'cli',
    name: 'env: followed by something that is not a variable name',
    run: cli({ args: () => cp({ '--private-key': 'env:1-KEY' }) }),
    expect: /--private-key env:1-KEY: "1-KEY" is not an environment variable name\.$/,
  },
  {
    front: 'cli',
    name: 'an empty --certificate (an unset shell variable in the command line)',
    run: cli({ args: () => cp({ '--certificate': '' }) }),
    expect: /--certificate is empty: give a file path, env:NAME or - for stdin\.$/,
  },
  {
    front: 'cli',
    name: 'an empty certificate file',
    run: cli({ args: () => cp({ '--certificate': p('empty.pem') }) }),
    expect: /--certificate is empty; expected the certificate as PEM text, base64 or DER/,
  },
  {
    front: 'cli',
    name: 'an endless file (/dev/zero) as the certificate',
    run: cli({ args: () => cp({ '--certificate': '/dev/zero' }) }),
    expect: /--certificate: \/dev\/zero is larger than 1048576 bytes/,
  },
  {
    front: 'cli',
    name: 'the key from stdin, but stdin is empty',
    run: cli({ args: () => cp({ '--private-key': '-' }), input: '' }),
    expect: /--private-key -: stdin was empty\.$/,
  },
  {
    front: 'cli',
    name: 'an encrypted key whose passphrase variable is not set',
    run: cli({
      args: () => cp({ '--private-key': p('encrypted.key'), '--pkcs8-password': 'env:RA_PASS' }),
    }),
    expect: /--pkcs8-password env:RA_PASS: the environment variable RA_PASS is not set\.$/,
  },
  {
    front: 'cli',
    name: 'the private key given as --intermediates',
    run: cli({ args: () => cp({ '--intermediates': files.privateKey }) }),
    expect: /--intermediates holds a private key, not certificates/,
  },
  {
    front: 'cli',
    name: 'a certificate that is not valid yet (a clock or an issuance in the future)',
    run: cli({
      args: () => cp({ '--certificate': p('future.crt'), '--private-key': p('future.key') }),
    }),
    expect: /--certificate .*CN=future-runner.* not valid (yet|until|before)/i,
  },
  {
    front: 'cli',
    name: 'HTTPS_PROXY naming a proxy that is not running',
    run: cli({
      args: () => cp({ '--endpoint': undefined }),
      env: { HTTPS_PROXY: UNREACHABLE_PROXY },
    }),
    expect:
      /Connection to rolesanywhere\.us-east-1\.amazonaws\.com through the proxy 127\.0\.0\.1:9 was refused \(ECONNREFUSED\): check the endpoint and HTTPS_PROXY\.$/,
  },
  {
    front: 'cli',
    name: 'update with an empty --profile',
    run: cli({ args: () => ['update', '--once', '--profile', '', ...cp().slice(2)] }),
    expect: /--profile "" is not a usable profile name/,
  },
  {
    front: 'cli',
    name: 'emulate with --tls-cert but no --tls-key',
    run: cli({
      args: () => ['emulate', '--ca', files.trustAnchor, '--tls-cert', files.certificate],
    }),
    expect: /--tls-cert and --tls-key go together: give both or neither\.$/,
  },
  {
    front: 'cli',
    name: 'doctor with a --ca that does not exist',
    run: cli({ args: () => ['doctor', '--ca', '/nonexistent/root.pem', ...cp().slice(2)] }),
    expect: /--ca: cannot read \/nonexistent\/root\.pem \(no such file\)/,
  },

  // The Action
  {
    front: 'action',
    name: 'an empty trust-anchor-arn (a secret that did not resolve)',
    run: action(() => ({ 'trust-anchor-arn': '' })),
    expect: /^::error::trust-anchor-arn is required: give the trust-anchor ARN/,
  },
  {
    front: 'action',
    name: 'a role-arn with a space in the role name',
    run: action(() => ({ 'role-arn': 'arn:aws:iam::111122223333:role/ci deployer' })),
    expect:
      /^::error::role-arn is not a valid role ARN \(the role name has characters IAM does not allow\)/,
  },
  {
    front: 'action',
    name: 'an aws-region that is not a region',
    run: action(() => ({ 'aws-region': 'moon-1' })),
    expect: /^::error::aws-region "moon-1" is not an AWS region name like us-east-1\.$/,
  },
  {
    front: 'action',
    name: 'a FIPS pseudo-region as aws-region',
    run: action(() => ({ 'aws-region': 'fips-us-east-1' })),
    expect: /^::error::aws-region "fips-us-east-1" is a pseudo-region/,
  },
  {
    front: 'action',
    name: 'a session-duration of 13 hours',
    run: action(() => ({ 'session-duration': '13h' })),
    expect:
      /^::error::session-duration must be a whole number of seconds from 900 to 43200 .*got "13h"/,
  },
  {
    front: 'action',
    name: 'a one-character role-session-name',
    run: action(() => ({ 'role-session-name': 'x' })),
    expect: /^::error::role-session-name must be 2 to 64 characters/,
  },
  {
    front: 'action',
    name: 'an endpoint with the ftp scheme',
    run: action(() => ({ endpoint: 'ftp://127.0.0.1/' })),
    expect: /^::error::endpoint must be an http\(s\) URL, got the scheme "ftp:"\.$/,
  },
  {
    front: 'action',
    name: 'an endpoint carrying a password (which must not be echoed)',
    run: action(() => ({ endpoint: `https://ci:${CANARY.passphrase}@vpce.example.com/` })),
    expect: /^::error::endpoint must not carry a user name or password\.$/,
  },
  {
    front: 'action',
    name: 'use-fips-endpoint that is neither true nor false',
    run: action(() => ({ 'use-fips-endpoint': 'perhaps' })),
    expect: /^::error::use-fips-endpoint must be true or false, got "perhaps"\.$/,
  },
  {
    front: 'action',
    name: 'an unknown credential-mode',
    run: action(() => ({ 'credential-mode': 'file' })),
    expect: /^::error::credential-mode must be env or server, got "file"\.$/,
  },
  {
    front: 'action',
    name: 'an aws-profile with a space',
    run: action(() => ({ 'aws-profile': 'ci deploy' })),
    expect:
      /^::error::aws-profile must be a profile name of letters, digits and \._@\+- \(got "ci deploy"\)\.$/,
  },
  {
    front: 'action',
    name: 'an encrypted private-key without private-key-passphrase',
    run: action(() => ({ 'private-key': encryptedKeyPem })),
    expect: /^::error::.*private-key-passphrase/,
  },
  {
    front: 'action',
    name: 'the private key pasted into certificate-chain',
    run: action(() => ({ 'certificate-chain': pki.leaf.privateKeyPem })),
    expect: /^::error::certificate-chain holds a private key/,
  },
  {
    front: 'action',
    name: 'a certificate of four base64 characters',
    run: action(() => ({ certificate: 'AAAA' })),
    expect:
      /^::error::certificate is not a recognisable certificate: found base64 that decodes to 3 bytes/,
  },
  {
    front: 'action',
    name: 'a private-key path that does not exist',
    run: action(() => ({ 'private-key': './secrets/runner.key' })),
    expect:
      /^::error::private-key looks like a file path, but there is no readable file at "\.\/secrets\/runner\.key"/,
  },
  {
    front: 'action',
    name: 'an expired certificate',
    run: action(() => ({
      certificate: p('expired.crt'),
      'private-key': p('expired.key'),
    })),
    expect: /^::error::certificate \(subject CN=expired-runner, serial \d+\) expired on/,
  },
  {
    front: 'action',
    name: 'AWS_ENDPOINT_URL_ROLESANYWHERE that is not a URL',
    run: action(() => ({ endpoint: '' }), { AWS_ENDPOINT_URL_ROLESANYWHERE: 'not a url' }),
    expect: /^::error::AWS_ENDPOINT_URL_ROLESANYWHERE "not a url" is not a URL/,
  },
  {
    front: 'action',
    name: 'AWS_CA_BUNDLE naming a file that is not there',
    run: action(() => ({}), { AWS_CA_BUNDLE: '/etc/ssl/missing-bundle.pem' }),
    expect:
      /^::error::AWS_CA_BUNDLE points at \/etc\/ssl\/missing-bundle\.pem, which cannot be read \(ENOENT\)\.$/,
  },
  {
    front: 'action',
    name: 'HTTPS_PROXY naming a proxy that is not running',
    run: action(() => ({ endpoint: '' }), { HTTPS_PROXY: UNREACHABLE_PROXY }),
    expect:
      /^::error::Connection to rolesanywhere\.us-east-1\.amazonaws\.com through the proxy 127\.0\.0\.1:9 was refused/,
  },

  // The template
  {
    front: 'template',
    name: 'the certificate variable set but empty',
    run: template({ env: () => ({ ROLESANYWHERE_CERTIFICATE: '' }) }),
    expect:
      /the CI\/CD variable ROLESANYWHERE_CERTIFICATE \(input certificate-variable\) is empty or not set in this job\. Add it under Settings > CI\/CD > Variables/,
  },
  {
    front: 'template',
    name: 'the private key variable missing (a protected variable on an unprotected branch)',
    run: template({ unset: ['ROLESANYWHERE_PRIVATE_KEY'] }),
    expect:
      /the CI\/CD variable ROLESANYWHERE_PRIVATE_KEY \(input private-key-variable\) is empty or not set/,
  },
  {
    front: 'template',
    name: 'CI_DEBUG_TRACE=TRUE, in capitals',
    run: template({ env: () => ({ CI_DEBUG_TRACE: 'TRUE' }) }),
    expect:
      /CI_DEBUG_TRACE is true: GitLab then writes every variable, the key and the credentials included, into the job log\.$/,
  },
  {
    front: 'template',
    name: 'an image without node (PATH without node)',
    run: template({ env: () => ({ PATH: p('no-node') }) }),
    expect: /node is not installed in this image; the CLI needs Node\.js 20 or later/,
  },
  {
    front: 'template',
    name: 'an image with node 18',
    run: template({ env: () => ({ PATH: `${p('old-node')}:/usr/bin:/bin` }) }),
    expect: /node v18\.19\.0 is too old: the CLI needs Node\.js 20 or later/,
  },
  {
    front: 'template',
    name: 'a cli input naming a command that is not installed',
    run: template({ inputs: () => ({ cli: 'rolesanywhere-credentials-not-installed' }) }),
    expect: /the command of the cli input was not found:$/,
  },
  {
    front: 'template',
    name: 'a cli input whose expansion holds a dollar sign',
    run: template({
      inputs: () => ({ cli: 'node $RA_CLI_DIR/index.js' }),
      env: () => ({ RA_CLI_DIR: '/opt/cli$1' }),
    }),
    expect:
      /the cli input is empty, or holds a quote, backslash, dollar or backtick once expanded:$/,
  },
  {
    front: 'template',
    name: 'a File variable whose path holds a double quote',
    run: template({ env: () => ({ ROLESANYWHERE_CERTIFICATE: p('cert"quoted.pem') }) }),
    expect:
      /cert"quoted\.pem" holds a quote, backslash, dollar, backtick or line break, which no word can carry into both sh and credential_process; use another path or name\.$/,
  },
  {
    front: 'template',
    name: 'the passphrase as a File variable',
    run: template({
      inputs: () => ({ 'passphrase-variable': 'RA_KEY_PASSPHRASE' }),
      env: () => ({ RA_KEY_PASSPHRASE: p('passphrase.txt') }),
    }),
    expect:
      /the CI\/CD variable RA_KEY_PASSPHRASE \(input passphrase-variable\) is a File variable; make it a masked variable of type Variable\.$/,
  },
  {
    front: 'template',
    name: 'an AWS_CONFIG_FILE that already has the profile',
    run: template({ env: () => ({ AWS_CONFIG_FILE: p('aws-config') }) }),
    expect: /already has \[default\]: give each include in this job its own aws-profile input\.$/,
  },
  {
    front: 'template',
    name: 'an endpoint input nobody listens on',
    run: template({ inputs: () => ({ endpoint: 'http://127.0.0.1:9' }) }),
    expect: /^rolesanywhere-credentials: Connection to 127\.0\.0\.1:9 was refused \(ECONNREFUSED\)/,
    then: /could not obtain credentials; the line above says why\.$/m,
  },
  {
    front: 'template',
    name: 'mode env with a role the profile does not list',
    run: template({
      inputs: () => ({ mode: 'env', 'role-arn': 'arn:aws:iam::111122223333:role/not-listed' }),
    }),
    expect: /^rolesanywhere-credentials: CreateSession failed: 403 AccessDeniedException/,
    then: /could not obtain credentials; the line above says why\.$/m,
  },
  {
    front: 'template',
    name: 'mode server with the key of another certificate',
    run: template({
      inputs: () => ({ mode: 'server' }),
      env: () => ({ ROLESANYWHERE_PRIVATE_KEY: files.rsaPrivateKey }),
    }),
    expect: /^rolesanywhere-credentials: The private key does not belong to the certificate/,
    // The key is checked before a server is started, so the job says it got no credentials.
    then: /could not obtain credentials; the line above says why\.$/m,
  },
];

describe('the bad-input catalogue', () => {
  it('holds at least 40 cases across the three front ends', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    for (const front of ['cli', 'action', 'template'] as const)
      expect(CASES.filter((c) => c.front === front).length).toBeGreaterThanOrEqual(10);
  });

  it.concurrent.each(CASES.map((c) => [`${c.front}: ${c.name}`, c] as const))(
    '%s → one clear line, exit 1, no stack, no secret',
    async (_name, c) => {
      const run = await c.run();
      if (c.front === 'cli') expectCliFailure(run, c.expect);
      else if (c.front === 'action') expectActionFailure(run, c.expect);
      else expectTemplateFailure(run, c.expect);
      if (c.then !== undefined) expect(run.stderr).toMatch(c.then);
      expectNoLeak({ stdout: withoutMasks(run.stdout), stderr: run.stderr }, fragments);
      tried[c.front] += 1;
    },
  );
});
