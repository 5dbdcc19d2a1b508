import { regionalServiceUrl, resolveEndpoint, type EndpointOptions } from '../endpoint.js';

/**
 * The regional STS endpoint, as the SDKs build it (never the global sts.amazonaws.com, which
 * issues tokens every region does not accept):
 * https://docs.aws.amazon.com/general/latest/gr/sts.html
 */
export function resolveStsEndpoint(options: EndpointOptions): URL {
  if (options.url !== undefined && options.url.trim() !== '') return resolveEndpoint(options);
  return regionalServiceUrl('sts', options);
}
