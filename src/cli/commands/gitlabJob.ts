import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { RolesAnywhereError } from '../../core/errors.js';
import { isProfileName, PROFILE_NAME } from '../../files/credentialsProfile.js';
import { writeNamedPrivateFile } from '../../files/privateFiles.js';
import { PRODUCT } from '../../version.js';
import { defineCommand, type ParsedOptions } from '../command.js';
import {
  checkJobPreconditions,
  exportLine,
  jobConfig,
  jobRegion,
  JOB_MODES,
  materialFlags,
  shellWord,
  type JobMode,
  type JobRegion,
} from '../gitlab/jobPlan.js';
import type { CliIo } from '../io.js';

/** The session flags the template passes through to credential-process, env or serve. */
const FORWARDED = {
  'trust-anchor-arn': { type: 'string', value: '<arn>', description: 'As for credential-process.' },
  'profile-arn': { type: 'string', value: '<arn>', description: 'As for credential-process.' },
  'role-arn': { type: 'string', value: '<arn>', description: 'As for credential-process.' },
  'session-duration': {
    type: 'string',
    value: '<seconds>',
    description: 'As for credential-process.',
  },
  'role-session-name': {
    type: 'string',
    value: '<name>',
    description: "As for credential-process; '' for none.",
  },
  endpoint: {
    type: 'string',
    value: '<url>',
    description: "As for credential-process; '' for the public one.",
  },
  'chain-role-arn': {
    type: 'string',
    value: '<arn>',
    description: "As for credential-process (the role-to-assume input); '' for no chaining.",
  },
  'chain-duration': {
    type: 'string',
    value: '<seconds>',
    description: 'As for credential-process; passed on only with --chain-role-arn.',
  },
  'chain-external-id': {
    type: 'string',
    value: '<id>',
    description: "As for credential-process; '' for none.",
  },
  'chain-role-session-name': {
    type: 'string',
    value: '<name>',
    description: "As for credential-process; '' for the first session's name.",
  },
  'chain-policy-arns': {
    type: 'string',
    value: '<arn,...>',
    description: "As for credential-process; '' for none.",
  },
  'sts-endpoint': {
    type: 'string',
    value: '<url>',
    description: "As for credential-process; '' for the regional one.",
  },
  'allowed-account-ids': {
    type: 'string',
    value: '<id,...>',
    description: "As for credential-process; '' for any account.",
  },
} as const;

// The template always passes role-duration-seconds (it has a default); it means something only
// when there is a role to chain to.
const CHAIN_ONLY = new Set(['chain-duration']);

const JOB_OPTIONS = {
  mode: {
    type: 'string',
    value: `<${JOB_MODES.join('|')}>`,
    description: 'How the job gets credentials (default credential-process).',
  },
  'job-prefix': {
    type: 'string',
    value: '<prefix>',
    description: "The include's job-prefix input: names the job directory and the log lines.",
  },
} as const;

const SETUP_OPTIONS = {
  ...JOB_OPTIONS,
  'aws-profile': {
    type: 'string',
    value: '<name>',
    description: 'Profile written in credential-process mode (default "default").',
  },
  region: {
    type: 'string',
    value: '<region>',
    description: "Region for the job's AWS tools; '' for the trust anchor's.",
  },
  'certificate-variable': {
    type: 'string',
    value: '<NAME>',
    description:
      'CI/CD variable with the certificate: a File variable (its path) or masked base64.',
  },
  'private-key-variable': {
    type: 'string',
    value: '<NAME>',
    description: "CI/CD variable with the private key; '' for a PKCS#12 certificate.",
  },
  'intermediates-variable': {
    type: 'string',
    value: '<NAME>',
    description: "CI/CD variable with the intermediates; '' for none.",
  },
  'passphrase-variable': {
    type: 'string',
    value: '<NAME>',
    description: "Masked CI/CD variable with the key's passphrase; '' for none.",
  },
  'allow-insecure-endpoint': {
    type: 'string',
    value: '<true|false>',
    description:
      'The template\'s boolean input: "true" passes --allow-insecure-endpoint on (plain http:// to an --endpoint on another host, e.g. an emulator in services:).',
  },
  ...FORWARDED,
} as const;

type SetupOptions = ParsedOptions<typeof SETUP_OPTIONS>;

const PREFIX_SHAPE = /^[a-z0-9][a-z0-9_-]{0,62}$/;

function usage(command: string, message: string, input: string): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_USAGE',
    `${command}: ${message}; run \`${PRODUCT} ${command} --help\`.`,
    { input },
  );
}

function parseJob(
  command: string,
  options: ParsedOptions<typeof JOB_OPTIONS>,
): { mode: JobMode; prefix: string } {
  const prefix = options['job-prefix'] ?? 'rolesanywhere';
  if (!PREFIX_SHAPE.test(prefix))
    throw usage(
      command,
      `--job-prefix must match ${PREFIX_SHAPE.source}, got "${prefix}"`,
      '--job-prefix',
    );
  const mode = options.mode ?? 'credential-process';
  const modes: readonly string[] = JOB_MODES;
  if (!modes.includes(mode))
    throw usage(command, `--mode must be one of ${JOB_MODES.join(', ')}, got "${mode}"`, '--mode');
  return { mode: mode as JobMode, prefix };
}

/** Where the job directories live, and how this include's are named. */
function jobDirPrefix(env: CliIo['env'], prefix: string): { parent: string; name: string } {
  const parent = env['TMPDIR'] !== undefined && env['TMPDIR'] !== '' ? env['TMPDIR'] : '/tmp';
  return { parent, name: `rolesanywhere-credentials-${env['CI_JOB_ID'] ?? '0'}-${prefix}.` };
}

function forwardedFlags(options: SetupOptions): string[] {
  const chaining = (options['chain-role-arn'] ?? '') !== '';
  const flags = Object.keys(FORWARDED).flatMap((name) => {
    const value = options[name as keyof typeof FORWARDED];
    if (value === undefined || value === '' || (CHAIN_ONLY.has(name) && !chaining)) return [];
    return [`--${name}`, value];
  });
  const insecure = options['allow-insecure-endpoint'] ?? 'false';
  if (insecure !== 'true' && insecure !== 'false')
    throw usage(
      'gitlab-setup',
      `--allow-insecure-endpoint takes true or false, got "${insecure}"`,
      '--allow-insecure-endpoint',
    );
  return insecure === 'true' ? [...flags, '--allow-insecure-endpoint'] : flags;
}

/** A command's stdout, collected instead of printed. */
function capturing(io: CliIo): { io: CliIo; text: () => string } {
  const chunks: string[] = [];
  return {
    io: { ...io, stdout: (chunk) => chunks.push(Buffer.from(chunk).toString('utf8')) },
    text: () => chunks.join(''),
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** What each mode's setup works from. */
interface JobStep {
  readonly io: CliIo;
  readonly prefix: string;
  readonly profile: string;
  /** Material and session flags for credential-process, env or serve. */
  readonly session: readonly string[];
  readonly region: JobRegion;
  readonly say: (line: string) => void;
}

function regionExports(region: JobRegion): string[] {
  return region.exported === undefined
    ? []
    : [
        exportLine('AWS_REGION', region.exported),
        exportLine('AWS_DEFAULT_REGION', region.exported),
      ];
}

/** env: the credentials to export, and the notices that GitLab cannot mask them. */
async function setupEnv(step: JobStep): Promise<string[]> {
  const { envCommand } = await import('./env.js');
  const captured = capturing(step.io);
  await envCommand.execute(['--format', 'sh', ...step.session], captured.io);
  const expiration =
    /AWS_CREDENTIAL_EXPIRATION='([^']*)'/.exec(captured.text())?.[1] ?? 'its expiry';
  step.say(
    `NOTICE: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN are now in this job's environment, valid until ${expiration} and not refreshed.`,
  );
  step.say(
    'NOTICE: GitLab masks only values it knew before the job started, so it cannot mask these: whatever prints them (env, printenv, set -x, a verbose tool) puts them in the job log. Prefer mode credential-process.',
  );
  return [captured.text().trimEnd(), ...regionExports(step.region)];
}

/** credential-process and server: credentials left in the job go, and the job directory is made. */
async function setupWithDirectory(
  step: JobStep,
  mode: 'credential-process' | 'server',
): Promise<string[]> {
  const { env } = step.io;
  const lines: string[] = [];
  if (
    `${env['AWS_ACCESS_KEY_ID'] ?? ''}${env['AWS_SECRET_ACCESS_KEY'] ?? ''}${env['AWS_SESSION_TOKEN'] ?? ''}` !==
    ''
  ) {
    step.say(
      'unsetting AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, set before this step: AWS tools would prefer them to these credentials.',
    );
    lines.push('unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN');
  }
  const where = jobDirPrefix(env, step.prefix);
  // mkdtemp makes the directory 0700 or fails: a directory planted under a guessed name is never used.
  const dir = mkdtempSync(join(where.parent, where.name));
  const rest =
    mode === 'server' ? await setupServer(step, dir) : await setupCredentialProcess(step, dir);
  return [...lines, ...rest];
}

/** server: `serve --detach` with its pid file and log in the job directory. */
async function setupServer(step: JobStep, dir: string): Promise<string[]> {
  const { serveCommand } = await import('./serve.js');
  const captured = capturing(step.io);
  const pidFile = join(dir, 'server.pid');
  const logFile = join(dir, 'server.log');
  await serveCommand.execute(
    ['--detach', '--pid-file', pidFile, '--log-file', logFile, '--format', 'sh', ...step.session],
    captured.io,
  );
  const url = /AWS_CONTAINER_CREDENTIALS_FULL_URI='([^']*)'/.exec(captured.text())?.[1] ?? '';
  step.say(
    `credential server (pid ${readFileSync(pidFile, 'utf8').trim()}) at AWS_CONTAINER_CREDENTIALS_FULL_URI=${url}: AWS tools fetch refreshing credentials from it.`,
  );
  step.say(
    "NOTICE: AWS_CONTAINER_AUTHORIZATION_TOKEN, in this job's environment, gets credentials from this machine until the job ends; GitLab cannot mask it, so never print it.",
  );
  return [captured.text().trimEnd(), ...regionExports(step.region)];
}

/** credential-process: credentials once into the job's cache, then a profile that runs this CLI. */
async function setupCredentialProcess(step: JobStep, dir: string): Promise<string[]> {
  const { env } = step.io;
  const argv = ['credential-process', ...step.session, '--cache-dir', join(dir, 'cache')];
  // One call now: a wrong key or ARN fails the job here, and the first AWS call hits the cache.
  const { credentialProcessCommand } = await import('./credentialProcess.js');
  await credentialProcessCommand.execute(argv.slice(1), capturing(step.io).io);
  // This very CLI, by absolute paths: the AWS CLI runs it for each call, where npx would start over.
  const commandLine = [process.execPath, process.argv[1] ?? '', ...argv].map(shellWord).join(' ');
  const existingPath = env['AWS_CONFIG_FILE'] ?? '';
  const existing =
    existingPath !== '' && isFile(existingPath) ? readFileSync(existingPath, 'utf8') : undefined;
  const config = join(dir, 'config');
  const text = jobConfig(
    existing,
    step.profile,
    commandLine,
    step.region.profileRegion,
    existingPath,
    step.prefix,
  );
  writeNamedPrivateFile('AWS_CONFIG_FILE', config, text);
  // AWS_SDK_LOAD_CONFIG makes the Go SDK v1 (older Terraform providers) read the config file.
  const lines = [
    exportLine('AWS_CONFIG_FILE', config),
    exportLine('AWS_PROFILE', step.profile),
    exportLine('AWS_SDK_LOAD_CONFIG', '1'),
  ];
  // A ~/.aws/credentials left on a shell runner would shadow the profile.
  if ((env['AWS_SHARED_CREDENTIALS_FILE'] ?? '') === '') {
    writeNamedPrivateFile('AWS_SHARED_CREDENTIALS_FILE', join(dir, 'credentials'), '');
    lines.push(exportLine('AWS_SHARED_CREDENTIALS_FILE', join(dir, 'credentials')));
  }
  step.say(
    `AWS_PROFILE=${step.profile} in AWS_CONFIG_FILE=${config}: AWS tools get fresh credentials through its credential_process, never through the environment.`,
  );
  if (step.region.note !== undefined) step.say(step.region.note);
  return lines;
}

export const gitlabSetupCommand = defineCommand({
  name: 'gitlab-setup',
  summary:
    "The GitLab template's setup step: check the job, obtain credentials, print lines to eval.",
  description: [
    'What the GitLab template (.gitlab-ci-template.yml, templates/credentials.yml) runs in before_script, with its inputs as flags. It refuses a job with CI_DEBUG_TRACE, reads each material variable where GitLab put it (a File variable by its path, any other with env:NAME), and then, by --mode:',
    'credential-process: makes the job directory (mktemp, 0700), obtains credentials once into its cache, and writes an AWS config whose profile runs this CLI as credential_process. env: obtains credentials for export. server: starts `serve --detach` with its pid file and log in the job directory.',
    'Prints sh lines on stdout for the template to eval, and one line per event, never a secret, on stderr. `gitlab-teardown` undoes it in after_script.',
  ],
  options: SETUP_OPTIONS,
  examples: [
    `eval "$(${PRODUCT} gitlab-setup --mode server --certificate-variable ROLESANYWHERE_CERTIFICATE --private-key-variable ROLESANYWHERE_PRIVATE_KEY --trust-anchor-arn ... --profile-arn ... --role-arn ...)"`,
  ],
  run: async (options, io) => {
    const { mode, prefix } = parseJob('gitlab-setup', options);
    checkJobPreconditions(io.env, prefix);
    const profile = options['aws-profile'] ?? 'default';
    if (!isProfileName(profile))
      throw usage(
        'gitlab-setup',
        `--aws-profile must match ${PROFILE_NAME.source}, got "${profile}"`,
        '--aws-profile',
      );
    const material = materialFlags(
      {
        certificate: options['certificate-variable'] ?? 'ROLESANYWHERE_CERTIFICATE',
        privateKey: options['private-key-variable'] ?? 'ROLESANYWHERE_PRIVATE_KEY',
        intermediates: options['intermediates-variable'] ?? '',
        passphrase: options['passphrase-variable'] ?? '',
      },
      io.env,
      isFile,
      prefix,
    );
    const step: JobStep = {
      io,
      prefix,
      profile,
      session: [...material, ...forwardedFlags(options)],
      region: jobRegion(mode, options.region ?? '', options['trust-anchor-arn'] ?? '', io.env),
      say: (line) => {
        io.stderr(`rolesanywhere-credentials (${prefix}): ${line}`);
      },
    };
    const lines = mode === 'env' ? await setupEnv(step) : await setupWithDirectory(step, mode);
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
});

export const gitlabTeardownCommand = defineCommand({
  name: 'gitlab-teardown',
  summary: "The GitLab template's after_script: stop the job's server, remove its directory.",
  description: [
    "Finds this include's job directories ($TMPDIR/rolesanywhere-credentials-<CI_JOB_ID>-<job-prefix>.*) and acts only on one that is a directory, not a link, owned by this user with mode 0700: what gitlab-setup made. Another local user can plant a directory under that name in a shared /tmp; it is reported and left alone, and nothing found in any directory is ever executed.",
    "For each of the job's own: stops the credential server whose pid file it holds (as `serve stop`), prints the server's log, and removes the directory.",
  ],
  options: JOB_OPTIONS,
  examples: [`${PRODUCT} gitlab-teardown --job-prefix deploy`],
  run: async (options, io) => {
    const { prefix } = parseJob('gitlab-teardown', options);
    const where = jobDirPrefix(io.env, prefix);
    const say = (line: string): void => {
      io.stderr(`rolesanywhere-credentials (${prefix}): ${line}`);
    };
    let entries: string[];
    try {
      entries = readdirSync(where.parent).filter((name) => name.startsWith(where.name));
    } catch {
      return 0;
    }
    let status = 0;
    for (const name of entries.sort()) {
      const dir = join(where.parent, name);
      const stat = lstatSync(dir, { throwIfNoEntry: false });
      const own =
        stat !== undefined &&
        stat.isDirectory() &&
        stat.uid === process.getuid?.() &&
        (stat.mode & 0o777) === 0o700;
      if (!own) {
        say(`ignoring ${dir}: this job did not create it (another owner or mode); remove it.`);
        continue;
      }
      const pidFile = join(dir, 'server.pid');
      if (existsSync(pidFile)) {
        const { serveStopCommand } = await import('./serveStop.js');
        try {
          await serveStopCommand.execute(['--pid-file', pidFile], io);
        } catch (error) {
          status = 1;
          say(
            `could not stop the credential server: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
      const log = join(dir, 'server.log');
      if (existsSync(log)) io.stdout(readFileSync(log));
      rmSync(dir, { recursive: true, force: true });
    }
    return status;
  },
});
