import { describe, expect, it } from 'vitest';
import { checkAllowedAccount, parseAllowedAccountIds } from '../src/core/chain/allowedAccounts.js';
import { checkAssumeRoleOutput, mapStsFailure } from '../src/core/chain/assumeRoleResult.js';
import {
  ACTION_CHAIN_NAMES,
  CLI_CHAIN_NAMES,
  defaultChainSessionName,
  rawChainInputs,
  resolveChainSettings,
  resolveOptionalChain,
  type RawChainInputs,
} from '../src/core/chain/chainSettings.js';

const ROLE = 'arn:aws:iam::444455556666:role/team/deploy';
const CONTEXT = { region: 'eu-west-1', useFipsEndpoint: false, useDualStackEndpoint: false };
const NOW = new Date('2026-12-02T10:00:00Z');

function chain(overrides: Partial<RawChainInputs> = {}, context = CONTEXT) {
  return resolveChainSettings({ roleArn: ROLE, ...overrides }, context, CLI_CHAIN_NAMES);
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('chaining settings, checked before any call', () => {
  it('defaults to 3600 seconds and the regional STS endpoint of the Roles Anywhere region', () => {
    const settings = chain();
    expect(settings.durationSeconds).toBe(3600);
    expect(settings.endpoint.href).toBe('https://sts.eu-west-1.amazonaws.com/');
  });

  it('builds the FIPS, dual-stack and China endpoints as the SDKs do', () => {
    const fips = { ...CONTEXT, region: 'us-east-1', useFipsEndpoint: true };
    expect(chain({}, fips).endpoint.host).toBe('sts-fips.us-east-1.amazonaws.com');
    const dual = { ...CONTEXT, useDualStackEndpoint: true };
    expect(chain({}, dual).endpoint.host).toBe('sts.eu-west-1.api.aws');
    expect(chain({}, { ...CONTEXT, region: 'cn-north-1' }).endpoint.host).toBe(
      'sts.cn-north-1.amazonaws.com.cn',
    );
  });

  it('takes an explicit endpoint as is and refuses one that is not a URL, naming where it came from', () => {
    expect(
      chain({ endpoint: { url: 'http://127.0.0.1:9', source: '--sts-endpoint' } }).endpoint.href,
    ).toBe('http://127.0.0.1:9/');
    expect(() => chain({ endpoint: { url: 'not a url', source: 'AWS_ENDPOINT_URL_STS' } })).toThrow(
      /^AWS_ENDPOINT_URL_STS "not a url" is not a URL/,
    );
  });

  it('accepts 15m and 1h, and refuses 3601 s saying STS caps chained sessions at one hour', () => {
    expect(chain({ durationSeconds: '15m' }).durationSeconds).toBe(900);
    expect(chain({ durationSeconds: '1h' }).durationSeconds).toBe(3600);
    expect(() => chain({ durationSeconds: 3601 })).toThrow(
      "--chain-duration is 3601 s, but STS caps a chained role session at 3600 s (1 hour) whatever the role's maximum: give 900 to 3600.",
    );
    expect(codeOf(() => chain({ durationSeconds: '899' }))).toBe('ERR_DURATION_INVALID');
  });

  it('minifies the inline policy and refuses one that is not a JSON object or is over 2048 characters', () => {
    expect(chain({ policy: '{ "Version": "2012-10-17",\n "Statement": [] }' }).policy).toBe(
      '{"Version":"2012-10-17","Statement":[]}',
    );
    expect(codeOf(() => chain({ policy: '{"Version":' }))).toBe('ERR_POLICY_INVALID');
    expect(() => chain({ policy: '[1]' })).toThrow(
      'must be a JSON object with a Statement, got a JSON array',
    );
    const big = JSON.stringify({ Statement: [{ Sid: 'x'.repeat(2100) }] });
    expect(() => chain({ policy: big })).toThrow(
      /is 2\d{3} characters without whitespace; STS allows 2048/,
    );
  });

  it('parses tags as Key=Value lines or commas, and transitive keys must be among them', () => {
    const settings = chain({
      tags: 'Team=platform\nEnv=prod, Cost=a=b',
      transitiveTagKeys: 'team',
    });
    expect(settings.tags).toEqual([
      { key: 'Team', value: 'platform' },
      { key: 'Env', value: 'prod' },
      { key: 'Cost', value: 'a=b' },
    ]);
    expect(() => chain({ tags: 'Team=a', transitiveTagKeys: 'Env' })).toThrow(
      '--chain-transitive-tag-keys names "Env", which is not one of the tags in --chain-tags.',
    );
    expect(() => chain({ tags: 'novalue' })).toThrow('each tag is Key=Value');
    expect(() => chain({ tags: 'A=1,a=2' })).toThrow('names the tag "a" twice');
  });

  it('refuses policy ARNs that are not managed policies, and more than ten', () => {
    expect(chain({ policyArns: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }).policyArns).toHaveLength(
      1,
    );
    expect(() => chain({ policyArns: 'arn:aws:iam::111122223333:role/x' })).toThrow(
      /not a managed policy ARN/,
    );
    const eleven = Array.from({ length: 11 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`);
    expect(() => chain({ policyArns: eleven })).toThrow('has 11 ARNs; STS takes at most 10.');
  });

  it('refuses a chaining option given without the role, naming both inputs', () => {
    expect(() =>
      resolveOptionalChain({ roleArn: '', externalId: 'x1' }, CONTEXT, ACTION_CHAIN_NAMES),
    ).toThrow('role-external-id is a role-chaining option, but role-to-assume is not set');
    expect(resolveOptionalChain({ roleArn: '' }, CONTEXT, ACTION_CHAIN_NAMES)).toBeUndefined();
  });

  it('round-trips through plain inputs (what the serve child receives) to the same settings', () => {
    const settings = chain({
      tags: 'A=1',
      transitiveTagKeys: 'A',
      externalId: 'ext-1',
      policy: '{"a":1}',
    });
    const again = resolveChainSettings(rawChainInputs(settings), CONTEXT, CLI_CHAIN_NAMES);
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(settings)));
  });

  it('derives the default session name from the first session, valid for STS', () => {
    expect(defaultChainSessionName('arn:aws:sts::111122223333:assumed-role/ci/5f2a9c')).toBe(
      '5f2a9c',
    );
    expect(defaultChainSessionName('arn:aws:sts::111122223333:assumed-role/ci/x')).toBe(
      'rolesanywhere-credentials',
    );
  });
});

describe('allowed-account-ids', () => {
  it('parses ids separated by commas or lines and refuses anything but 12 digits', () => {
    expect(parseAllowedAccountIds('111122223333,\n444455556666', 'allowed-account-ids')).toEqual([
      '111122223333',
      '444455556666',
    ]);
    expect(() => parseAllowedAccountIds('1111', 'allowed-account-ids')).toThrow(
      'allowed-account-ids holds "1111", which is not a 12-digit AWS account id',
    );
  });

  it('lets any account through when empty, and refuses one outside the list with ERR_ACCOUNT_NOT_ALLOWED', () => {
    const arn = 'arn:aws:sts::111122223333:assumed-role/ci/s';
    expect(() => checkAllowedAccount(arn, [], 'Roles Anywhere', 'x')).not.toThrow();
    expect(() => checkAllowedAccount(arn, ['111122223333'], 'Roles Anywhere', 'x')).not.toThrow();
    expect(codeOf(() => checkAllowedAccount(arn, ['444455556666'], 'Roles Anywhere', 'x'))).toBe(
      'ERR_ACCOUNT_NOT_ALLOWED',
    );
  });
});

describe('the AssumeRole answer', () => {
  const settings = chain({ durationSeconds: 900 });
  const good = {
    Credentials: {
      AccessKeyId: 'ASIAAAAABBBBCCCCDDDD',
      SecretAccessKey: 'secret/secret+secret',
      SessionToken: 'token',
      Expiration: new Date(NOW.getTime() + 900_000),
    },
    AssumedRoleUser: {
      Arn: 'arn:aws:sts::444455556666:assumed-role/deploy/s1',
      AssumedRoleId: 'AROAX:s1',
    },
    SourceIdentity: 'CN=ci-runner',
  };

  it('accepts credentials for the role, account and session asked for (the role path is not in the ARN)', () => {
    const credentials = checkAssumeRoleOutput(good, settings, 's1', NOW);
    expect(credentials.accountId).toBe('444455556666');
    expect(credentials.sourceIdentity).toBe('CN=ci-runner');
  });

  it('refuses another account, another role, expired or over-long credentials and control characters', () => {
    const bad = [
      { ...good, AssumedRoleUser: { Arn: 'arn:aws:sts::999988887777:assumed-role/deploy/s1' } },
      { ...good, AssumedRoleUser: { Arn: 'arn:aws:sts::444455556666:assumed-role/admin/s1' } },
      { ...good, Credentials: { ...good.Credentials, Expiration: new Date(NOW.getTime() - 1) } },
      {
        ...good,
        Credentials: { ...good.Credentials, Expiration: new Date(NOW.getTime() + 7200_000) },
      },
      { ...good, Credentials: { ...good.Credentials, SessionToken: 'tok\nen' } },
      { ...good, Credentials: { ...good.Credentials, AccessKeyId: 'not an id' } },
      { ...good, Credentials: undefined },
    ];
    for (const output of bad)
      expect(codeOf(() => checkAssumeRoleOutput(output, settings, 's1', NOW))).toBe(
        'ERR_RESPONSE_INVALID',
      );
  });

  it('maps STS throttling and 5xx to retryable errors, and AccessDenied to a hint about the trust policy', () => {
    const throttled = mapStsFailure(
      { code: 'Throttling', status: 400, message: 'Rate exceeded', requestId: 'r1' },
      settings,
      'arn:aws:iam::111122223333:role/ci',
    );
    expect(throttled.code).toBe('ERR_THROTTLED');
    expect(throttled.details.retryable).toBe(true);
    expect(
      mapStsFailure(
        { code: 'InternalFailure', status: 500, message: '', requestId: undefined },
        settings,
        'x',
      ).details.retryable,
    ).toBe(true);
    const denied = mapStsFailure(
      { code: 'AccessDenied', status: 403, message: 'no', requestId: undefined },
      settings,
      'arn:aws:iam::111122223333:role/ci',
    );
    expect(denied.code).toBe('ERR_ACCESS_DENIED');
    expect(denied.details.retryable).toBe(false);
    expect(denied.message).toContain(
      'must let arn:aws:iam::111122223333:role/ci call sts:AssumeRole',
    );
  });
});

describe('the serve child', () => {
  it('receives the chain and the allowed accounts over IPC and resolves them to the same settings', async () => {
    const { serveChildRequest } = await import('../src/serve/childProtocol.js');
    const { resolveSessionSettings } = await import('../src/core/settings.js');
    const { CLI_NAMES } = await import('../src/cli/names.js');
    const settings = resolveSessionSettings(
      {
        material: { certificate: 'x' },
        trustAnchorArn:
          'arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01',
        profileArn:
          'arn:aws:rolesanywhere:eu-west-1:111122223333:profile/7a4d5e3b-91c2-4f0e-8d6a-2b9c3e5f1a02',
        roleArn: 'arn:aws:iam::111122223333:role/ci',
        useFipsEndpoint: true,
        chain: { roleArn: ROLE, externalId: 'ext-1', tags: 'A=1', durationSeconds: '20m' },
        allowedAccountIds: '111122223333,444455556666',
      },
      CLI_NAMES,
    );
    const request = structuredClone(serveChildRequest(settings, { port: 0 }, false));
    const child = resolveSessionSettings(request.inputs, request.names);
    expect(child.chain?.endpoint.host).toBe('sts-fips.eu-west-1.amazonaws.com');
    expect(JSON.parse(JSON.stringify(child.chain))).toEqual(
      JSON.parse(JSON.stringify(settings.chain)),
    );
    expect(child.allowedAccountIds).toEqual(['111122223333', '444455556666']);
  });
});
