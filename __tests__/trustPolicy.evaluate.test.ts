import { describe, expect, it } from 'vitest';
import {
  evaluateTrustPolicy,
  explainEvaluation,
  parsePolicyDocument,
  type TrustDecision,
  type TrustRequest,
} from '../src/core/trustPolicy/index.js';
import { isRolesAnywhereError } from '../src/core/errors.js';
import { wildcardMatch } from '../src/core/trustPolicy/conditionOperators.js';

const ANCHOR =
  'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01';
const OTHER_ANCHOR =
  'arn:aws:rolesanywhere:us-east-1:444455556666:trust-anchor/11111111-2222-4333-8444-555555555555';
const ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];
const PRINCIPAL = { Service: 'rolesanywhere.amazonaws.com' };

/** The request Roles Anywhere makes for CN=cicd-agent.example.com, OU=build, issued by Example CA. */
const REQUEST: TrustRequest = {
  keys: new Map<string, readonly string[]>([
    ['aws:PrincipalTag/x509Subject/CN', ['cicd-agent.example.com']],
    ['aws:PrincipalTag/x509Subject/OU', ['build']],
    ['aws:PrincipalTag/x509Issuer/CN', ['Example CA']],
    ['aws:PrincipalTag/x509SAN/URI', ['spiffe://example.com/ci/deploy']],
    ['aws:TagKeys', ['x509Subject/CN', 'x509Subject/OU', 'x509Issuer/CN', 'x509SAN/URI']],
    ['sts:SourceIdentity', ['CN=cicd-agent.example.com']],
    ['aws:SourceArn', [ANCHOR]],
    ['aws:SourceAccount', ['111122223333']],
  ]),
  unknownKeys: new Set(),
};

function allow(condition: Record<string, unknown>): unknown {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: PRINCIPAL, Action: ACTIONS, Condition: condition }],
  };
}

interface Case {
  readonly name: string;
  readonly policy: unknown;
  readonly decision: TrustDecision;
  readonly request?: TrustRequest;
}

const CN = 'aws:PrincipalTag/x509Subject/CN';

const CASES: readonly Case[] = [
  // StringEquals / StringNotEquals
  {
    name: 'StringEquals on the CN it has',
    policy: allow({ StringEquals: { [CN]: 'cicd-agent.example.com' } }),
    decision: 'allow',
  },
  {
    name: 'StringEquals on another CN',
    policy: allow({ StringEquals: { [CN]: 'example-internal-ca' } }),
    decision: 'implicit-deny',
  },
  {
    name: 'StringEquals is case-sensitive in values',
    policy: allow({ StringEquals: { [CN]: 'CICD-agent.example.com' } }),
    decision: 'implicit-deny',
  },
  {
    name: 'StringEquals matches condition keys without regard to case',
    policy: allow({
      StringEquals: { 'AWS:principaltag/X509SUBJECT/cn': 'cicd-agent.example.com' },
    }),
    decision: 'allow',
  },
  {
    name: 'StringEqualsIgnoreCase ignores case',
    policy: allow({ StringEqualsIgnoreCase: { [CN]: 'CICD-AGENT.example.com' } }),
    decision: 'allow',
  },
  {
    name: 'StringNotEquals with a value it does not have',
    policy: allow({ StringNotEquals: { [CN]: 'intruder' } }),
    decision: 'allow',
  },
  {
    name: 'StringNotEquals with the value it has',
    policy: allow({ StringNotEquals: { [CN]: 'cicd-agent.example.com' } }),
    decision: 'implicit-deny',
  },
  {
    name: 'StringNotEquals on a key the session lacks holds',
    policy: allow({ StringNotEquals: { 'aws:PrincipalTag/x509Subject/O': 'Evil' } }),
    decision: 'allow',
  },
  // Multiple values are OR, multiple keys are AND
  {
    name: 'several values: any one of them',
    policy: allow({ StringEquals: { [CN]: ['other', 'cicd-agent.example.com'] } }),
    decision: 'allow',
  },
  {
    name: 'several keys: all of them, all hold',
    policy: allow({
      StringEquals: { [CN]: 'cicd-agent.example.com', 'aws:PrincipalTag/x509Subject/OU': 'build' },
    }),
    decision: 'allow',
  },
  {
    name: 'several keys: all of them, one fails',
    policy: allow({
      StringEquals: { [CN]: 'cicd-agent.example.com', 'aws:PrincipalTag/x509Subject/OU': 'prod' },
    }),
    decision: 'implicit-deny',
  },
  {
    name: 'several operators: all of them',
    policy: allow({
      StringEquals: { [CN]: 'cicd-agent.example.com' },
      ArnEquals: { 'aws:SourceArn': OTHER_ANCHOR },
    }),
    decision: 'implicit-deny',
  },
  // StringLike / StringNotLike
  {
    name: 'StringLike with *',
    policy: allow({ StringLike: { [CN]: 'cicd-*.example.com' } }),
    decision: 'allow',
  },
  {
    name: 'StringLike with ?',
    policy: allow({ StringLike: { [CN]: 'cicd-agent.example.co?' } }),
    decision: 'allow',
  },
  {
    name: 'StringLike treats regex characters literally',
    policy: allow({ StringLike: { [CN]: 'cicd-agent.example.c(o|x)m' } }),
    decision: 'implicit-deny',
  },
  {
    name: 'StringLike that does not match',
    policy: allow({ StringLike: { [CN]: 'deploy-*' } }),
    decision: 'implicit-deny',
  },
  {
    name: 'StringNotLike that does not match',
    policy: allow({ StringNotLike: { [CN]: 'evil-*' } }),
    decision: 'allow',
  },
  {
    name: 'StringNotLike that matches',
    policy: allow({ StringNotLike: { [CN]: 'cicd-*' } }),
    decision: 'implicit-deny',
  },
  // ArnEquals / ArnLike
  {
    name: 'ArnEquals on its trust anchor',
    policy: allow({ ArnEquals: { 'aws:SourceArn': ANCHOR } }),
    decision: 'allow',
  },
  {
    name: 'ArnEquals on another trust anchor',
    policy: allow({ ArnEquals: { 'aws:SourceArn': OTHER_ANCHOR } }),
    decision: 'implicit-deny',
  },
  {
    name: 'ArnLike with a wildcard id',
    policy: allow({
      ArnLike: { 'aws:SourceArn': 'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/*' },
    }),
    decision: 'allow',
  },
  {
    name: 'ArnLike whose wildcard does not cross into another account',
    policy: allow({
      ArnLike: { 'aws:SourceArn': 'arn:aws:rolesanywhere:*:444455556666:trust-anchor/*' },
    }),
    decision: 'implicit-deny',
  },
  {
    name: 'ArnLike against a value that is not an ARN',
    policy: allow({ ArnLike: { [CN]: 'arn:aws:*:*:*:*' } }),
    decision: 'implicit-deny',
  },
  // ForAnyValue: / ForAllValues:
  {
    name: 'ForAnyValue:StringEquals on aws:TagKeys',
    policy: allow({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['x509SAN/URI', 'nope'] } }),
    decision: 'allow',
  },
  {
    name: 'ForAnyValue:StringEquals with none present',
    policy: allow({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['nope'] } }),
    decision: 'implicit-deny',
  },
  {
    name: 'ForAnyValue on a missing key fails',
    policy: allow({ 'ForAnyValue:StringLike': { 'aws:PrincipalTag/x509SAN/DNS': '*' } }),
    decision: 'implicit-deny',
  },
  {
    name: 'ForAllValues:StringLike on aws:TagKeys, all covered',
    policy: allow({
      'ForAllValues:StringLike': { 'aws:TagKeys': ['x509Subject/*', 'x509Issuer/*', 'x509SAN/*'] },
    }),
    decision: 'allow',
  },
  {
    name: 'ForAllValues:StringLike on aws:TagKeys, one not covered',
    policy: allow({ 'ForAllValues:StringLike': { 'aws:TagKeys': ['x509Subject/*'] } }),
    decision: 'implicit-deny',
  },
  {
    name: 'ForAllValues on a missing key holds',
    policy: allow({ 'ForAllValues:StringEquals': { 'aws:PrincipalTag/x509SAN/DNS': 'x' } }),
    decision: 'allow',
  },
  // …IfExists
  {
    name: 'StringEqualsIfExists on a missing key holds',
    policy: allow({
      StringEqualsIfExists: { 'aws:PrincipalTag/x509SAN/DNS': 'build.example.com' },
    }),
    decision: 'allow',
  },
  {
    name: 'StringEqualsIfExists on a present key that differs fails',
    policy: allow({ StringEqualsIfExists: { [CN]: 'other' } }),
    decision: 'implicit-deny',
  },
  {
    name: 'StringEquals on a missing key fails',
    policy: allow({ StringEquals: { 'aws:PrincipalTag/x509SAN/DNS': 'build.example.com' } }),
    decision: 'implicit-deny',
  },
  {
    name: 'ArnLikeIfExists on a present key that matches',
    policy: allow({ ArnLikeIfExists: { 'aws:SourceArn': ANCHOR } }),
    decision: 'allow',
  },
  // Null
  {
    name: 'Null false on a present key',
    policy: allow({ Null: { [CN]: 'false' } }),
    decision: 'allow',
  },
  {
    name: 'Null true on a present key',
    policy: allow({ Null: { [CN]: 'true' } }),
    decision: 'implicit-deny',
  },
  {
    name: 'Null true on a missing key (boolean JSON)',
    policy: allow({ Null: { 'aws:PrincipalTag/x509SAN/DNS': true } }),
    decision: 'allow',
  },
  // Allow and Deny
  {
    name: 'Deny beats Allow',
    policy: {
      Statement: [
        { Effect: 'Allow', Principal: PRINCIPAL, Action: ACTIONS },
        {
          Effect: 'Deny',
          Principal: PRINCIPAL,
          Action: 'sts:*',
          Condition: { StringLike: { [CN]: 'cicd-*' } },
        },
      ],
    },
    decision: 'deny',
  },
  {
    name: 'a Deny whose condition fails does not deny',
    policy: {
      Statement: [
        { Effect: 'Allow', Principal: PRINCIPAL, Action: ACTIONS },
        {
          Effect: 'Deny',
          Principal: PRINCIPAL,
          Action: 'sts:*',
          Condition: { StringLike: { [CN]: 'evil-*' } },
        },
      ],
    },
    decision: 'allow',
  },
  {
    name: 'each action may come from a different statement',
    policy: {
      Statement: [
        { Effect: 'Allow', Principal: PRINCIPAL, Action: 'sts:AssumeRole' },
        {
          Effect: 'Allow',
          Principal: PRINCIPAL,
          Action: ['sts:TagSession', 'sts:SetSourceIdentity'],
        },
      ],
    },
    decision: 'allow',
  },
  {
    name: 'a policy without sts:TagSession',
    policy: {
      Statement: [
        {
          Effect: 'Allow',
          Principal: PRINCIPAL,
          Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'],
        },
      ],
    },
    decision: 'implicit-deny',
  },
  {
    name: 'Action wildcards cover the three actions',
    policy: { Statement: [{ Effect: 'Allow', Principal: PRINCIPAL, Action: 'STS:*' }] },
    decision: 'allow',
  },
  {
    name: 'NotAction that leaves the three actions allowed',
    policy: {
      Statement: [{ Effect: 'Allow', Principal: PRINCIPAL, NotAction: 'sts:AssumeRoleWithSAML' }],
    },
    decision: 'allow',
  },
  {
    name: 'another service as principal',
    policy: {
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: ACTIONS },
      ],
    },
    decision: 'implicit-deny',
  },
  {
    name: 'a Principal of "*"',
    policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: ACTIONS }] },
    decision: 'allow',
  },
  // What it does not know is never passed
  {
    name: 'an unknown operator',
    policy: allow({ DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } }),
    decision: 'not-checked',
  },
  {
    name: 'an unknown operator beside a failing condition is still a refusal',
    policy: allow({
      DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' },
      StringEquals: { [CN]: 'other' },
    }),
    decision: 'implicit-deny',
  },
  {
    name: 'an unknown key',
    policy: allow({ StringEquals: { 'aws:SourceVpc': 'vpc-1' } }),
    decision: 'not-checked',
  },
  {
    name: 'a policy variable',
    policy: allow({ StringEquals: { [CN]: '${aws:username}' } }),
    decision: 'not-checked',
  },
  {
    name: 'a Deny with an unknown operator',
    policy: {
      Statement: [
        { Effect: 'Allow', Principal: PRINCIPAL, Action: ACTIONS },
        {
          Effect: 'Deny',
          Principal: PRINCIPAL,
          Action: 'sts:*',
          Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
        },
      ],
    },
    decision: 'not-checked',
  },
  {
    name: 'aws:SourceArn when the trust anchor ARN was not given',
    policy: allow({ ArnEquals: { 'aws:SourceArn': ANCHOR } }),
    request: { keys: new Map(), unknownKeys: new Set(['aws:SourceArn']) },
    decision: 'not-checked',
  },
];

describe('the trust policy evaluator', () => {
  it.each(CASES)('decides $decision for $name', ({ policy, decision, request }) => {
    const evaluation = evaluateTrustPolicy(
      parsePolicyDocument(policy, 'policy'),
      request ?? REQUEST,
    );
    expect(evaluation.decision).toBe(decision);
  });

  it('reports an unknown operator as "not checked", naming it', () => {
    const evaluation = evaluateTrustPolicy(
      parsePolicyDocument(
        allow({ DateGreaterThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } }),
        'p',
      ),
      REQUEST,
    );
    const lines = explainEvaluation(evaluation);
    expect(lines).toContainEqual({
      level: 'not-checked',
      text: expect.stringMatching(
        /DateGreaterThan aws:CurrentTime: not checked \(the operator DateGreaterThan/,
      ) as unknown as string,
    });
  });

  it('explains a failing condition with the expected value and the value the certificate has', () => {
    const evaluation = evaluateTrustPolicy(
      parsePolicyDocument(allow({ StringEquals: { [CN]: 'example-internal-ca' } }), 'p'),
      REQUEST,
    );
    const failures = explainEvaluation(evaluation).filter((line) => line.level === 'fail');
    expect(failures.map((line) => line.text)).toEqual([
      'Statement 1: StringEquals aws:PrincipalTag/x509Subject/CN fails: the policy expects "example-internal-ca", this certificate\'s x509Subject/CN is "cicd-agent.example.com".',
    ]);
  });

  it('names the Deny statement that refuses the certificate', () => {
    const evaluation = evaluateTrustPolicy(
      parsePolicyDocument(
        {
          Statement: [
            { Effect: 'Allow', Principal: PRINCIPAL, Action: ACTIONS },
            {
              Sid: 'NoCicd',
              Effect: 'Deny',
              Principal: PRINCIPAL,
              Action: 'sts:*',
              Condition: { StringLike: { [CN]: 'cicd-*' } },
            },
          ],
        },
        'p',
      ),
      REQUEST,
    );
    expect(explainEvaluation(evaluation).find((l) => l.level === 'fail')?.text).toMatch(
      /^Statement 2 \(NoCicd\) denies sts:AssumeRole, sts:TagSession, sts:SetSourceIdentity to this certificate: StringLike aws:PrincipalTag\/x509Subject\/CN holds/,
    );
  });

  it.each([
    ['not JSON', '{"Statement": ', /policy.json is not JSON/],
    ['no Statement', '{"Version": "2012-10-17"}', /policy.json: it has no Statement/],
    [
      'a bad Effect',
      '{"Statement": [{"Effect": "Permit", "Principal": "*", "Action": "sts:*"}]}',
      /Statement 1 has Effect "Permit"/,
    ],
    [
      'no Action',
      '{"Statement": [{"Effect": "Allow", "Principal": "*"}]}',
      /Statement 1 needs exactly one of Action and NotAction/,
    ],
    [
      'a condition value that is an object',
      '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:*", "Condition": {"StringEquals": {"k": {"a": 1}}}}]}',
      /Condition StringEquals k holds object, not a string/,
    ],
  ])('refuses a policy with %s in one line with ERR_INPUT_INVALID', (_, text, message) => {
    let caught: unknown;
    try {
      parsePolicyDocument(text, 'policy.json');
    } catch (error) {
      caught = error;
    }
    expect(isRolesAnywhereError(caught) && caught.code).toBe('ERR_INPUT_INVALID');
    expect(String((caught as Error).message)).toMatch(message);
    expect(String((caught as Error).message)).not.toContain('\n');
  });
});

describe('wildcard matching', () => {
  it.each([
    ['cicd-*', 'cicd-agent', true],
    ['*', '', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*.example.com', 'x.example.com', true],
    ['*.example.com', 'example.com', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXcYYb', false],
    ['[a]', '[a]', true],
  ])('matches %j against %j: %s', (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
  });

  // A regular expression would backtrack for ages here; the test's own timeout is the guard.
  it('answers a hostile pattern of many stars against a long value', () => {
    expect(wildcardMatch(`${'a*'.repeat(200)}b`, 'a'.repeat(5000))).toBe(false);
    expect(wildcardMatch(`${'a*'.repeat(200)}b`, `${'a'.repeat(5000)}b`)).toBe(true);
  });
});
