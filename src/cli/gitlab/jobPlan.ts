/**
 * What the GitLab template's job steps decide, as data: the safety preconditions, where each
 * material variable is read from, how a word is quoted for both sh and the AWS CLI's
 * credential_process parser, and which region the job's AWS tools get in each mode. No file, no
 * process: the gitlab-setup command does those.
 */
import { RolesAnywhereError } from '../../core/errors.js';

export const JOB_MODES = ['credential-process', 'env', 'server'] as const;
export type JobMode = (typeof JOB_MODES)[number];

type Env = Readonly<Record<string, string | undefined>>;

/** The template's inputs that name CI/CD variables; '' for none. */
export interface MaterialVariables {
  readonly certificate: string;
  readonly privateKey: string;
  readonly intermediates: string;
  readonly passphrase: string;
}

function jobError(prefix: string, lines: readonly string[], input?: string): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_USAGE',
    `(${prefix}) ${lines.join(' ')}`,
    input === undefined ? {} : { input },
  );
}

/** CI_DEBUG_TRACE writes every variable, the key included, into the job log: refuse before reading any. */
export function checkJobPreconditions(env: Env, prefix: string): void {
  if ((env['CI_DEBUG_TRACE'] ?? '').toLowerCase() === 'true') {
    throw jobError(prefix, [
      'CI_DEBUG_TRACE is true: GitLab then writes every variable, the key and the credentials included, into the job log.',
      'Unset CI_DEBUG_TRACE for jobs that use this template. If a debug-traced job already ran with the key, rotate the key.',
    ]);
  }
}

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The material flags for the CLI: a File variable by its path, any other by env:NAME, so the CLI
 * reads the material where GitLab put it and nothing copies it.
 */
export function materialFlags(
  variables: MaterialVariables,
  env: Env,
  isFile: (path: string) => boolean,
  prefix: string,
): string[] {
  const parts: [flag: string, input: string, name: string][] = [
    ['--certificate', 'certificate-variable', variables.certificate],
    ['--private-key', 'private-key-variable', variables.privateKey],
    ['--intermediates', 'intermediates-variable', variables.intermediates],
    ['--pkcs8-password', 'passphrase-variable', variables.passphrase],
  ];
  return parts.flatMap(([flag, input, name]) => {
    if (name === '') return [];
    if (!VARIABLE_NAME.test(name))
      throw jobError(prefix, [`the input ${input} must be a variable NAME, got "${name}".`], input);
    const value = env[name] ?? '';
    if (value === '') {
      throw jobError(
        prefix,
        [
          `the CI/CD variable ${name} (input ${input}) is empty or not set in this job.`,
          'Add it under Settings > CI/CD > Variables: File type holding the PEM, or masked holding its base64 (base64 -w0 file).',
          'Protected variables reach protected branches and tags only; environment-scoped ones reach jobs of that environment only.',
        ],
        input,
      );
    }
    if (isFile(value)) {
      if (flag === '--pkcs8-password')
        throw jobError(
          prefix,
          [
            `the CI/CD variable ${name} (input ${input}) is a File variable; make it a masked variable of type Variable.`,
          ],
          input,
        );
      return [flag, value];
    }
    return [flag, `env:${name}`];
  });
}

/**
 * One word safe for both sh (eval) and Python's shlex (the AWS CLI's credential_process parser):
 * bare, or double-quoted when free of the characters the two treat differently inside quotes.
 */
export function shellWord(value: string): string {
  if (value === '') return '""';
  if (/^[A-Za-z0-9_./:=@+,-]+$/.test(value)) return value;
  if (/["\\$`\n\r]/.test(value))
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `"${value}" holds a quote, backslash, dollar, backtick or line break, which no word can carry into both sh and credential_process; use another path or name.`,
    );
  return `"${value}"`;
}

/** What the job's AWS tools are told about the region, and what is said about it. */
export interface JobRegion {
  /** The region of the written profile (credential-process mode). */
  readonly profileRegion: string;
  /** AWS_REGION and AWS_DEFAULT_REGION to export, when they are to be set. */
  readonly exported: string | undefined;
  readonly note: string | undefined;
}

/**
 * The region for the job's AWS tools, never for signing: CreateSession is always signed for the
 * trust anchor's region. The region input when given, else the trust anchor's; in server mode,
 * whose container provider carries no region, a region the job set itself is kept over the
 * trust anchor's.
 */
export function jobRegion(
  mode: JobMode,
  input: string,
  trustAnchorArn: string,
  env: Env,
): JobRegion {
  const anchorRegion = trustAnchorArn.split(':')[3] ?? '';
  const region = input === '' ? anchorRegion : input;
  const jobHasRegion = (env['AWS_REGION'] ?? '') + (env['AWS_DEFAULT_REGION'] ?? '') !== '';
  switch (mode) {
    case 'credential-process':
      return {
        profileRegion: region,
        exported: undefined,
        note:
          input !== '' && jobHasRegion
            ? `note: AWS_REGION or AWS_DEFAULT_REGION is set in this job; AWS tools prefer it to the profile's region (${region}).`
            : undefined,
      };
    case 'env':
      return { profileRegion: region, exported: region, note: undefined };
    case 'server':
      return {
        profileRegion: region,
        exported: input !== '' || !jobHasRegion ? region : undefined,
        note: undefined,
      };
  }
}

/** The config file section of a profile, as the AWS CLI names it. */
export function profileSection(profile: string): string {
  return profile === 'default' ? '[default]' : `[profile ${profile}]`;
}

/**
 * The job's AWS config: what another include of this job wrote first, then this profile. Two
 * includes writing the same profile would leave the AWS CLI one of them silently: refused.
 */
export function jobConfig(
  existing: string | undefined,
  profile: string,
  commandLine: string,
  region: string,
  existingPath: string,
  prefix: string,
): string {
  const section = profileSection(profile);
  if (existing !== undefined && existing.split(/\r?\n/).some((line) => line.trim() === section))
    throw jobError(
      prefix,
      [
        `${existingPath} already has ${section}: give each include in this job its own aws-profile input.`,
      ],
      'aws-profile',
    );
  const before = existing === undefined ? '' : `${existing}\n`;
  return `${before}${section}\ncredential_process = ${commandLine}\nregion = ${region}\n`;
}

/** A POSIX sh export line, single-quoted. */
export function exportLine(name: string, value: string): string {
  return `export ${name}='${value.replaceAll("'", "'\\''")}'`;
}
