import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPki, runCommand, writeMaterial, type MaterialFiles } from './helpers/harness.js';
import {
  arnFlags,
  CLI,
  createSandbox,
  ensureCliBundle,
  runCli,
  startStubEndpoint,
  type Sandbox,
  type StubEndpoint,
} from './helpers/cli.js';

/** What the emulator never issues: every character shells and CI syntaxes treat specially. */
const CREDENTIALS = {
  accessKeyId: 'ASIASTUBSTUBSTUB0001',
  secretAccessKey: `wJal/rXUt+nFEMI=K7MDENG'bPxR"fi$CY\`EX\\AMPLEKEY`,
  sessionToken: `IQoJb3JpZ2luX2Vj/+=='quoted'//token==`,
  // Within the hour asked for: an expiration past it is refused as ERR_RESPONSE_TOO_LONG.
  expiration: new Date(Date.now() + 3000_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
};

const EXPECTED: Record<string, string> = {
  AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
  AWS_SESSION_TOKEN: CREDENTIALS.sessionToken,
  AWS_CREDENTIAL_EXPIRATION: CREDENTIALS.expiration,
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
};

let stub: StubEndpoint;
let files: MaterialFiles;
let box: Sandbox;

beforeAll(async () => {
  ensureCliBundle();
  files = await writeMaterial(await createTestPki());
  stub = await startStubEndpoint(CREDENTIALS);
  box = createSandbox();
});

afterAll(async () => {
  await stub.close();
  box.cleanup();
});

function envArgs(format: string): string[] {
  return [
    'env',
    '--format',
    format,
    '--certificate',
    files.certificate,
    '--private-key',
    files.privateKey,
    ...arnFlags(),
    '--endpoint',
    stub.url,
  ];
}

/** A PowerShell reader for exactly the statements the powershell format writes. */
function parsePowershell(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n').filter(Boolean)) {
    const m = /^\$env:([A-Z_]+) = '((?:[^']|'')*)'$/.exec(line);
    if (m === null) throw new Error(`not a PowerShell assignment of a verbatim string: ${line}`);
    out[m[1] ?? ''] = (m[2] ?? '').replace(/''/g, "'");
  }
  return out;
}

function names(text: string): string[] {
  return Object.keys(EXPECTED).filter((name) => text.includes(name));
}

describe('env', () => {
  it.each(['bash', 'dash'])(
    '--format sh, eval-ed by %s, exports exactly the credentials, quotes and all',
    async (shell) => {
      const command = `eval "$("${process.execPath}" "${CLI}" ${envArgs('sh')
        .map((a) => `'${a}'`)
        .join(
          ' ',
        )})" && printf '%s\\0' "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" "$AWS_SESSION_TOKEN" "$AWS_CREDENTIAL_EXPIRATION" "$AWS_REGION" "$AWS_DEFAULT_REGION"`;
      const run = await runCommand(shell, ['-c', command], { env: box.env });
      expect(run.exitCode).toBe(0);
      expect(run.stdout.split('\0').slice(0, 6)).toEqual(Object.values(EXPECTED));
    },
  );

  it('--format sh writes one export line per variable, single-quoted', async () => {
    const run = await runCli(envArgs('sh'), { env: box.env });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split('=')[0])).toEqual(
      Object.keys(EXPECTED).map((n) => `export ${n}`),
    );
    expect(lines[1]).toBe(
      `export AWS_SECRET_ACCESS_KEY='wJal/rXUt+nFEMI=K7MDENG'\\''bPxR"fi$CY\`EX\\AMPLEKEY'`,
    );
  });

  it('--format powershell assigns verbatim strings that a PowerShell reader takes back exactly', async () => {
    const run = await runCli(envArgs('powershell'), { env: box.env });
    expect(run.exitCode).toBe(0);
    expect(parsePowershell(run.stdout)).toEqual(EXPECTED);
  });

  it("--format fish writes set -gx with \\ and ' escaped", async () => {
    const run = await runCli(envArgs('fish'), { env: box.env });
    expect(run.stdout).toContain(
      `set -gx AWS_SECRET_ACCESS_KEY 'wJal/rXUt+nFEMI=K7MDENG\\'bPxR"fi$CY\`EX\\\\AMPLEKEY';\n`,
    );
    expect(names(run.stdout)).toEqual(Object.keys(EXPECTED));
  });

  it('--format json is an object of exactly the variables', async () => {
    const run = await runCli(envArgs('json'), { env: box.env });
    expect(JSON.parse(run.stdout)).toEqual(EXPECTED);
  });

  it('--format dotenv leaves AWS-shaped values bare and quotes the rest', async () => {
    const run = await runCli(envArgs('dotenv'), { env: box.env });
    expect(run.stdout).toContain('AWS_ACCESS_KEY_ID=ASIASTUBSTUBSTUB0001\n');
    expect(run.stdout).toContain(`AWS_CREDENTIAL_EXPIRATION=${CREDENTIALS.expiration}\n`);
    expect(run.stdout).toContain('AWS_REGION=us-east-1\n');
  });

  it('--format azure prints exactly the documented setvariable commands, secrets with issecret=true', async () => {
    const run = await runCli(envArgs('azure'), { env: { ...box.env, TF_BUILD: 'True' } });
    expect(run.stdout).toBe(
      [
        `##vso[task.setvariable variable=AWS_ACCESS_KEY_ID;issecret=true]${CREDENTIALS.accessKeyId}`,
        `##vso[task.setvariable variable=AWS_SECRET_ACCESS_KEY;issecret=true]${CREDENTIALS.secretAccessKey}`,
        `##vso[task.setvariable variable=AWS_SESSION_TOKEN;issecret=true]${CREDENTIALS.sessionToken}`,
        `##vso[task.setvariable variable=AWS_CREDENTIAL_EXPIRATION]${CREDENTIALS.expiration}`,
        '##vso[task.setvariable variable=AWS_REGION]us-east-1',
        '##vso[task.setvariable variable=AWS_DEFAULT_REGION]us-east-1',
        '',
      ].join('\n'),
    );
    expect(run.stderr).not.toContain('warning');
  });

  it('--format github masks the secrets on stdout and appends the variables to GITHUB_ENV', async () => {
    const githubEnv = join(box.dir, 'github_env');
    writeFileSync(githubEnv, 'EXISTING=1\n');
    const run = await runCli(envArgs('github'), {
      env: { ...box.env, GITHUB_ENV: githubEnv, GITHUB_ACTIONS: 'true' },
    });
    expect(run.stdout).toBe(
      [CREDENTIALS.accessKeyId, CREDENTIALS.secretAccessKey, CREDENTIALS.sessionToken]
        .map((v) => `::add-mask::${v}\n`)
        .join(''),
    );
    expect(readFileSync(githubEnv, 'utf8')).toBe(
      `EXISTING=1\n${Object.entries(EXPECTED)
        .map(([k, v]) => `${k}=${v}\n`)
        .join('')}`,
    );
    expect(run.stderr).not.toContain('warning');
  });

  it('--format github without GITHUB_ENV fails with one line and prints nothing', async () => {
    const run = await runCli(envArgs('github'), { env: box.env });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^rolesanywhere-credentials: env --format github needs GITHUB_ENV[^\n]*\n$/,
    );
  });

  it.each([
    ['GITLAB_CI', 'GitLab cannot mask values created during a job'],
    ['BITBUCKET_BUILD_NUMBER', 'Bitbucket Pipelines masks only secured variables'],
    ['JENKINS_URL', 'Jenkins masks only credentials bound with withCredentials'],
  ])('warns on stderr that %s cannot mask the sh output', async (variable, words) => {
    const run = await runCli(envArgs('sh'), { env: { ...box.env, [variable]: 'x' } });
    expect(run.exitCode).toBe(0);
    const warnings = run.stderr.split('\n').filter((l) => l.includes('warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(words);
  });

  it('points GitHub Actions and Azure Pipelines users to their masking formats', async () => {
    const gh = await runCli(envArgs('dotenv'), { env: { ...box.env, GITHUB_ACTIONS: 'true' } });
    expect(gh.stderr).toContain('use --format github');
    const az = await runCli(envArgs('json'), { env: { ...box.env, TF_BUILD: 'True' } });
    expect(az.stderr).toContain('use --format azure');
    const quiet = await runCli([...envArgs('json'), '--quiet'], {
      env: { ...box.env, TF_BUILD: 'True' },
    });
    expect(quiet.stderr).toBe('');
  });
});
