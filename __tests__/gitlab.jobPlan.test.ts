/**
 * What the GitLab template's setup decides, as pure functions: preconditions, where each material
 * variable is read from, quoting for sh and the AWS CLI's credential_process parser, the region
 * in each mode, and the job's AWS config.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  checkJobPreconditions,
  exportLine,
  jobConfig,
  jobRegion,
  materialFlags,
  shellWord,
} from '../src/cli/gitlab/jobPlan.js';

const ANCHOR =
  'arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01';
const VARIABLES = {
  certificate: 'RA_CERT',
  privateKey: 'RA_KEY',
  intermediates: '',
  passphrase: '',
};
const files = new Set(['/builds/tmp/RA_CERT', '/builds/tmp/RA_PASS']);
const isFile = (path: string): boolean => files.has(path);

describe('the preconditions', () => {
  it.each(['true', 'TRUE', 'True'])(
    'refuses CI_DEBUG_TRACE=%s, saying why and what to do',
    (value) => {
      expect(() => checkJobPreconditions({ CI_DEBUG_TRACE: value }, 'deploy')).toThrow(
        '(deploy) CI_DEBUG_TRACE is true: GitLab then writes every variable, the key and the credentials included, into the job log. Unset CI_DEBUG_TRACE',
      );
    },
  );

  it('accepts a job without it, or with it false', () => {
    expect(() => checkJobPreconditions({}, 'deploy')).not.toThrow();
    expect(() => checkJobPreconditions({ CI_DEBUG_TRACE: 'false' }, 'deploy')).not.toThrow();
  });
});

describe('the material flags', () => {
  it('reads a File variable by its path and a masked one with env:NAME', () => {
    const env = { RA_CERT: '/builds/tmp/RA_CERT', RA_KEY: 'LS0tLS1CRUdJTi' };
    expect(materialFlags(VARIABLES, env, isFile, 'p')).toEqual([
      '--certificate',
      '/builds/tmp/RA_CERT',
      '--private-key',
      'env:RA_KEY',
    ]);
  });

  it("leaves out the inputs set to '', and passes intermediates and passphrase when named", () => {
    const env = {
      RA_CERT: 'Y2VydA==',
      RA_KEY: 'a2V5',
      RA_CHAIN: 'Y2hhaW4=',
      RA_PASS: 'secret-pass',
    };
    const all = { ...VARIABLES, intermediates: 'RA_CHAIN', passphrase: 'RA_PASS' };
    expect(materialFlags(all, env, isFile, 'p')).toEqual([
      '--certificate',
      'env:RA_CERT',
      '--private-key',
      'env:RA_KEY',
      '--intermediates',
      'env:RA_CHAIN',
      '--pkcs8-password',
      'env:RA_PASS',
    ]);
    expect(materialFlags({ ...VARIABLES, privateKey: '' }, env, isFile, 'p')).toEqual([
      '--certificate',
      'env:RA_CERT',
    ]);
  });

  it('names the variable and its input when the variable is unset or empty, with where to add it', () => {
    for (const env of [{ RA_KEY: 'a2V5' }, { RA_CERT: '', RA_KEY: 'a2V5' }]) {
      expect(() => materialFlags(VARIABLES, env, isFile, 'deploy')).toThrow(
        '(deploy) the CI/CD variable RA_CERT (input certificate-variable) is empty or not set in this job. Add it under Settings > CI/CD > Variables',
      );
    }
  });

  it('refuses a passphrase in a File variable', () => {
    const env = { RA_CERT: 'Y2VydA==', RA_KEY: 'a2V5', RA_PASS: '/builds/tmp/RA_PASS' };
    expect(() => materialFlags({ ...VARIABLES, passphrase: 'RA_PASS' }, env, isFile, 'p')).toThrow(
      'the CI/CD variable RA_PASS (input passphrase-variable) is a File variable',
    );
  });

  it('refuses a variable name that is not one', () => {
    expect(() =>
      materialFlags({ ...VARIABLES, certificate: 'A;B' }, { 'A;B': 'x' }, isFile, 'p'),
    ).toThrow('the input certificate-variable must be a variable NAME, got "A;B"');
  });
});

describe('shell words for sh and credential_process', () => {
  /** What Python's shlex, the AWS CLI's credential_process parser, makes of a command line. */
  function shlexSplit(line: string): string[] {
    const out = execFileSync(
      'python3',
      ['-c', 'import shlex,sys,json; print(json.dumps(shlex.split(sys.argv[1])))', line],
      {
        encoding: 'utf8',
      },
    );
    return JSON.parse(out) as string[];
  }
  /** What sh makes of it under eval, as the template evaluates the setup's lines. */
  function shSplit(line: string): string[] {
    const script = 'eval "set -- $1"; for w in "$@"; do printf \'%s\\0\' "$w"; done';
    const out = execFileSync('dash', ['-c', script, 'sh', line], { encoding: 'utf8' });
    return out.split('\0').slice(0, -1);
  }

  it('leaves plain words bare and quotes others so that sh and shlex both read them back', () => {
    const words = ['/usr/bin/node', 'env:RA_KEY', '', '/tmp/with space/x.pem', "it's", 'a&b;c|d*'];
    const line = words.map(shellWord).join(' ');
    expect(shellWord('/usr/bin/node')).toBe('/usr/bin/node');
    expect(shlexSplit(line)).toEqual(words);
    expect(shSplit(line)).toEqual(words);
  });

  it.each(['a"b', 'a\\b', 'a$b', 'a`b', 'a\nb'])(
    'refuses %j, which no word carries into both',
    (value) => {
      expect(() => shellWord(value)).toThrow(/quote, backslash, dollar, backtick or line break/);
    },
  );

  it('writes export lines that sh reads back byte for byte', () => {
    const value = "it's a 'test' $HOME `id`";
    const out = execFileSync('dash', ['-c', `${exportLine('X', value)}; printf '%s' "$X"`], {
      encoding: 'utf8',
    });
    expect(out).toBe(value);
  });
});

describe('the region for the job’s AWS tools', () => {
  it("credential-process: the profile's region is the input, else the trust anchor's, and nothing is exported", () => {
    expect(jobRegion('credential-process', 'us-west-2', ANCHOR, {})).toEqual({
      profileRegion: 'us-west-2',
      exported: undefined,
      note: undefined,
    });
    expect(jobRegion('credential-process', '', ANCHOR, {}).profileRegion).toBe('eu-west-1');
  });

  it('credential-process: notes that a region set in the job wins over the input', () => {
    expect(
      jobRegion('credential-process', 'us-west-2', ANCHOR, { AWS_REGION: 'ap-south-1' }).note,
    ).toBe(
      "note: AWS_REGION or AWS_DEFAULT_REGION is set in this job; AWS tools prefer it to the profile's region (us-west-2).",
    );
    expect(
      jobRegion('credential-process', '', ANCHOR, { AWS_REGION: 'ap-south-1' }).note,
    ).toBeUndefined();
  });

  it('env: exports the input, else the trust anchor region, over any region of the job', () => {
    expect(jobRegion('env', 'us-west-2', ANCHOR, { AWS_REGION: 'ap-south-1' }).exported).toBe(
      'us-west-2',
    );
    expect(jobRegion('env', '', ANCHOR, { AWS_REGION: 'ap-south-1' }).exported).toBe('eu-west-1');
  });

  it("server: exports the input, else keeps the job's own, else the trust anchor's", () => {
    expect(
      jobRegion('server', 'us-west-2', ANCHOR, { AWS_DEFAULT_REGION: 'ap-south-1' }).exported,
    ).toBe('us-west-2');
    expect(
      jobRegion('server', '', ANCHOR, { AWS_DEFAULT_REGION: 'ap-south-1' }).exported,
    ).toBeUndefined();
    expect(jobRegion('server', '', ANCHOR, {}).exported).toBe('eu-west-1');
  });
});

describe("the job's AWS config", () => {
  it('writes the profile after what another include wrote, and refuses the same profile twice', () => {
    const first = jobConfig(
      undefined,
      'default',
      'node cli.js credential-process',
      'eu-west-1',
      '',
      'a',
    );
    expect(first).toBe(
      '[default]\ncredential_process = node cli.js credential-process\nregion = eu-west-1\n',
    );
    const both = jobConfig(first, 'reports', 'node cli.js x', 'us-east-1', '/tmp/a/config', 'b');
    expect(both).toBe(
      `${first}\n[profile reports]\ncredential_process = node cli.js x\nregion = us-east-1\n`,
    );
    expect(() => jobConfig(both, 'reports', 'x', 'us-east-1', '/tmp/b/config', 'c')).toThrow(
      '(c) /tmp/b/config already has [profile reports]: give each include in this job its own aws-profile input.',
    );
  });
});
