/**
 * fromRolesAnywhere({ chain }) from the committed bundle and from the source: the AWS SDK's own
 * STS client, given the provider, is the chained role; refusals carry their codes.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as built from '../dist/lib/index.js';
import * as source from '../src/lib/index.js';
import type { IssuedCredentials } from '../src/emulator/index.js';
import {
  createTestPki,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';

const DEPLOY = 'arn:aws:iam::444455556666:role/deploy';

let pki: TestPki;
let em: TestEmulator;
const issued: IssuedCredentials[] = [];

beforeAll(async () => {
  pki = await createTestPki();
  em = await startTestEmulator(pki, {
    assumableRoles: [{ roleArn: DEPLOY, externalId: 'ext-7f3a' }],
    onIssue: (credentials) => issued.push(credentials),
  });
});
afterAll(() => em.close());

function options() {
  return {
    certificate: pki.leaf.certificatePem,
    privateKey: pki.leaf.privateKeyPem,
    intermediates: pki.intermediate.certificatePem,
    trustAnchorArn: em.arns.trustAnchorArn,
    profileArn: em.arns.profileArn,
    roleArn: em.arns.roleArn,
    endpoint: em.url,
  };
}

describe.each([
  ['the committed bundle dist/lib/index.js', built],
  ['the source', source],
])('library role chaining from %s', (_name, lib) => {
  it('gives the SDK the chained role: GetCallerIdentity answers deploy, with session tags and a policy accepted', async () => {
    const client = new STSClient({
      region: 'us-east-1',
      endpoint: em.url,
      credentials: lib.fromRolesAnywhere({
        ...options(),
        chain: {
          roleArn: DEPLOY,
          externalId: 'ext-7f3a',
          roleSessionName: 'lib-session',
          durationSeconds: 1800,
          policy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
          },
          tags: { Team: 'platform' },
          transitiveTagKeys: ['Team'],
          endpoint: em.url,
        },
        allowedAccountIds: ['111122223333', '444455556666'],
        env: {},
      }),
    });
    const identity = await client.send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe('arn:aws:sts::444455556666:assumed-role/deploy/lib-session');
    expect(identity.Account).toBe('444455556666');
  });

  it('refuses a wrong external id with ERR_ACCESS_DENIED', async () => {
    const provider = lib.fromRolesAnywhere({
      ...options(),
      chain: { roleArn: DEPLOY, externalId: 'ext-0000', endpoint: em.url },
      env: {},
    });
    await expect(provider()).rejects.toMatchObject({
      name: 'RolesAnywhereError',
      code: 'ERR_ACCESS_DENIED',
      message: expect.stringContaining(`AssumeRole of ${DEPLOY} failed: 403 AccessDenied`),
    });
  });

  it('refuses the first hop account outside allowedAccountIds with ERR_ACCOUNT_NOT_ALLOWED and makes no STS call', async () => {
    const before = em.emulator.stats().sts;
    const provider = lib.fromRolesAnywhere({
      ...options(),
      chain: { roleArn: DEPLOY, externalId: 'ext-7f3a', endpoint: em.url },
      allowedAccountIds: ['444455556666'],
      env: {},
    });
    await expect(provider()).rejects.toMatchObject({
      code: 'ERR_ACCOUNT_NOT_ALLOWED',
      message: expect.stringContaining('which is not in allowedAccountIds (444455556666)'),
    });
    expect(em.emulator.stats().sts).toEqual(before);
  });

  it('refuses an inline policy that is not JSON with ERR_POLICY_INVALID when the provider is made', () => {
    expect(() =>
      lib.fromRolesAnywhere({ ...options(), chain: { roleArn: DEPLOY, policy: '{"Version":' } }),
    ).toThrow(
      expect.objectContaining({
        code: 'ERR_POLICY_INVALID',
        message: expect.stringContaining('chain.policy is not a JSON policy document'),
      }),
    );
  });

  it('refuses a chained duration over 3600 with ERR_DURATION_INVALID when the provider is made', () => {
    expect(() =>
      lib.fromRolesAnywhere({ ...options(), chain: { roleArn: DEPLOY, durationSeconds: 43200 } }),
    ).toThrow(expect.objectContaining({ code: 'ERR_DURATION_INVALID' }));
  });
});
