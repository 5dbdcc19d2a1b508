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

/** https://docs.aws.amazon.com/general/latest/gr/rolesanywhere.html */
export function resolveEndpoint(options: EndpointOptions): URL {
  if (options.url !== undefined && options.url.trim() !== '') {
    return parseExplicit(options.url, options.urlInput ?? 'endpoint');
  }
  const partition = partitionOfRegion(options.region);
  const service = options.fips ? 'rolesanywhere-fips' : 'rolesanywhere';
  let suffix: string;
  if (options.dualStack) {
    suffix = partition === 'aws-cn' ? 'api.amazonwebservices.com.cn' : 'api.aws';
  } else {
    suffix = partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  }
  return new URL(`https://${service}.${options.region}.${suffix}`);
}
