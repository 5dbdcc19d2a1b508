import { RolesAnywhereError } from './errors.js';
import { partitionOfRegion } from './region.js';

export interface EndpointOptions {
  readonly region: string;
  /** An explicit URL (VPC endpoint, emulator): replaces the whole URL. */
  readonly url?: string | undefined;
  /** Which input or variable the explicit URL came from, for messages. */
  readonly urlInput?: string | undefined;
  readonly fips?: boolean | undefined;
  readonly dualStack?: boolean | undefined;
  /** Plain HTTP to a host other than this machine, asked for by name (a test network). */
  readonly allowInsecure?: boolean | undefined;
  readonly allowInsecureInput?: string | undefined;
}

/** This machine by name or address: plain HTTP to it never crosses a network. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** An explicit endpoint that sends the signed request and the credentials over a network in clear. */
export function isInsecureEndpoint(url: URL): boolean {
  return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
}

function parseExplicit(value: string, input: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new RolesAnywhereError(
      'ERR_ENDPOINT_INVALID',
      `${input} "${value.trim()}" is not a URL: expected e.g. https://rolesanywhere.us-east-1.amazonaws.com or http://127.0.0.1:8080.`,
      { input },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RolesAnywhereError(
      'ERR_ENDPOINT_INVALID',
      `${input} must be an http(s) URL, got the scheme "${url.protocol}".`,
      { input },
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new RolesAnywhereError(
      'ERR_ENDPOINT_INVALID',
      `${input} must not carry a user name or password.`,
      { input },
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new RolesAnywhereError(
      'ERR_ENDPOINT_INVALID',
      `${input} must not have a query or fragment.`,
      { input },
    );
  }
  return url;
}

/** The one warning every front end gives when plain HTTP to another host was allowed. */
export function insecureEndpointWarning(url: URL, input: string): string {
  return `${input}: the endpoint ${url.origin} is plain HTTP to another host; the signed request and the credentials cross the network unencrypted.`;
}

/** https://docs.aws.amazon.com/general/latest/gr/rolesanywhere.html */
export function resolveEndpoint(options: EndpointOptions): URL {
  if (options.url !== undefined && options.url.trim() !== '') {
    const input = options.urlInput ?? 'endpoint';
    const url = parseExplicit(options.url, input);
    if (isInsecureEndpoint(url) && options.allowInsecure !== true) {
      throw new RolesAnywhereError(
        'ERR_ENDPOINT_INVALID',
        `${input} is plain HTTP to ${url.host}, which is not this machine: the signed request and the credentials in the answer would cross the network unencrypted. Use https://, or set ${options.allowInsecureInput ?? 'allow-insecure-endpoint'} if this is a test network you trust.`,
        { input },
      );
    }
    return url;
  }
  return regionalServiceUrl('rolesanywhere', options);
}

/** `https://<service>[-fips].<region>.<suffix>`: the partition's suffix, dual-stack or not. */
export function regionalServiceUrl(
  service: string,
  options: Pick<EndpointOptions, 'region' | 'fips' | 'dualStack'>,
): URL {
  const partition = partitionOfRegion(options.region);
  const host = options.fips === true ? `${service}-fips` : service;
  const suffix =
    options.dualStack === true
      ? partition === 'aws-cn'
        ? 'api.amazonwebservices.com.cn'
        : 'api.aws'
      : partition === 'aws-cn'
        ? 'amazonaws.com.cn'
        : 'amazonaws.com';
  return new URL(`https://${host}.${options.region}.${suffix}`);
}
