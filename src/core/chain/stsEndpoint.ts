import { resolveEndpoint, type EndpointOptions } from '../endpoint.js';
import { partitionOfRegion } from '../region.js';

/**
 * The regional STS endpoint, as the SDKs build it (never the global sts.amazonaws.com, which
 * issues tokens every region does not accept):
 * https://docs.aws.amazon.com/general/latest/gr/sts.html
 */
export function resolveStsEndpoint(options: EndpointOptions): URL {
  if (options.url !== undefined && options.url.trim() !== '') return resolveEndpoint(options);
  const partition = partitionOfRegion(options.region);
  const service = options.fips ? 'sts-fips' : 'sts';
  let suffix: string;
  if (options.dualStack) {
    suffix = partition === 'aws-cn' ? 'api.amazonwebservices.com.cn' : 'api.aws';
  } else {
    suffix = partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  }
  return new URL(`https://${service}.${options.region}.${suffix}`);
}
