import type { SessionCredentials } from '../core/createSession/response.js';
import { RolesAnywhereError, type ErrorCode, type ErrorDetails } from '../core/errors.js';
import { LIB_CHAIN_NAMES, type RawChainInputs } from '../core/chain/chainSettings.js';
import { loadMaterial } from '../core/material/index.js';
import { parseRetryTimeout, type RetryPolicy } from '../core/retryPolicy.js';
import { insecureEndpointWarning } from '../core/endpoint.js';
import { sdkEndpoint, sdkFlag, sdkMaxAttempts, type Environment } from '../core/sdkEnvironment.js';
import { resolveSessionSettings, type SettingNames } from '../core/settings.js';
import { signCreateSession as signWithIdentity } from '../core/sigv4/index.js';
import { createEnvironmentSender, realSleep } from '../http/index.js';
import { obtainCredentials, sessionRequestBody, signingIdentity } from '../session.js';

export { RolesAnywhereError, type ErrorCode, type ErrorDetails };

const LIB_NAMES: SettingNames = {
  certificate: 'certificate',
  privateKey: 'privateKey',
  passphrase: 'passphrase',
  intermediates: 'intermediates',
  trustAnchorArn: 'trustAnchorArn',
  profileArn: 'profileArn',
  roleArn: 'roleArn',
  region: 'region',
  endpoint: 'endpoint',
  durationSeconds: 'durationSeconds',
  roleSessionName: 'roleSessionName',
  chain: LIB_CHAIN_NAMES,
  allowedAccountIds: 'allowedAccountIds',
  allowInsecureEndpoint: 'allowInsecureEndpoint',
};

/** A second hop after CreateSession: STS AssumeRole with the Roles Anywhere credentials. */
export interface ChainOptions {
  readonly roleArn: string;
  /** Default: the Roles Anywhere session's name. */
  readonly roleSessionName?: string;
  readonly externalId?: string;
  /** 900 to 3600 (STS caps chained sessions at 1 hour); default 3600. */
  readonly durationSeconds?: number;
  /** An inline session policy: JSON text or the document itself. */
  readonly policy?: string | object;
  readonly policyArns?: readonly string[];
  readonly tags?: Readonly<Record<string, string>>;
  readonly transitiveTagKeys?: readonly string[];
  /** An STS endpoint URL instead of the regional one. */
  readonly endpoint?: string;
}

function rawChain(chain: ChainOptions | undefined, env: Environment): RawChainInputs | undefined {
  if (chain === undefined) return undefined;
  return {
    roleArn: chain.roleArn,
    roleSessionName: chain.roleSessionName,
    externalId: chain.externalId,
    durationSeconds: chain.durationSeconds,
    policy:
      chain.policy === undefined || typeof chain.policy === 'string'
        ? chain.policy
        : JSON.stringify(chain.policy),
    policyArns: chain.policyArns,
    tags:
      chain.tags === undefined
        ? undefined
        : Object.entries(chain.tags).map(([key, value]) => ({ key, value })),
    transitiveTagKeys: chain.transitiveTagKeys,
    endpoint:
      chain.endpoint === undefined
        ? sdkEndpoint(env, 'STS')
        : { url: chain.endpoint, source: 'chain.endpoint' },
  };
}

export interface RolesAnywhereOptions {
  /** PEM (leaf, then any intermediates), DER, base64 of either, or a PKCS#12 bundle. */
  readonly certificate: string | Uint8Array;
  /** PKCS#1, SEC1, PKCS#8 or encrypted PKCS#8, as PEM, DER or base64; omit for PKCS#12. */
  readonly privateKey?: string | Uint8Array;
  readonly passphrase?: string;
  readonly intermediates?: string | Uint8Array | undefined;
  readonly trustAnchorArn: string;
  readonly profileArn: string;
  readonly roleArn: string;
  /** 900 to 43200; default 3600. */
  readonly durationSeconds?: number;
  readonly roleSessionName?: string;
  /** Defaults to the trust anchor's region. */
  readonly region?: string;
  /** A full URL (VPC endpoint, emulator) instead of the public endpoint. */
  readonly endpoint?: string;
  readonly useFipsEndpoint?: boolean;
  readonly useDualstackEndpoint?: boolean;
  /** Assume a second role with the Roles Anywhere credentials and return its credentials. */
  readonly chain?: ChainOptions;
  /** Refuse credentials (either hop) for any account not listed. */
  readonly allowedAccountIds?: readonly string[];
  /**
   * Lets `endpoint` be plain HTTP to a host other than this machine (a test network). Without it
   * only loopback may be plain HTTP; with it a warning is emitted (process.emitWarning).
   */
  readonly allowInsecureEndpoint?: boolean;
}

export interface SignCreateSessionOptions extends RolesAnywhereOptions {
  /** The signing time; default now. */
  readonly now?: Date;
}

export interface SignedCreateSession {
  readonly method: 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Options win; what they leave out comes from the SDK variables in `env`, as an SDK client's own
 * settings would (none for signCreateSession, which reads no environment).
 */
function settingsFrom(
  options: RolesAnywhereOptions,
  env: Environment = {},
  retry?: Partial<RetryPolicy>,
) {
  return resolveSessionSettings(
    {
      material: {
        certificate: options.certificate,
        ...(options.privateKey === undefined ? {} : { privateKey: options.privateKey }),
        ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
        ...(options.intermediates === undefined ? {} : { intermediates: options.intermediates }),
      },
      trustAnchorArn: options.trustAnchorArn,
      profileArn: options.profileArn,
      roleArn: options.roleArn,
      region: options.region,
      endpoint:
        options.endpoint === undefined
          ? sdkEndpoint(env, 'ROLESANYWHERE')
          : { url: options.endpoint, source: 'endpoint' },
      useFipsEndpoint: options.useFipsEndpoint ?? sdkFlag(env, 'AWS_USE_FIPS_ENDPOINT'),
      useDualStackEndpoint:
        options.useDualstackEndpoint ?? sdkFlag(env, 'AWS_USE_DUALSTACK_ENDPOINT'),
      allowInsecureEndpoint: options.allowInsecureEndpoint,
      durationSeconds: options.durationSeconds,
      roleSessionName: options.roleSessionName,
      retry,
      chain: rawChain(options.chain, env),
      allowedAccountIds: options.allowedAccountIds,
    },
    LIB_NAMES,
  );
}

/** The signed CreateSession request, not sent: for callers with their own HTTP stack. */
export async function signCreateSession(
  options: SignCreateSessionOptions,
): Promise<SignedCreateSession> {
  const now = options.now ?? new Date();
  const settings = settingsFrom(options);
  const material = await loadMaterial(settings.material, { now, names: LIB_NAMES });
  const body = sessionRequestBody(settings);
  const signed = signWithIdentity(
    signingIdentity(material),
    { endpoint: settings.endpoint, region: settings.region, body },
    now,
  );
  return { method: signed.method, url: signed.url, headers: signed.headers, body: signed.body };
}

/** The AWS SDK for JavaScript v3 credential identity shape. */
export interface AwsCredentialIdentity {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
  readonly accountId?: string;
}

export interface FromRolesAnywhereOptions extends RolesAnywhereOptions {
  /** Refresh this long before expiry; default 300 s. */
  readonly refreshMarginSeconds?: number;
  readonly maxAttempts?: number;
  /** The most one refresh may take, retries included: 20 to 3600 s; default 90. */
  readonly retryTimeoutSeconds?: number;
  /**
   * The SDK variables, read as the AWS SDKs read them: proxies, CA bundles, and what the options
   * leave out of AWS_ENDPOINT_URL_ROLESANYWHERE / AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_STS,
   * AWS_USE_FIPS_ENDPOINT, AWS_USE_DUALSTACK_ENDPOINT and AWS_MAX_ATTEMPTS. Default process.env.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * The time the refresh decision is made by; default the system clock. Requests are still
   * signed with the system clock, which is what the service checks them against.
   */
  readonly clock?: () => Date;
}

export type AwsCredentialIdentityProvider = () => Promise<AwsCredentialIdentity>;

function toIdentity(c: SessionCredentials): AwsCredentialIdentity {
  return {
    accessKeyId: c.accessKeyId,
    secretAccessKey: c.secretAccessKey,
    sessionToken: c.sessionToken,
    expiration: c.expiration,
    ...(c.accountId === undefined ? {} : { accountId: c.accountId }),
  };
}

/**
 * A credential provider for AWS SDK for JavaScript v3 clients: memoised, one call in flight at a
 * time, refreshed ahead of expiry. `new S3Client({ credentials: fromRolesAnywhere({...}) })`.
 */
export function fromRolesAnywhere(
  options: FromRolesAnywhereOptions,
): AwsCredentialIdentityProvider {
  const deadlineMs =
    options.retryTimeoutSeconds === undefined
      ? undefined
      : parseRetryTimeout(String(options.retryTimeoutSeconds), 'retryTimeoutSeconds');
  const env = options.env ?? process.env;
  const maxAttempts = options.maxAttempts ?? sdkMaxAttempts(env);
  const settings = settingsFrom(options, env, {
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
    ...(deadlineMs === undefined ? {} : { deadlineMs }),
  });
  if (settings.insecureEndpoint)
    process.emitWarning(insecureEndpointWarning(settings.endpoint, 'allowInsecureEndpoint'), {
      code: 'ROLESANYWHERE_INSECURE_ENDPOINT',
    });
  const marginMs = (options.refreshMarginSeconds ?? 300) * 1000;
  let current: AwsCredentialIdentity | undefined;
  let inFlight: Promise<AwsCredentialIdentity> | undefined;
  const refresh = async (): Promise<AwsCredentialIdentity> => {
    const send = createEnvironmentSender({
      attemptTimeoutMs: settings.retry.attemptTimeoutMs,
      env,
    });
    const { credentials } = await obtainCredentials(settings, {
      send,
      now: () => new Date(),
      sleep: realSleep,
    });
    current = toIdentity(credentials);
    return current;
  };
  const clock = options.clock ?? (() => new Date());
  return () => {
    if (current !== undefined && current.expiration.getTime() - marginMs > clock().getTime())
      return Promise.resolve(current);
    inFlight ??= refresh().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
