import { readFileSync } from 'node:fs';
import { insecureEndpointWarning } from '../../core/endpoint.js';
import { parseRetryTimeout } from '../../core/retryPolicy.js';
import {
  explicitOrSdkEndpoint,
  sdkFlag,
  sdkMaxAttempts,
  type ExplicitEndpoint,
} from '../../core/sdkEnvironment.js';
import type { RawChainInputs } from '../../core/chain/chainSettings.js';
import { RolesAnywhereError } from '../../core/errors.js';
import type { MaterialSources } from '../../core/material/index.js';
import { keyLines } from '../../core/material/secretFragments.js';
import { CLI_NAMES } from '../names.js';
import {
  resolveSessionSettings,
  type RawSessionInputs,
  type SessionSettings,
} from '../../core/settings.js';
import type { ParsedOptions } from '../command.js';
import type { CliIo } from '../io.js';
import type { MATERIAL_OPTIONS, SESSION_OPTIONS } from './credentialOptions.js';
import { createStdinReader, readSource, type SourceValue } from './readSource.js';
import { tokenKeyFlag } from './tokenFlags.js';
import type { TokenKey } from '../../pkcs11/tokenKey.js';

export type MaterialFlags = ParsedOptions<typeof MATERIAL_OPTIONS>;
export type SessionFlags = ParsedOptions<typeof SESSION_OPTIONS>;

/** What the material flags held, before any parsing: the material module detects the form. */
export interface MaterialInputs {
  readonly sources: MaterialSources;
  /** The PKCS#11 token when the key is on one; open until the process ends. */
  readonly token?: TokenKey;
  readonly certificate: SourceValue;
  readonly privateKey: SourceValue | undefined;
  readonly intermediates: SourceValue | undefined;
}

/** Every line of a key's body, so the error printer can scrub a key that leaked into a message. */
export function rememberKeyLines(content: string | Uint8Array, io: CliIo): void {
  for (const line of keyLines(content)) io.secrets.add(line);
}

export function readPassphrase(value: string | undefined, io: CliIo): string | undefined {
  if (value === undefined) return undefined;
  let passphrase = value;
  if (value.startsWith('env:')) {
    const name = value.slice(4);
    const fromEnv = io.env[name];
    if (fromEnv === undefined) {
      throw new RolesAnywhereError(
        'ERR_INPUT_MISSING',
        `--pkcs8-password env:${name}: the environment variable ${name} is not set.`,
        { input: '--pkcs8-password' },
      );
    }
    passphrase = fromEnv;
  } else {
    io.stderr(
      'rolesanywhere-credentials: warning: --pkcs8-password with a literal password is visible to other processes (ps, /proc); use --pkcs8-password env:NAME.',
    );
  }
  if (passphrase !== '') io.secrets.add(passphrase);
  return passphrase;
}

export async function readMaterialInputs(flags: MaterialFlags, io: CliIo): Promise<MaterialInputs> {
  if (flags.certificate === undefined) {
    throw new RolesAnywhereError(
      'ERR_INPUT_MISSING',
      '--certificate is required: a file path, env:NAME or - (stdin) with the certificate or a PKCS#12 bundle.',
      { input: '--certificate' },
    );
  }
  if (tokenKeyFlag(flags) !== undefined) {
    return readTokenMaterialInputs(flags, flags.certificate, io);
  }
  const stdin = createStdinReader(io);
  const certificate = await readSource(flags.certificate, '--certificate', io, stdin);
  const privateKey =
    flags['private-key'] === undefined
      ? undefined
      : await readSource(flags['private-key'], '--private-key', io, stdin);
  if (privateKey !== undefined) rememberKeyLines(privateKey.content, io);
  const intermediates =
    flags.intermediates === undefined
      ? undefined
      : await readSource(flags.intermediates, '--intermediates', io, stdin);
  const passphrase = readPassphrase(flags['pkcs8-password'], io);
  return {
    certificate,
    privateKey,
    intermediates,
    sources: {
      certificate: certificate.content,
      ...(privateKey === undefined ? {} : { privateKey: privateKey.content }),
      ...(intermediates === undefined ? {} : { intermediates: intermediates.content }),
      ...(passphrase === undefined ? {} : { passphrase }),
    },
  };
}

/** The key stays on the token; the certificate comes from the token or from a file. */
async function readTokenMaterialInputs(
  flags: MaterialFlags,
  certificateFlag: string,
  io: CliIo,
): Promise<MaterialInputs> {
  // The token code loads only for a pkcs11: key.
  const { openToken } = await import('./tokenInputs.js');
  const token = await openToken(flags, io);
  const stdin = createStdinReader(io);
  const certificate: SourceValue =
    token.certificateDer === undefined
      ? await readSource(certificateFlag, '--certificate', io, stdin)
      : { content: token.certificateDer, origin: 'file', where: 'the PKCS#11 token' };
  const intermediates =
    flags.intermediates === undefined
      ? undefined
      : await readSource(flags.intermediates, '--intermediates', io, stdin);
  return {
    token,
    certificate,
    privateKey: undefined,
    intermediates,
    sources: {
      certificate: certificate.content,
      externalKey: token.key,
      ...(intermediates === undefined ? {} : { intermediates: intermediates.content }),
    },
  };
}

/** The explicit endpoint the SDKs would use: the flag, then the service variable, then the global one. */
export function explicitEndpoint(
  flags: Pick<SessionFlags, 'endpoint'>,
  env: CliIo['env'],
): ExplicitEndpoint | undefined {
  const flag =
    flags.endpoint === undefined ? undefined : { url: flags.endpoint, source: '--endpoint' };
  return explicitOrSdkEndpoint(flag, env, 'ROLESANYWHERE');
}

/** Flags and environment as the settings resolver takes them, material aside. */
export function sessionInputsFrom(
  flags: SessionFlags,
  env: CliIo['env'],
): Omit<RawSessionInputs, 'material'> {
  return {
    trustAnchorArn: flags['trust-anchor-arn'],
    profileArn: flags['profile-arn'],
    roleArn: flags['role-arn'],
    region: flags.region,
    endpoint: explicitEndpoint(flags, env),
    useFipsEndpoint: sdkFlag(env, 'AWS_USE_FIPS_ENDPOINT'),
    useDualStackEndpoint: sdkFlag(env, 'AWS_USE_DUALSTACK_ENDPOINT'),
    allowInsecureEndpoint: flags['allow-insecure-endpoint'],
    durationSeconds: flags['session-duration'],
    roleSessionName: flags['role-session-name'],
    retry: retryFromEnvironment(env),
    chain: chainInputsFrom(flags, env),
    allowedAccountIds: flags['allowed-account-ids'],
  };
}

/** The STS endpoint the SDKs would use: the flag, then the service variable, then the global one. */
function stsEndpoint(
  flags: Pick<SessionFlags, 'sts-endpoint'>,
  env: CliIo['env'],
): ExplicitEndpoint | undefined {
  const flag = flags['sts-endpoint'];
  return explicitOrSdkEndpoint(
    flag === undefined ? undefined : { url: flag, source: '--sts-endpoint' },
    env,
    'STS',
  );
}

/** Policies are bounded by STS at 2048 characters; a file far past that is a mistake. */
const MAX_POLICY_FILE_BYTES = 64 * 1024;

/** `file://path` as the AWS CLI takes it, else the JSON itself. */
function policyText(value: string | undefined): string | undefined {
  if (value === undefined || !value.startsWith('file://')) return value;
  const path = value.slice('file://'.length);
  let text: Buffer;
  try {
    text = readFileSync(path);
  } catch (cause) {
    throw new RolesAnywhereError(
      'ERR_FILE',
      `--chain-policy ${value}: cannot read the file (${(cause as NodeJS.ErrnoException).code ?? 'error'}).`,
      { input: '--chain-policy', cause },
    );
  }
  if (text.length > MAX_POLICY_FILE_BYTES) {
    throw new RolesAnywhereError(
      'ERR_POLICY_INVALID',
      `--chain-policy ${value} is ${text.length} bytes; a session policy is at most 2048 characters.`,
      { input: '--chain-policy' },
    );
  }
  return text.toString('utf8');
}

function chainInputsFrom(flags: SessionFlags, env: CliIo['env']): RawChainInputs {
  return {
    roleArn: flags['chain-role-arn'] ?? '',
    roleSessionName: flags['chain-role-session-name'],
    externalId: flags['chain-external-id'],
    durationSeconds: flags['chain-duration'],
    policy: policyText(flags['chain-policy']),
    policyArns: flags['chain-policy-arns'],
    tags: flags['chain-tags'],
    transitiveTagKeys: flags['chain-transitive-tag-keys'],
    endpoint: stsEndpoint(flags, env),
  };
}

/**
 * AWS_MAX_ATTEMPTS, as the SDKs read it, bounds the attempts at CreateSession;
 * RAC_RETRY_TIMEOUT_SECONDS bounds the time they may take in all.
 */
function retryFromEnvironment(env: CliIo['env']): RawSessionInputs['retry'] {
  const maxAttempts = sdkMaxAttempts(env);
  const deadlineMs = parseRetryTimeout(
    env['RAC_RETRY_TIMEOUT_SECONDS'],
    'RAC_RETRY_TIMEOUT_SECONDS',
  );
  return {
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
    ...(deadlineMs === undefined ? {} : { deadlineMs }),
  };
}

/** argv and environment → checked settings; ARNs are checked before any material is read. */
export async function resolveCliSession(
  flags: SessionFlags,
  io: CliIo,
): Promise<{ settings: SessionSettings; material: MaterialInputs }> {
  const raw = sessionInputsFrom(flags, io.env);
  // Every ARN and number is checked before any file or stdin is read.
  const settings = resolveSessionSettings({ ...raw, material: { certificate: '' } }, CLI_NAMES);
  if (settings.insecureEndpoint)
    io.stderr(
      `rolesanywhere-credentials: warning: ${insecureEndpointWarning(settings.endpoint, '--allow-insecure-endpoint')}`,
    );
  const material = await readMaterialInputs(flags, io);
  return { settings: { ...settings, material: material.sources }, material };
}
