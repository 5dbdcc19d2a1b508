import { randomUUID } from 'node:crypto';
import { appendFileSync, lstatSync } from 'node:fs';
import { isIP } from 'node:net';
import { RolesAnywhereError } from '../../core/errors.js';
import { loadMaterial } from '../../core/material/index.js';
import type { SessionSettings } from '../../core/settings.js';
import { createEnvironmentSender } from '../../http/index.js';
import {
  CredentialServer,
  DEFAULT_HOP_LIMIT,
  DEFAULT_IMDS_PORT,
  isProcessRunning,
  processChannel,
  realTimer,
  runServeChild,
  SERVE_CHILD_VARIABLE,
  serveChildRequest,
  serverVariables,
  startDetachedServer,
  stopServerProcess,
  waitForStopSignal,
  type CredentialServerOptions,
  type ServerVariable,
} from '../../serve/index.js';
import { rfc3339 } from '../../core/rfc3339.js';
import { serverIdentity } from '../../serve/serverProcessIdentity.js';
import { PRODUCT } from '../../version.js';
import { defineCommand, type CliCommand, type ParsedOptions } from '../command.js';
import {
  readPrivateFile,
  removeFileQuietly,
  writeNamedPrivateFile,
} from '../../files/privateFiles.js';
import { MaterialRotation, type MaterialFilePaths } from '../../files/materialRotation.js';
import { readSecretFile } from '../../files/secretFile.js';
import { SESSION_OPTIONS } from '../inputs/credentialOptions.js';
import { materialFilePaths } from '../inputs/materialFilePaths.js';
import { createStdinReader, readSource } from '../inputs/readSource.js';
import { resolveCliSession } from '../inputs/sessionInputs.js';
import type { CliIo } from '../io.js';
import {
  ENV_FORMATS,
  githubEnvFile,
  githubMasks,
  renderEnv,
  type EnvFormat,
} from '../output/envFormats.js';

const SERVE_OPTIONS = {
  ...SESSION_OPTIONS,
  port: {
    type: 'string',
    value: '<port>',
    description: 'Port of the container credentials endpoint (default 0: any free port).',
  },
  host: {
    type: 'string',
    value: '<address>',
    description:
      'IP address of the container credentials endpoint instead of 127.0.0.1: another loopback address, or an EKS/ECS link-local address the node routes here (169.254.170.23); SDKs accept plain http only to those. Every request still needs the token. Not with --imds.',
  },
  token: {
    type: 'string',
    value: '<env:NAME|file>',
    description:
      'The token every request must carry, from an environment variable or a file (32 to 512 characters of A-Z a-z 0-9 . _ ~ + / = -), instead of a random one; the URL path is then /v1/credentials. For a client that cannot read this output: a job beside a sidecar or CI service.',
  },
  imds: {
    type: 'boolean',
    description:
      'Also answer IMDSv2 on 127.0.0.1, for tools that only know instance metadata. Any local process can read credentials there.',
  },
  'imds-port': {
    type: 'string',
    value: '<port>',
    description: `IMDSv2 port with --imds (default ${DEFAULT_IMDS_PORT}, as aws_signing_helper serve).`,
  },
  'hop-limit': {
    type: 'string',
    value: '<1-255>',
    description: `Accepted with --imds for compatibility with aws_signing_helper (default ${DEFAULT_HOP_LIMIT}); the server answers on loopback only.`,
  },
  format: {
    type: 'string',
    value: `<${ENV_FORMATS.join('|')}>`,
    description: 'How to print the environment lines (default sh).',
  },
  // Not --env-file: Node takes that for its own option wherever it appears in argv (nodejs/node#54232).
  'env-output': {
    type: 'string',
    value: '<file>',
    description:
      'Write the environment lines to this file (0600, replaced atomically) instead of stdout.',
  },
  detach: {
    type: 'boolean',
    description:
      'Start the server in the background, print the environment lines once it serves, and exit. Needs --pid-file.',
  },
  'pid-file': {
    type: 'string',
    value: '<file>',
    description: "Write the server's process id here (0600), for `serve stop --pid-file`.",
  },
  'log-file': {
    type: 'string',
    value: '<file>',
    description:
      "With --detach: append the server's log here (0600); without it the log is discarded.",
  },
} as const;

type ServeOptions = ParsedOptions<typeof SERVE_OPTIONS>;

const ARNS = '--trust-anchor-arn "$TA_ARN" --profile-arn "$PROFILE_ARN" --role-arn "$ROLE_ARN"';
const MAX_SLEEP_MS = 2 ** 31 - 1;

function usage(message: string, input: string): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_USAGE',
    `serve: ${message}; run \`${PRODUCT} serve --help\` for the flags it takes.`,
    { input },
  );
}

function parsePort(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value.trim());
  if (!/^\d{1,5}$/.test(value.trim()) || port > 65_535)
    throw usage(`${flag} must be a port number from 0 to 65535, got "${value}"`, flag);
  return port;
}

function parseHost(value: string | undefined, imds: boolean): string | undefined {
  if (value === undefined) return undefined;
  const host = value.trim();
  if (isIP(host) === 0)
    throw usage(
      `--host must be an IP address (127.0.0.1, 0.0.0.0, ::), got "${value}"; a name would resolve to addresses nobody chose`,
      '--host',
    );
  if (imds)
    throw usage(
      '--host applies to the container provider only: IMDS has no token its callers must hold, so --imds stays on 127.0.0.1; drop --imds or --host',
      '--host',
    );
  return host;
}

function parseHopLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_HOP_LIMIT;
  const limit = Number(value.trim());
  if (!/^\d{1,3}$/.test(value.trim()) || limit < 1 || limit > 255)
    throw usage(`--hop-limit must be a whole number from 1 to 255, got "${value}"`, '--hop-limit');
  return limit;
}

function parseFormat(value: string | undefined): EnvFormat {
  const format = value ?? 'sh';
  const known: readonly string[] = ENV_FORMATS;
  if (!known.includes(format))
    throw usage(`--format must be one of ${ENV_FORMATS.join(', ')}, got "${format}"`, '--format');
  return format as EnvFormat;
}

const TOKEN_SHAPE = /^[A-Za-z0-9._~+/=-]{32,512}$/;

/** --token: read from where it points, never from argv, and shaped to be safe in a header. */
async function readToken(value: string | undefined, io: CliIo): Promise<string | undefined> {
  if (value === undefined) return undefined;
  if (value === '-')
    throw usage('--token takes env:NAME or a file path; stdin is for the material', '--token');
  // A token file another user could have written holds a token they know.
  const source = value.startsWith('env:')
    ? await readSource(value, '--token', io, createStdinReader(io))
    : {
        content: readSecretFile(value, {
          input: '--token',
          holds: 'token',
          showPath: true,
          maxBytes: 4096,
        }),
        where: value,
      };
  const token = Buffer.from(source.content).toString('utf8').trim();
  io.secrets.add(token);
  if (!TOKEN_SHAPE.test(token))
    throw usage(
      `--token ${source.where} must hold 32 to 512 characters of A-Z a-z 0-9 . _ ~ + / = - (it holds ${token.length} characters, not shown); make one with: openssl rand -base64 32`,
      '--token',
    );
  return token;
}

interface ServePlan {
  readonly format: EnvFormat;
  readonly server: CredentialServerOptions;
  readonly envFile: string | undefined;
  readonly pidFile: string | undefined;
}

/** Every flag checked before any file is read or any port opened. */
function planServe(options: ServeOptions, io: CliIo): ServePlan {
  const format = parseFormat(options.format);
  const port = parsePort(options.port, '--port', 0);
  const host = parseHost(options.host, options.imds);
  if (!options.imds && (options['imds-port'] !== undefined || options['hop-limit'] !== undefined)) {
    throw usage(
      '--imds-port and --hop-limit only apply with --imds',
      options['imds-port'] !== undefined ? '--imds-port' : '--hop-limit',
    );
  }
  const imds = options.imds
    ? {
        port: parsePort(options['imds-port'], '--imds-port', DEFAULT_IMDS_PORT),
        hopLimit: parseHopLimit(options['hop-limit']),
      }
    : undefined;
  if (options.detach && options['pid-file'] === undefined)
    throw usage(
      '--detach needs --pid-file, so that `serve stop --pid-file` can stop it',
      '--pid-file',
    );
  if (!options.detach && options['log-file'] !== undefined)
    throw usage(
      '--log-file applies with --detach; in the foreground the log is on stderr',
      '--log-file',
    );
  if (format === 'github') {
    if (options['env-output'] !== undefined)
      throw usage(
        '--format github writes to $GITHUB_ENV; --env-output takes sh, fish, powershell, dotenv, json or azure',
        '--env-output',
      );
    if ((io.env['GITHUB_ENV'] ?? '') === '')
      throw usage(
        '--format github needs GITHUB_ENV, which GitHub Actions sets for each step; outside Actions use --format sh',
        '--format',
      );
  }
  return {
    format,
    server: { port, host, imds, portInputs: { port: '--port', imdsPort: '--imds-port' } },
    envFile: options['env-output'],
    pidFile: options['pid-file'],
  };
}

function logLine(io: CliIo): (line: string) => void {
  return (line) => {
    io.stderr(`${PRODUCT}: ${rfc3339(io.now())} ${line}`);
  };
}

/** Refuses to start a second server over the pid file of one still running. */
function checkPidFileFree(path: string): void {
  const read = readPrivateFile(path);
  if (read.kind === 'missing') return;
  if (read.kind === 'unsafe')
    throw new RolesAnywhereError(
      'ERR_FILE_UNSAFE',
      `--pid-file ${path} exists and ${read.why}; remove it or choose another path.`,
      { input: '--pid-file' },
    );
  const pid = Number(read.content.toString('utf8').trim());
  if (
    Number.isSafeInteger(pid) &&
    pid > 1 &&
    isProcessRunning(pid) &&
    serverIdentity(pid, lstatSync(path).mtimeMs, Date.now()).kind !== 'reused'
  ) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `A credential server is already running with pid ${pid} (--pid-file ${path}); stop it first with \`${PRODUCT} serve stop --pid-file ${path}\`.`,
      { input: '--pid-file' },
    );
  }
}

/** The environment lines, printed or written; the token is registered as a secret first. */
function emitVariables(
  variables: readonly ServerVariable[],
  plan: ServePlan,
  io: CliIo,
  log: (line: string) => void,
): void {
  for (const variable of variables) if (variable.secret) io.secrets.add(variable.value);
  if (plan.format === 'github') {
    // The mask goes out before the value can reach any log.
    io.stdout(githubMasks(variables));
    appendFileSync(
      io.env['GITHUB_ENV'] ?? '',
      githubEnvFile(variables, `ghadelimiter_${randomUUID()}`),
      { encoding: 'utf8' },
    );
    log(`Exported ${variables.map((v) => v.name).join(', ')} to $GITHUB_ENV.`);
    return;
  }
  const text = renderEnv(plan.format, variables);
  if (plan.envFile === undefined) {
    io.stdout(text);
    return;
  }
  writeNamedPrivateFile('--env-output', plan.envFile, text);
  log(`Wrote ${variables.map((v) => v.name).join(', ')} to ${plan.envFile} (0600).`);
}

/** Variables the material and token flags read with env:NAME: the child has their values already. */
function withoutMaterialVariables(
  options: ServeOptions,
  env: CliIo['env'],
): Record<string, string | undefined> {
  const drop = new Set(
    [
      options.certificate,
      options['private-key'],
      options.intermediates,
      options['pkcs8-password'],
      options.token,
    ]
      .filter((value): value is string => value !== undefined && value.startsWith('env:'))
      .map((value) => value.slice(4)),
  );
  drop.add(SERVE_CHILD_VARIABLE);
  return Object.fromEntries(Object.entries(env).filter(([name]) => !drop.has(name)));
}

async function serveDetached(
  options: ServeOptions,
  plan: ServePlan,
  settings: SessionSettings,
  rotate: MaterialFilePaths,
  io: CliIo,
): Promise<number> {
  const log = logLine(io);
  if (settings.material.externalKey !== undefined) {
    // The detached server is a new process: a token session and its login do not cross over.
    throw new RolesAnywhereError(
      'ERR_USAGE',
      'serve --detach cannot use a key on a PKCS#11 token (the login stays with this process); ' +
        'run serve in the foreground, e.g. as a systemd service or with & in the shell.',
      { input: '--detach' },
    );
  }
  const pidFile = plan.pidFile ?? '';
  checkPidFileFree(pidFile);
  const script = process.argv[1];
  if (script === undefined)
    throw new RolesAnywhereError(
      'ERR_INTERNAL',
      'serve --detach cannot tell which script to start for the server.',
    );
  const started = await startDetachedServer(
    serveChildRequest(settings, plan.server, options['no-verify-ssl'], rotate),
    {
      command: process.execPath,
      // The same script and Node flags (a debugger's port excepted), with the marker that makes it the server.
      args: [...process.execArgv.filter((flag) => !flag.startsWith('--inspect')), script, 'serve'],
      env: withoutMaterialVariables(options, io.env),
      logFile: options['log-file'],
    },
  );
  io.secrets.add(started.endpoints.authorizationToken);
  try {
    writeNamedPrivateFile('--pid-file', pidFile, `${started.pid}\n`);
    emitVariables(serverVariables(started.endpoints), plan, io, log);
  } catch (error) {
    // Nobody could find or stop a server whose start failed: stop it now.
    await stopServerProcess(started.pid, { timeoutMs: 5000, sleep: io.sleep }).catch(
      () => 'killed',
    );
    removeFileQuietly(pidFile);
    throw error;
  }
  log(
    `Credential server running in the background (pid ${started.pid}) for ${started.session.assumedRoleArn}, first credentials expire ${started.session.expiration}; stop it with \`${PRODUCT} serve stop --pid-file ${pidFile}\`.`,
  );
  return 0;
}

async function serveForeground(
  options: ServeOptions,
  plan: ServePlan & { readonly rotate: MaterialFilePaths },
  settings: SessionSettings,
  io: CliIo,
): Promise<number> {
  const log = logLine(io);
  if (plan.pidFile !== undefined) checkPidFileFree(plan.pidFile);
  if (options['no-verify-ssl'])
    io.stderr(
      `${PRODUCT}: warning: --no-verify-ssl: the endpoint's TLS certificate is not checked.`,
    );
  const material = await loadMaterial(settings.material, { now: io.now(), names: settings.names });
  for (const fragment of material.secretFragments) io.secrets.add(fragment);
  for (const warning of material.warnings) io.stderr(`${PRODUCT}: warning: ${warning.message}`);
  const rotation = new MaterialRotation(
    plan.rotate,
    { sources: settings.material, material },
    { now: io.now, log, names: settings.names },
  );
  const server = new CredentialServer(settings, material, plan.server, {
    nextMaterial: async () => {
      const rotated = await rotation.check();
      for (const fragment of rotated?.material.secretFragments ?? []) io.secrets.add(fragment);
      return rotated?.material;
    },
    send: createEnvironmentSender({
      attemptTimeoutMs: settings.retry.attemptTimeoutMs,
      env: io.env,
      insecure: options['no-verify-ssl'],
    }),
    now: io.now,
    sleep: io.sleep,
    setTimer: realTimer,
    log,
  });
  const endpoints = await server.start();
  io.secrets.add(endpoints.authorizationToken);
  try {
    if (plan.pidFile !== undefined)
      writeNamedPrivateFile('--pid-file', plan.pidFile, `${process.pid}\n`);
    emitVariables(serverVariables(endpoints), plan, io, log);
    log('Serving until SIGINT or SIGTERM.');
    while ((await io.sleepUntilStopped(MAX_SLEEP_MS)) === 'elapsed');
  } finally {
    await server.stop();
    if (plan.pidFile !== undefined) removeFileQuietly(plan.pidFile);
  }
  const stats = server.stats();
  log(
    `Stopped after serving ${stats.container.served + stats.imds.served} credential requests and ${stats.refreshes} refreshes.`,
  );
  return 0;
}

const serveDefinition = defineCommand({
  name: 'serve',
  summary:
    'Serve refreshing credentials on 127.0.0.1 (or --host) to every AWS SDK and the AWS CLI (container credentials provider; IMDSv2 with --imds).',
  description: [
    'Keeps the key in memory, obtains credentials, refreshes them ahead of expiry (15 minutes before, or at half-life for short sessions), retries failed refreshes with backoff and keeps serving the current credentials while they are valid; it never serves expired ones (it answers 503 instead).',
    'Prints AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_AUTHORIZATION_TOKEN (a random 256-bit token every request must carry), plus AWS_EC2_METADATA_SERVICE_ENDPOINT with --imds. Every AWS SDK and the AWS CLI read them; a process without the token gets nothing.',
    'Certificate rotation needs no restart: before each refresh the certificate, key and intermediates files are read again, and a changed pair that passes the checks signs from then on; one that fails is logged once and the old pair keeps signing.',
    'In the foreground it serves until SIGINT or SIGTERM. With --detach it starts in the background, prints the lines once it serves and exits; `serve stop --pid-file F` stops it.',
  ],
  options: SERVE_OPTIONS,
  examples: [
    `eval "$(${PRODUCT} serve --detach --pid-file /tmp/ra.pid --certificate env:RA_CERT --private-key env:RA_KEY ${ARNS})"`,
    `${PRODUCT} serve stop --pid-file /tmp/ra.pid`,
    `${PRODUCT} serve --imds --certificate cert.pem --private-key key.pem ${ARNS}`,
    `${PRODUCT} serve --host 169.254.170.23 --port 80 --token env:RA_SERVER_TOKEN --certificate cert.pem --private-key key.pem ${ARNS}`,
    `${PRODUCT} serve --detach --pid-file ra.pid --env-output ra.env --format dotenv --certificate cert.pem --private-key key.pem ${ARNS}`,
  ],
  run: async (options, io) => {
    const plan = planServe(options, io);
    const token = await readToken(options.token, io);
    const { settings, material } = await resolveCliSession(options, io);
    const rotate = materialFilePaths(material);
    const planned = { ...plan, server: { ...plan.server, token } };
    return options.detach
      ? serveDetached(options, planned, settings, rotate, io)
      : serveForeground(options, { ...planned, rotate }, settings, io);
  },
});

/** `serve` and `serve stop`; a process started by `serve --detach` becomes the server itself. */
export const serveCommand: CliCommand = {
  name: 'serve',
  summary: serveDefinition.summary,
  help: serveDefinition.help,
  execute: async (argv, io) => {
    if (argv[0] === 'stop')
      return (await import('./serveStop.js')).serveStopCommand.execute(argv.slice(1), io);
    const channel = io.env[SERVE_CHILD_VARIABLE] === '1' ? processChannel() : undefined;
    if (channel !== undefined) {
      return runServeChild({
        channel,
        env: io.env,
        log: logLine(io),
        waitForStop: waitForStopSignal,
      });
    }
    return serveDefinition.execute(argv, io);
  },
};
