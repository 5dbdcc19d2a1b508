import { RolesAnywhereError } from './errors.js';
import { parseMaxAttempts } from './retryPolicy.js';

/**
 * The environment variables the AWS SDKs read, read here once for every front end, so the Action,
 * the CLI and the library agree on what `AWS_USE_FIPS_ENDPOINT=True` or an empty
 * `AWS_ENDPOINT_URL` means. Pure: the caller passes the environment in.
 */
export type Environment = Readonly<Record<string, string | undefined>>;

/** An explicit endpoint URL and the input or variable that gave it, for messages. */
export interface ExplicitEndpoint {
  readonly url: string;
  readonly source: string;
}

function nonEmpty(env: Environment, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * The SDK boolean rule, as the Go SDK v2 (which the official credential helper uses) reads it:
 * `true` or `false` in any case; unset or empty means "not set"; any other word is refused rather
 * than read as false, so `yes` fails instead of silently leaving FIPS off. Surrounding blanks are
 * ignored, as this CLI always did (a trailing newline from a secret store is common).
 */
export function parseSdkBoolean(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  const word = value.trim().toLowerCase();
  if (word === '') return undefined;
  if (word === 'true') return true;
  if (word === 'false') return false;
  throw new RolesAnywhereError(
    'ERR_INPUT_INVALID',
    `${name} must be true or false, got "${value.trim()}". Set it to true or false, or unset it.`,
    { input: name },
  );
}

/** A flag variable: false unless set to true. */
export function sdkFlag(env: Environment, name: string): boolean {
  return parseSdkBoolean(env[name], name) ?? false;
}

export type SdkService = 'ROLESANYWHERE' | 'STS';

/**
 * The SDKs' endpoint precedence: the service's own variable, then the global one; a blank value
 * counts as unset. https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
 */
export function sdkEndpoint(env: Environment, service: SdkService): ExplicitEndpoint | undefined {
  for (const name of [`AWS_ENDPOINT_URL_${service}`, 'AWS_ENDPOINT_URL']) {
    const url = nonEmpty(env, name);
    if (url !== undefined) return { url, source: name };
  }
  return undefined;
}

/** An input or flag wins over the variables; a blank one counts as not given. */
export function explicitOrSdkEndpoint(
  explicit: ExplicitEndpoint | undefined,
  env: Environment,
  service: SdkService,
): ExplicitEndpoint | undefined {
  if (explicit !== undefined && explicit.url.trim() !== '') return explicit;
  return sdkEndpoint(env, service);
}

/** AWS_MAX_ATTEMPTS, the first attempt included, as the SDKs count it. */
export function sdkMaxAttempts(env: Environment): number | undefined {
  return parseMaxAttempts(env['AWS_MAX_ATTEMPTS'], 'AWS_MAX_ATTEMPTS');
}

/** The proxy variables as curl reads them: upper case first, then lower case. */
export interface ProxyVariables {
  readonly https: string | undefined;
  readonly http: string | undefined;
  readonly noProxy: string;
}

export function sdkProxyVariables(env: Environment): ProxyVariables {
  return {
    https: env['HTTPS_PROXY'] ?? env['https_proxy'],
    http: env['HTTP_PROXY'] ?? env['http_proxy'],
    noProxy: env['NO_PROXY'] ?? env['no_proxy'] ?? '',
  };
}

export interface CaBundleFile {
  readonly path: string;
  readonly variable: 'AWS_CA_BUNDLE' | 'NODE_EXTRA_CA_CERTS';
}

/**
 * The CA files to trust beyond the public roots. Node reads NODE_EXTRA_CA_CERTS once at start-up
 * into its default store, but an explicit `ca` option replaces that store; so it is listed again
 * only when AWS_CA_BUNDLE is set.
 */
export function sdkCaBundleFiles(env: Environment): CaBundleFile[] {
  const bundle = nonEmpty(env, 'AWS_CA_BUNDLE');
  if (bundle === undefined) return [];
  const files: CaBundleFile[] = [{ path: bundle.trim(), variable: 'AWS_CA_BUNDLE' }];
  const nodeExtra = nonEmpty(env, 'NODE_EXTRA_CA_CERTS');
  if (nodeExtra !== undefined)
    files.push({ path: nodeExtra.trim(), variable: 'NODE_EXTRA_CA_CERTS' });
  return files;
}
