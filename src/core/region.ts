import type { ParsedArn, Partition } from './arn.js';
import { RolesAnywhereError } from './errors.js';

const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export function partitionOfRegion(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function validateRegion(region: string, input: string): string {
  const value = region.trim();
  if (/^fips-|-fips$/.test(value)) {
    throw new RolesAnywhereError(
      'ERR_REGION_INVALID',
      `${input} "${value}" is a pseudo-region: give the real region (e.g. ${value.replace(/^fips-|-fips$/, '')}) and ask for the FIPS endpoint instead.`,
      { input },
    );
  }
  if (!REGION_RE.test(value)) {
    throw new RolesAnywhereError(
      'ERR_REGION_INVALID',
      `${input} "${value}" is not an AWS region name like us-east-1.`,
      { input },
    );
  }
  return value;
}

/**
 * The region to sign for: the explicit one, else the trust anchor's. Roles Anywhere needs the
 * trust anchor and profile in one region, so a mismatch is refused before any call.
 */
export function resolveRegion(
  trustAnchor: ParsedArn,
  profile: ParsedArn,
  explicit: { value: string | undefined; input: string },
  names: { trustAnchor: string; profile: string },
): string {
  if (trustAnchor.region !== profile.region) {
    throw new RolesAnywhereError(
      'ERR_REGION_MISMATCH',
      `${names.trustAnchor} is in ${trustAnchor.region} but ${names.profile} is in ${profile.region}; Roles Anywhere needs both in the same region.`,
      { input: names.profile },
    );
  }
  if (trustAnchor.partition !== profile.partition) {
    throw new RolesAnywhereError(
      'ERR_REGION_MISMATCH',
      `${names.trustAnchor} is in partition ${trustAnchor.partition} but ${names.profile} is in ${profile.partition}; both must be in one partition.`,
      { input: names.profile },
    );
  }
  if (explicit.value === undefined || explicit.value.trim() === '') return trustAnchor.region;
  const region = validateRegion(explicit.value, explicit.input);
  if (region !== trustAnchor.region) {
    throw new RolesAnywhereError(
      'ERR_REGION_MISMATCH',
      `${explicit.input} is ${region} but ${names.trustAnchor} is in ${trustAnchor.region}; CreateSession must be signed for the trust anchor's region. Leave ${explicit.input} empty to use it.`,
      { input: explicit.input },
    );
  }
  return region;
}
