import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RolesAnywhereError } from '../../core/errors.js';
import { mlDsaAvailable } from '../../core/material/mlDsa.js';
import { defineCommand, type ParsedOptions } from '../command.js';
import type * as emulatorIndex from '../../emulator/index.js';
import type { EmulatorOptions, Fault, PkiKeyType } from '../../emulator/index.js';
import { writeNamedPrivateFile } from '../../files/privateFiles.js';
import { createStdinReader, readSource } from '../inputs/readSource.js';
import type { CliIo } from '../io.js';

/** ARNs the emulator and the demo use when none are given: account 111122223333, us-east-1. */
export const DEMO_ARNS = {
  trustAnchorArn:
    'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01',
  profileArn:
    'arn:aws:rolesanywhere:us-east-1:111122223333:profile/7a4d5e3b-91c2-4f0e-8d6a-2b9c3e5f1a02',
  roleArn: 'arn:aws:iam::111122223333:role/demo-deployer',
} as const;

function wholeNumber(
  value: string | undefined,
  flag: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `${flag} must be a whole number from ${min} to ${max}, got "${value}".`,
      { input: flag },
    );
  }
  return n;
}

async function readText(value: string, flag: string, io: CliIo): Promise<string> {
  const source = await readSource(value, flag, io, createStdinReader(io));
  return typeof source.content === 'string'
    ? source.content
    : Buffer.from(source.content).toString('utf8');
}

const EMULATE_OPTIONS = {
  ca: {
    type: 'string',
    value: '<file|env:NAME|->',
    description: 'Trust-anchor CA certificate(s), PEM or DER.',
  },
  generate: {
    type: 'string',
    value: '<dir>',
    description: 'Make a throw-away CA, leaf and key in this directory and trust the CA.',
  },
  'key-type': {
    type: 'string',
    value: '<type>',
    description:
      'Key type of the CA and leaf --generate makes: ec-p256 (default), ec-p384, rsa, ml-dsa-44, ml-dsa-65 or ml-dsa-87 (ML-DSA needs Node.js 24 or later).',
  },
  host: {
    type: 'string',
    value: '<address>',
    description: 'Address to listen on (default 127.0.0.1).',
  },
  port: {
    type: 'string',
    value: '<port>',
    description: 'Port to listen on (default 0: any free port).',
  },
  'tls-cert': {
    type: 'string',
    value: '<file>',
    description: 'Serve HTTPS with this certificate (PEM)...',
  },
  'tls-key': { type: 'string', value: '<file>', description: '...and this key (PEM).' },
  'trust-anchor-arn': {
    type: 'string',
    value: '<arn>',
    description: 'Require this trust anchor ARN (default: accept any valid one).',
  },
  'profile-arn': { type: 'string', value: '<arn>', description: 'Require this profile ARN.' },
  'role-arn': { type: 'string', value: '<arn>', description: 'Require this role ARN.' },
  'max-duration': {
    type: 'string',
    value: '<seconds>',
    description: "The profile's durationSeconds cap (default 43200).",
  },
  'accept-role-session-name': {
    type: 'boolean',
    description: 'Allow roleSessionName, as a profile with acceptRoleSessionName does.',
  },
  'lenient-extensions': {
    type: 'boolean',
    description:
      'Accept a leaf without basicConstraints or keyUsage (AWS documents both as required; refused by default).',
  },
  'fail-first': {
    type: 'string',
    value: '<n>',
    description: 'Fail the first n CreateSession requests...',
  },
  'fail-status': {
    type: 'string',
    value: '<status>',
    description: '...with this HTTP status (default 500)...',
  },
  'fail-type': {
    type: 'string',
    value: '<type>',
    description: '...and this error type (default InternalServerException).',
  },
  latency: {
    type: 'string',
    value: '<ms>',
    description: 'Delay every answer by this many milliseconds.',
  },
  'rate-limit': {
    type: 'string',
    value: '<n>',
    description:
      'Enforce a CreateSession quota of n requests a second (burst n), answering the excess 429 ThrottlingException as the service does.',
  },
  'trust-policy': {
    type: 'string',
    value: '<file|env:NAME|->',
    description:
      'The role\'s trust policy (JSON), or {"<role ARN>": policy, ...} for several roles: CreateSession is refused with 403 AccessDeniedException, and the log says why, when it does not let the certificate in or when a certificate value cannot become a session tag.',
  },
} as const;

type EmulateOptions = ParsedOptions<typeof EMULATE_OPTIONS>;
type EmulatorModule = typeof emulatorIndex;

/** What the flags ask for, checked before anything is read, generated or started. */
interface EmulatePlan {
  readonly options: EmulateOptions;
  readonly keyType: PkiKeyType;
  readonly tls: { readonly cert: string; readonly key: string } | undefined;
  readonly port: number;
  readonly maxDuration: number | undefined;
  readonly rateLimit: number | undefined;
  readonly faults: readonly Fault[];
  readonly arns: {
    readonly trustAnchorArn: string | undefined;
    readonly profileArn: string | undefined;
    readonly roleArn: string | undefined;
  };
}

function parseKeyType(value: string | undefined, known: readonly PkiKeyType[]): PkiKeyType {
  const keyType = known.find((type) => type === (value ?? 'ec-p256'));
  if (keyType === undefined) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `--key-type must be one of ${known.join(', ')}, got "${value ?? ''}".`,
      { input: '--key-type' },
    );
  }
  if (keyType.startsWith('ml-dsa') && !mlDsaAvailable()) {
    throw new RolesAnywhereError(
      'ERR_KEY_UNSUPPORTED',
      `--key-type ${keyType} needs Node.js 24 or later (the GitHub Action's runtime, with ` +
        `OpenSSL 3.5); this is Node.js ${process.versions.node}. Run this tool with Node.js 24.`,
      { input: '--key-type' },
    );
  }
  return keyType;
}

function parseTls(options: EmulateOptions): EmulatePlan['tls'] {
  const cert = options['tls-cert'];
  const key = options['tls-key'];
  if ((cert === undefined) !== (key === undefined)) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      '--tls-cert and --tls-key go together: give both or neither.',
      { input: cert === undefined ? '--tls-cert' : '--tls-key' },
    );
  }
  return cert === undefined || key === undefined ? undefined : { cert, key };
}

function parseFaults(options: EmulateOptions): Fault[] {
  const failFirst = wholeNumber(options['fail-first'], '--fail-first', 0, 1_000_000);
  const latency = wholeNumber(options.latency, '--latency', 0, 600_000);
  const failStatus = wholeNumber(options['fail-status'], '--fail-status', 400, 599) ?? 500;
  return [
    ...(failFirst
      ? [
          {
            kind: 'error' as const,
            status: failStatus,
            errorType: options['fail-type'] ?? 'InternalServerException',
            count: failFirst,
          },
        ]
      : []),
    ...(latency ? [{ kind: 'latency' as const, ms: latency }] : []),
  ];
}

/** The flags checked and parsed, as `planServe` does for serve: pure, so a mistake costs nothing. */
function planEmulate(options: EmulateOptions, known: readonly PkiKeyType[]): EmulatePlan {
  const keyType = parseKeyType(options['key-type'], known);
  if (options.ca === undefined && options.generate === undefined) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      'emulate needs --ca <file> (the trust anchor) or --generate <dir>.',
      { input: '--ca' },
    );
  }
  const tls = parseTls(options);
  const faults = parseFaults(options);
  const rateLimit = wholeNumber(options['rate-limit'], '--rate-limit', 1, 100_000);
  const generated = options.generate !== undefined;
  return {
    options,
    keyType,
    tls,
    faults,
    rateLimit,
    maxDuration: wholeNumber(options['max-duration'], '--max-duration', 900, 43_200),
    port: wholeNumber(options.port, '--port', 0, 65_535) ?? 0,
    arns: {
      trustAnchorArn:
        options['trust-anchor-arn'] ?? (generated ? DEMO_ARNS.trustAnchorArn : undefined),
      profileArn: options['profile-arn'] ?? (generated ? DEMO_ARNS.profileArn : undefined),
      roleArn: options['role-arn'] ?? (generated ? DEMO_ARNS.roleArn : undefined),
    },
  };
}

interface GeneratedFiles {
  readonly dir: string;
  readonly files: {
    readonly certificate: string;
    readonly 'private-key': string;
    readonly ca: string;
  };
}

interface PreparedPki {
  readonly trustAnchors: string[];
  readonly generated: GeneratedFiles | undefined;
}

/** The trust anchors: those given with --ca, and a throw-away CA (and leaf) with --generate. */
async function preparePki(
  plan: EmulatePlan,
  io: CliIo,
  emulator: Pick<EmulatorModule, 'createCertificateAuthority' | 'issueCertificate'>,
): Promise<PreparedPki> {
  const { options, keyType } = plan;
  const trustAnchors: string[] = [];
  if (options.ca !== undefined) trustAnchors.push(await readText(options.ca, '--ca', io));
  if (options.generate === undefined) return { trustAnchors, generated: undefined };
  const dir = options.generate;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const ca = await emulator.createCertificateAuthority({
    subject: 'CN=rolesanywhere-credentials emulator CA',
    keyType,
  });
  const leaf = await emulator.issueCertificate(ca, { subject: 'CN=emulator-client', keyType });
  const paths = {
    ca: join(dir, 'ca.pem'),
    certificate: join(dir, 'certificate.pem'),
    privateKey: join(dir, 'private-key.pem'),
  };
  writeNamedPrivateFile('--generate', paths.ca, ca.certificatePem);
  writeNamedPrivateFile('--generate', paths.certificate, leaf.certificatePem);
  writeNamedPrivateFile('--generate', paths.privateKey, leaf.privateKeyPem);
  trustAnchors.push(ca.certificatePem);
  return {
    trustAnchors,
    generated: {
      dir,
      files: { certificate: paths.certificate, 'private-key': paths.privateKey, ca: paths.ca },
    },
  };
}

async function emulatorOptions(
  plan: EmulatePlan,
  pki: PreparedPki,
  io: CliIo,
): Promise<EmulatorOptions> {
  const { options, arns, tls } = plan;
  return {
    trustAnchors: pki.trustAnchors,
    host: options.host ?? '127.0.0.1',
    port: plan.port,
    ...(tls === undefined
      ? {}
      : {
          tls: {
            cert: await readText(tls.cert, '--tls-cert', io),
            key: await readText(tls.key, '--tls-key', io),
          },
        }),
    ...(arns.trustAnchorArn ? { trustAnchorArn: arns.trustAnchorArn } : {}),
    ...(arns.profileArn ? { profileArn: arns.profileArn } : {}),
    ...(arns.roleArn ? { roleArn: arns.roleArn } : {}),
    ...(plan.maxDuration === undefined ? {} : { maxDurationSeconds: plan.maxDuration }),
    acceptRoleSessionName: options['accept-role-session-name'],
    lenientExtensions: options['lenient-extensions'],
    ...(plan.rateLimit === undefined ? {} : { rateLimit: plan.rateLimit }),
    ...(options['trust-policy'] === undefined
      ? {}
      : { trustPolicy: await readText(options['trust-policy'], '--trust-policy', io) }),
    faults: plan.faults,
    log: (line) => {
      io.stderr(line);
    },
  };
}

/** DIR/emulator.env, written once the emulator listens, so its endpoint line is the real one. */
function writeEnvFile(generated: GeneratedFiles, arns: EmulatePlan['arns'], url: string): void {
  const lines = {
    endpoint: url,
    'trust-anchor-arn': arns.trustAnchorArn ?? '',
    'profile-arn': arns.profileArn ?? '',
    'role-arn': arns.roleArn ?? '',
    ...generated.files,
  };
  writeNamedPrivateFile(
    '--generate',
    join(generated.dir, 'emulator.env'),
    Object.entries(lines)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  );
}

export const emulateCommand = defineCommand({
  name: 'emulate',
  summary: 'Run a strict local Roles Anywhere endpoint (and STS GetCallerIdentity) for tests.',
  description: [
    "Judges each CreateSession request as the service does: it rebuilds the canonical request, verifies the signature with the leaf certificate, validates the chain to its trust anchors and checks the body, then answers with fresh credentials or the service's error. It also answers STS GetCallerIdentity for the credentials it issued, so `aws sts get-caller-identity --endpoint-url <url>` proves them, and STS AssumeRole with them (role chaining: any role, at most one hour).",
    'With --generate DIR it makes a throw-away CA and a leaf certificate and key in DIR (0600), trusts that CA, and writes DIR/emulator.env (endpoint, ARNs and file paths, one key=value a line) once it listens.',
    "With --trust-policy it also judges the role's trust policy against the certificate's session tags and trust anchor, with the same evaluator as `doctor --trust-policy`, and refuses what it cannot judge.",
    'Runs until SIGINT or SIGTERM. One verdict line per request goes to stderr; never a secret. On stopping it prints the CreateSession counts: accepted, rejected and, of those, throttled.',
  ],
  options: EMULATE_OPTIONS,
  examples: [
    'rolesanywhere-credentials emulate --generate ./emulator',
    'rolesanywhere-credentials emulate --generate ./emulator-pq --key-type ml-dsa-65',
    'rolesanywhere-credentials emulate --ca root.pem --port 8080 --fail-first 2 --fail-status 429 --fail-type ThrottlingException',
    'rolesanywhere-credentials emulate --generate ./emulator --rate-limit 10',
  ],
  run: async (options, io) => {
    const emulatorModule = await import('../../emulator/index.js');
    const plan = planEmulate(options, emulatorModule.PKI_KEY_TYPES);
    const pki = await preparePki(plan, io, emulatorModule);
    const emulator = await emulatorModule.startEmulator(await emulatorOptions(plan, pki, io));
    io.stdout(`${emulator.url}\n`);
    if (pki.generated !== undefined) writeEnvFile(pki.generated, plan.arns, emulator.url);
    io.stderr(
      `rolesanywhere-credentials: emulator listening on ${emulator.url}; stop it with Ctrl-C.`,
    );
    while ((await io.sleepUntilStopped(86_400_000)) !== 'stopped') {
      // Keep serving until a signal arrives.
    }
    await emulator.close();
    const { accepted, rejected, throttled } = emulator.stats().createSession;
    io.stderr(
      `rolesanywhere-credentials: emulator stopped; CreateSession accepted=${accepted} rejected=${rejected} throttled=${throttled}.`,
    );
    return 0;
  },
});
