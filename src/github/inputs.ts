import type { RawChainInputs } from '../core/chain/chainSettings.js';
import { isPkcs11Uri } from '../core/pkcs11/uri.js';
import { RolesAnywhereError } from '../core/errors.js';
import type { MaterialSources } from '../core/material/index.js';
import { keyLines } from '../core/material/secretFragments.js';
import { parseMaxAttempts, parseRetryTimeout, type RetryPolicy } from '../core/retryPolicy.js';
import { explicitOrSdkEndpoint, sdkFlag } from '../core/sdkEnvironment.js';
import {
  resolveSessionSettings,
  type RawSessionInputs,
  type SessionSettings,
} from '../core/settings.js';
import { isProfileName } from '../files/credentialsProfile.js';
import { ACTION_NAMES } from './names.js';
import { validateRegion } from '../core/region.js';

/** Everything the Action does, decided once from its inputs; nothing downstream reads inputs. */
export interface ActionSettings {
  readonly session: SessionSettings;
  /** AWS_REGION for later steps; may differ from the signing region. */
  readonly exportRegion: string;
  readonly outputCredentials: boolean;
  readonly outputEnvCredentials: boolean;
  readonly awsProfile: string | undefined;
  readonly unsetCurrentCredentials: boolean;
  readonly maskAccountId: boolean;
  readonly postCleanup: boolean;
  /** env: credentials exported as variables; server: a local credential server, refreshing. */
  readonly credentialMode: CredentialMode;
  /** Secret text that did not come verbatim from a secret (key files, passphrase): mask first. */
  readonly preMask: readonly string[];
  /** The key is on a PKCS#11 token (self-hosted runners): its URIs, opened by the main step. */
  readonly token?: ActionToken;
}

export interface ActionToken {
  readonly keyUri: string;
  readonly keyInput: 'private-key' | 'certificate';
  /** Set when the certificate is on the token too. */
  readonly certificateUri: string | undefined;
}

export type CredentialMode = 'env' | 'server';

export interface InputSource {
  /** The raw input, '' when not given (as `core.getInput` returns it). */
  readonly get: (name: string) => string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads a file the user named in a material input; undefined when there is no such file. */
  readonly readFile: (path: string) => Buffer | undefined;
}

const PATH_LIKE = /^(?:\.{0,2}\/|[A-Za-z]:\\|~\/)|\.(?:pem|crt|cer|der|key|p12|pfx|p8)$/i;

/** A workflow author's yes/on/1 reads as true too; without a fallback, undefined when not given. */
function booleanInput(source: InputSource, name: string, fallback: boolean): boolean;
function booleanInput(source: InputSource, name: string): boolean | undefined;
function booleanInput(source: InputSource, name: string, fallback?: boolean): boolean | undefined {
  const value = source.get(name).trim();
  if (value === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new RolesAnywhereError(
    'ERR_INPUT_INVALID',
    `${name} must be true or false, got "${value}".`,
    { input: name },
  );
}

function credentialModeInput(source: InputSource): CredentialMode {
  const value = source.get('credential-mode').trim().toLowerCase();
  if (value === '' || value === 'env') return 'env';
  if (value === 'server') return 'server';
  throw new RolesAnywhereError(
    'ERR_INPUT_INVALID',
    `credential-mode must be env or server, got "${value}".`,
    { input: 'credential-mode' },
  );
}

interface MaterialValue {
  readonly value: string | Buffer | undefined;
  readonly fromFile: boolean;
}

/** A material input is either the material itself or the path of a file that holds it. */
function materialInput(source: InputSource, name: string): MaterialValue {
  const raw = source.get(name);
  const value = raw.trim();
  if (value === '') return { value: undefined, fromFile: false };
  if (!value.includes('\n') && value.length < 4096 && !value.startsWith('-----')) {
    const bytes = source.readFile(value);
    if (bytes !== undefined) return { value: bytes, fromFile: true };
    if (PATH_LIKE.test(value)) {
      throw new RolesAnywhereError(
        'ERR_FILE',
        `${name} looks like a file path, but there is no readable file at "${value}": give the file's path relative to the workspace, or the material itself.`,
        { input: name },
      );
    }
  }
  return { value: raw, fromFile: false };
}

/**
 * The second hop, under configure-aws-credentials' input names where they mean the same; its
 * `role-chaining: true` is implied by role-to-assume here, and refused without it.
 */
function chainInputs(source: InputSource): RawChainInputs {
  const roleArn = source.get('role-to-assume').trim();
  if (booleanInput(source, 'role-chaining', false) && roleArn === '') {
    throw new RolesAnywhereError(
      'ERR_INPUT_MISSING',
      'role-chaining is true but role-to-assume is empty: give the role to assume with the Roles Anywhere credentials.',
      { input: 'role-to-assume' },
    );
  }
  return {
    roleArn,
    roleSessionName: source.get('role-chaining-session-name'),
    externalId: source.get('role-external-id').trim(),
    durationSeconds: source.get('role-duration-seconds'),
    policy: source.get('inline-session-policy'),
    policyArns: source.get('managed-session-policies'),
    tags: source.get('session-tags'),
    transitiveTagKeys: source.get('transitive-tag-keys'),
    endpoint: explicitOrSdkEndpoint(
      { url: source.get('sts-endpoint').trim(), source: 'sts-endpoint' },
      source.env,
      'STS',
    ),
  };
}

/** A pkcs11: private-key (or certificate without one) puts the key on a token. */
function tokenInputs(source: InputSource): ActionToken | undefined {
  const key = source.get('private-key').trim();
  const certificate = source.get('certificate').trim();
  const certificateUri = isPkcs11Uri(certificate) ? certificate : undefined;
  if (key !== '') {
    return isPkcs11Uri(key) ? { keyUri: key, keyInput: 'private-key', certificateUri } : undefined;
  }
  return certificateUri === undefined
    ? undefined
    : { keyUri: certificateUri, keyInput: 'certificate', certificateUri };
}

export function parseActionInputs(source: InputSource): ActionSettings {
  const token = tokenInputs(source);
  if (token !== undefined) return parseTokenActionInputs(source, token);
  return parseFileActionInputs(source);
}

/** The key stays on the token; a file or inline certificate is read as usual. */
function parseTokenActionInputs(source: InputSource, token: ActionToken): ActionSettings {
  const withoutToken: InputSource = {
    ...source,
    get: (name) =>
      name === 'private-key' || (name === 'certificate' && token.certificateUri !== undefined)
        ? ''
        : source.get(name),
  };
  const settings = parseFileActionInputs(withoutToken, token.certificateUri !== undefined);
  if (settings.credentialMode === 'server') {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      'credential-mode: server cannot use a key on a PKCS#11 token (the login stays with the ' +
        'main step); use credential-mode: env.',
      { input: 'credential-mode' },
    );
  }
  return { ...settings, token };
}

/** The material inputs, and what of them must be masked before anything can print it. */
function materialInputs(
  source: InputSource,
  certificateOnToken: boolean,
): { material: MaterialSources; preMask: string[] } {
  const certificate = certificateOnToken
    ? { value: '', fromFile: false }
    : materialInput(source, 'certificate');
  if (certificate.value === undefined) {
    throw new RolesAnywhereError(
      'ERR_INPUT_MISSING',
      'certificate is required: give the PEM certificate (or base64, or a file path), usually from a secret.',
      { input: 'certificate' },
    );
  }
  const privateKey = materialInput(source, 'private-key');
  const chain = materialInput(source, 'certificate-chain');
  const passphrase = source.get('private-key-passphrase');
  const preMask: string[] = [];
  if (passphrase !== '') preMask.push(passphrase);
  if (privateKey.fromFile && privateKey.value !== undefined)
    preMask.push(...keyLines(privateKey.value));
  return {
    material: {
      certificate: certificate.value,
      ...(privateKey.value === undefined ? {} : { privateKey: privateKey.value }),
      ...(passphrase === '' ? {} : { passphrase }),
      ...(chain.value === undefined ? {} : { intermediates: chain.value }),
    },
    preMask,
  };
}

/** The endpoint input, else the SDK variables; the FIPS input, else AWS_USE_FIPS_ENDPOINT. */
function endpointInputs(
  source: InputSource,
): Pick<
  RawSessionInputs,
  'endpoint' | 'useFipsEndpoint' | 'useDualStackEndpoint' | 'allowInsecureEndpoint'
> {
  return {
    endpoint: explicitOrSdkEndpoint(
      { url: source.get('endpoint').trim(), source: 'endpoint' },
      source.env,
      'ROLESANYWHERE',
    ),
    useFipsEndpoint:
      booleanInput(source, 'use-fips-endpoint') ?? sdkFlag(source.env, 'AWS_USE_FIPS_ENDPOINT'),
    useDualStackEndpoint: sdkFlag(source.env, 'AWS_USE_DUALSTACK_ENDPOINT'),
    allowInsecureEndpoint: booleanInput(source, 'allow-insecure-endpoint', false),
  };
}

function retryInputs(source: InputSource): Partial<RetryPolicy> {
  const maxAttempts = parseMaxAttempts(source.get('retry-max-attempts'), 'retry-max-attempts');
  const deadlineMs = parseRetryTimeout(
    source.get('retry-timeout-seconds'),
    'retry-timeout-seconds',
  );
  return {
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
    ...(deadlineMs === undefined ? {} : { deadlineMs }),
  };
}

interface ModeInputs {
  readonly credentialMode: CredentialMode;
  readonly outputCredentials: boolean;
  readonly awsProfile: string | undefined;
}

/** credential-mode and the outputs it rules out: a refreshing server has no fixed keys to hand out. */
function modeInputs(source: InputSource): ModeInputs {
  const awsProfile = source.get('aws-profile').trim();
  if (awsProfile !== '' && !isProfileName(awsProfile)) {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `aws-profile must be a profile name of letters, digits and ._@+- (got "${awsProfile}").`,
      { input: 'aws-profile' },
    );
  }
  const credentialMode = credentialModeInput(source);
  const outputCredentials = booleanInput(source, 'output-credentials', false);
  if (credentialMode === 'server' && outputCredentials) {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      'output-credentials cannot be true with credential-mode: server: the server refreshes its credentials, step outputs would go stale. Use credential-mode: env for outputs.',
      { input: 'output-credentials' },
    );
  }
  if (credentialMode === 'server' && awsProfile !== '') {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      'aws-profile cannot be used with credential-mode: server: tools find the server through AWS_CONTAINER_CREDENTIALS_FULL_URI, not a profile.',
      { input: 'aws-profile' },
    );
  }
  return {
    credentialMode,
    outputCredentials,
    awsProfile: awsProfile === '' ? undefined : awsProfile,
  };
}

function parseFileActionInputs(source: InputSource, certificateOnToken = false): ActionSettings {
  const { material, preMask } = materialInputs(source, certificateOnToken);
  const session = resolveSessionSettings(
    {
      material,
      trustAnchorArn: source.get('trust-anchor-arn'),
      profileArn: source.get('profile-arn'),
      roleArn: source.get('role-arn'),
      ...endpointInputs(source),
      durationSeconds: source.get('session-duration'),
      roleSessionName: source.get('role-session-name'),
      retry: retryInputs(source),
      chain: chainInputs(source),
      allowedAccountIds: source.get('allowed-account-ids'),
    },
    ACTION_NAMES,
  );
  const regionInput = source.get('aws-region').trim();
  const { credentialMode, outputCredentials, awsProfile } = modeInputs(source);
  return {
    session,
    exportRegion: regionInput === '' ? session.region : validateRegion(regionInput, 'aws-region'),
    outputCredentials,
    outputEnvCredentials: booleanInput(source, 'output-env-credentials', true),
    awsProfile,
    // Keys a previous step exported would come first in every SDK's chain and hide the server.
    unsetCurrentCredentials:
      credentialMode === 'server' || booleanInput(source, 'unset-current-credentials', false),
    maskAccountId: booleanInput(source, 'mask-aws-account-id', false),
    postCleanup: booleanInput(source, 'post-cleanup', true),
    credentialMode,
    preMask,
  };
}
