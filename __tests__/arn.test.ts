import { describe, expect, it } from 'vitest';
import { parseArn } from '../src/core/arn.js';
import { resolveEndpoint } from '../src/core/endpoint.js';
import { RolesAnywhereError } from '../src/core/errors.js';
import { resolveRegion, validateRegion } from '../src/core/region.js';

const TA =
  'arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01';
const PROFILE =
  'arn:aws:rolesanywhere:eu-west-1:111122223333:profile/7a4d5e3b-91c2-4f0e-8d6a-2b9c3e5f1a02';
const NAMES = { trustAnchor: 'trust-anchor-arn', profile: 'profile-arn' };

function errorOf(fn: () => unknown): RolesAnywhereError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RolesAnywhereError) return error;
    throw error;
  }
  throw new Error('expected a RolesAnywhereError');
}

describe('parseArn', () => {
  it('reads partition, region, account and id from a trust anchor ARN', () => {
    expect(parseArn(TA, 'trust-anchor', 'trust-anchor-arn')).toMatchObject({
      partition: 'aws',
      region: 'eu-west-1',
      accountId: '111122223333',
      resourceId: '0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01',
    });
  });

  it('accepts role ARNs with paths and the GovCloud and China partitions', () => {
    expect(
      parseArn('arn:aws:iam::111122223333:role/ci/deployer', 'role', 'role-arn').resourceId,
    ).toBe('ci/deployer');
    expect(
      parseArn(
        TA.replace('arn:aws:', 'arn:aws-us-gov:').replace('eu-west-1', 'us-gov-west-1'),
        'trust-anchor',
        'x',
      ).partition,
    ).toBe('aws-us-gov');
    expect(
      parseArn(
        PROFILE.replace('arn:aws:', 'arn:aws-cn:').replace('eu-west-1', 'cn-north-1'),
        'profile',
        'x',
      ).region,
    ).toBe('cn-north-1');
  });

  it.each([
    ['a profile ARN given as trust anchor', PROFILE, /resource "profile" is not a trust-anchor/],
    ['a short account', TA.replace('111122223333', '1111'), /account "1111" is not 12 digits/],
    ['the wrong service', TA.replace('rolesanywhere', 'iam'), /service is "iam"/],
    [
      'an upper-case UUID',
      TA.toUpperCase()
        .replace('ARN:AWS:ROLESANYWHERE:EU-WEST-1', 'arn:aws:rolesanywhere:eu-west-1')
        .replace('TRUST-ANCHOR', 'trust-anchor'),
      /lower-case UUID/,
    ],
    ['plain text', 'my-anchor', /not of the form/],
  ])('rejects %s with ERR_ARN_INVALID naming the input', (_what, value, reason) => {
    const error = errorOf(() => parseArn(value, 'trust-anchor', 'trust-anchor-arn'));
    expect(error.code).toBe('ERR_ARN_INVALID');
    expect(error.details.input).toBe('trust-anchor-arn');
    expect(error.message).toMatch(/^trust-anchor-arn is not a valid trust-anchor ARN/);
    expect(error.message).toMatch(reason);
  });

  it('reports an empty ARN as missing', () => {
    expect(errorOf(() => parseArn('  ', 'role', 'role-arn')).code).toBe('ERR_INPUT_MISSING');
  });
});

describe('resolveRegion', () => {
  const ta = parseArn(TA, 'trust-anchor', 't');
  const profile = parseArn(PROFILE, 'profile', 'p');

  it("defaults to the trust anchor's region", () => {
    expect(resolveRegion(ta, profile, { value: undefined, input: 'region' }, NAMES)).toBe(
      'eu-west-1',
    );
  });

  it('refuses a trust anchor and profile in different regions with ERR_REGION_MISMATCH', () => {
    const other = parseArn(PROFILE.replace('eu-west-1', 'us-east-1'), 'profile', 'p');
    const error = errorOf(() =>
      resolveRegion(ta, other, { value: undefined, input: 'region' }, NAMES),
    );
    expect(error.code).toBe('ERR_REGION_MISMATCH');
    expect(error.message).toBe(
      'trust-anchor-arn is in eu-west-1 but profile-arn is in us-east-1; Roles Anywhere needs both in the same region.',
    );
  });

  it('refuses a pseudo-region like fips-us-east-1', () => {
    expect(errorOf(() => validateRegion('fips-us-east-1', '--region')).message).toMatch(
      /pseudo-region.*us-east-1/,
    );
  });
});

describe('resolveEndpoint', () => {
  it.each([
    [{ region: 'us-east-1' }, 'https://rolesanywhere.us-east-1.amazonaws.com/'],
    [{ region: 'us-east-1', fips: true }, 'https://rolesanywhere-fips.us-east-1.amazonaws.com/'],
    [{ region: 'us-east-1', dualStack: true }, 'https://rolesanywhere.us-east-1.api.aws/'],
    [
      { region: 'us-gov-west-1', fips: true },
      'https://rolesanywhere-fips.us-gov-west-1.amazonaws.com/',
    ],
    [{ region: 'cn-north-1' }, 'https://rolesanywhere.cn-north-1.amazonaws.com.cn/'],
    [{ region: 'us-east-1', url: 'http://127.0.0.1:9000' }, 'http://127.0.0.1:9000/'],
  ])('resolves %o to %s', (options, expected) => {
    expect(resolveEndpoint(options).href).toBe(expected);
  });

  it('rejects an endpoint that is not an http(s) URL, naming where it came from', () => {
    const error = errorOf(() =>
      resolveEndpoint({
        region: 'us-east-1',
        url: 'ftp://x',
        urlInput: 'AWS_ENDPOINT_URL_ROLESANYWHERE',
      }),
    );
    expect(error.code).toBe('ERR_ENDPOINT_INVALID');
    expect(error.message).toMatch(/^AWS_ENDPOINT_URL_ROLESANYWHERE must be an http\(s\) URL/);
  });
});
