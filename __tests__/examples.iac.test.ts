import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { CORE_SCHEMA, defineScalarTag, defineSequenceTag, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/emulator/index.js';
import { arnFlags, createSandbox, ensureCliBundle, runCli, type Sandbox } from './helpers/cli.js';
import { TEST_ARNS } from './helpers/harness.js';

/**
 * The Terraform and CloudFormation examples, read with real parsers, their trust policy taken out
 * and run through the emulator with certificates from `pki issue`.
 */
const TERRAFORM = resolve('examples/terraform');
const CLOUDFORMATION = resolve('examples/cloudformation/template.yaml');
const INTENDED_CN = 'cicd-agent.example.com';

type Json = Record<string, unknown>;

let box: Sandbox;
const env = (): Record<string, string> => ({ ...box.env, CA_PASS: 'examples CA passphrase' });

beforeAll(async () => {
  ensureCliBundle();
  box = createSandbox();
  mkdirSync(join(box.dir, 'pki'), { mode: 0o700 });
  const pki = (args: readonly string[]) =>
    runCli(['pki', ...args, '--out-dir', join(box.dir, 'pki')], { env: env() });
  expect(
    (await pki(['ca', '--subject', 'CN=Example CI CA, O=Example', '--passphrase', 'env:CA_PASS']))
      .exitCode,
  ).toBe(0);
  for (const cn of [INTENDED_CN, 'someone-else.example.com']) {
    const run = await pki([
      'issue',
      '--ca-cert',
      join(box.dir, 'pki/ca.pem'),
      '--ca-key',
      join(box.dir, 'pki/ca.key'),
      '--ca-passphrase',
      'env:CA_PASS',
      '--subject',
      `CN=${cn}`,
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
  }
}, 60_000);

afterAll(() => box.cleanup());

/** The emulator with this trust policy: the intended certificate gets credentials, another CN gets 403. */
async function roundTrip(policy: unknown, maxDurationSeconds: number): Promise<void> {
  const logs: string[] = [];
  const emulator = await startEmulator({
    trustAnchors: [readFileSync(join(box.dir, 'pki/ca.pem'), 'utf8')],
    ...TEST_ARNS,
    maxDurationSeconds,
    trustPolicy: policy,
    log: (line) => logs.push(line),
  });
  try {
    const attempt = (cn: string) =>
      runCli(
        [
          'credential-process',
          '--no-cache',
          '--certificate',
          join(box.dir, `pki/${cn}.pem`),
          '--private-key',
          join(box.dir, `pki/${cn}.key`),
          ...arnFlags(),
          '--endpoint',
          emulator.url,
          '--session-duration',
          String(maxDurationSeconds),
        ],
        { env: env() },
      );
    const intended = await attempt(INTENDED_CN);
    expect(intended.stderr).toBe('');
    expect(intended.exitCode).toBe(0);
    const other = await attempt('someone-else.example.com');
    expect(other.exitCode).toBe(1);
    expect(logs.at(-1)).toMatch(
      /^emulator: 403 AccessDeniedException .*x509Subject\/CN is "someone-else\.example\.com"/,
    );
  } finally {
    await emulator.close();
  }
}

/** Replaces `${...}` references by their values; a reference left over fails the test. */
function substitute(value: unknown, references: Readonly<Record<string, string>>): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
      const found = references[name];
      if (found === undefined) throw new Error(`unresolved reference ${whole}`);
      return found;
    });
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, references));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, substitute(v, references)]),
    );
  }
  return value;
}

interface PolicyDocumentBlock {
  statement: {
    sid?: string;
    effect?: string;
    actions?: string[];
    principals?: { type: string; identifiers: string[] }[];
    condition?: { test: string; variable: string; values: string[] }[];
  }[];
}

/** What the provider's aws_iam_policy_document renders as JSON, for the parts the example uses. */
function renderPolicyDocument(block: PolicyDocumentBlock): unknown {
  return {
    Version: '2012-10-17',
    Statement: block.statement.map((s) => {
      const condition: Record<string, Record<string, string[]>> = {};
      for (const c of s.condition ?? []) (condition[c.test] ??= {})[c.variable] = c.values;
      return {
        ...(s.sid === undefined ? {} : { Sid: s.sid }),
        Effect: s.effect ?? 'Allow',
        Action: s.actions,
        Principal: Object.fromEntries((s.principals ?? []).map((p) => [p.type, p.identifiers])),
        Condition: condition,
      };
    }),
  };
}

describe('examples/terraform', () => {
  let tf: Json;
  let tfvars: Json;

  beforeAll(async () => {
    const files = readdirSync(TERRAFORM).filter((name) => name.endsWith('.tf'));
    expect(files.sort()).toEqual(['main.tf', 'outputs.tf', 'variables.tf']);
    const parsed = await Promise.all(
      files.map(
        (name) => parseHcl(name, readFileSync(join(TERRAFORM, name), 'utf8')) as Promise<Json>,
      ),
    );
    tf = {};
    for (const part of parsed) {
      for (const [kind, blocks] of Object.entries(part))
        tf[kind] = { ...(tf[kind] as Json | undefined), ...(blocks as Json) };
    }
    tfvars = (await parseHcl(
      'terraform.tfvars',
      readFileSync(join(TERRAFORM, 'terraform.tfvars.example'), 'utf8'),
    )) as Json;
  });

  const block = (kind: string, type: string, name: string): Json => {
    const found = ((tf[kind] as Json)[type] as Json)[name] as Json[] | undefined;
    expect(found, `${kind}.${type}.${name}`).toBeDefined();
    return (found ?? [])[0] ?? {};
  };

  it('makes the trust anchor from the CA file', () => {
    expect(block('resource', 'aws_rolesanywhere_trust_anchor', 'ci')).toMatchObject({
      enabled: true,
      source: [
        {
          source_type: 'CERTIFICATE_BUNDLE',
          source_data: [{ x509_certificate_data: '${file(var.ca_certificate_file)}' }],
        },
      ],
    });
  });

  it('gives the role the trust policy document and the profile the chosen duration', () => {
    expect(block('resource', 'aws_iam_role', 'ci')).toMatchObject({
      assume_role_policy: '${data.aws_iam_policy_document.trust.json}',
    });
    expect(block('resource', 'aws_rolesanywhere_profile', 'ci')).toMatchObject({
      enabled: true,
      role_arns: ['${aws_iam_role.ci.arn}'],
      duration_seconds: '${var.session_duration_seconds}',
    });
  });

  it('imports a CRL only when one is given', () => {
    expect(block('resource', 'aws_rolesanywhere_crl', 'ci')).toMatchObject({
      count: '${var.crl_file == null ? 0 : 1}',
      crl_data: '${file(var.crl_file)}',
      trust_anchor_arn: '${aws_rolesanywhere_trust_anchor.ci.arn}',
    });
  });

  it('outputs the three ARNs', () => {
    expect(Object.keys(tf['output'] as Json).sort()).toEqual([
      'profile_arn',
      'role_arn',
      'trust_anchor_arn',
    ]);
  });

  it('has a trust policy that admits the intended certificate and refuses another CN in the emulator', async () => {
    const document = block(
      'data',
      'aws_iam_policy_document',
      'trust',
    ) as unknown as PolicyDocumentBlock;
    const policy = substitute(renderPolicyDocument(document), {
      'aws_rolesanywhere_trust_anchor.ci.arn': TEST_ARNS.trustAnchorArn,
      'var.certificate_common_name': String(tfvars['certificate_common_name']),
    });
    expect(tfvars['certificate_common_name']).toBe(INTENDED_CN);
    await roundTrip(policy, Number(tfvars['session_duration_seconds']));
  });
});

/** CloudFormation's short-form intrinsic functions, each read as its long form. */
const CLOUDFORMATION_SCHEMA = CORE_SCHEMA.withTags(
  ...['Ref', 'Condition', 'GetAZs', 'ImportValue', 'Base64', 'Sub', 'GetAtt'].map((name) =>
    defineScalarTag(`!${name}`, {
      resolve: (source) =>
        name === 'Ref'
          ? { Ref: source }
          : { [`Fn::${name}`]: name === 'GetAtt' ? source.split('.') : source },
      identify: () => false,
    }),
  ),
  ...[
    'If',
    'Equals',
    'Not',
    'And',
    'Or',
    'Join',
    'Select',
    'Split',
    'Sub',
    'FindInMap',
    'GetAtt',
    'Cidr',
  ].map((name) =>
    defineSequenceTag<unknown[], Json>(`!${name}`, {
      create: () => [],
      addItem: (items, item) => {
        items.push(item);
      },
      finalize: (items) => ({ [`Fn::${name}`]: items }),
      identify: () => false,
    }),
  ),
);

/** Resolves Ref and Fn::GetAtt the way a stack would, from the values given. */
function resolveIntrinsics(value: unknown, values: Readonly<Record<string, string>>): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveIntrinsics(item, values));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Json;
  if (typeof record['Ref'] === 'string') {
    const found = values[record['Ref']];
    if (found === undefined) throw new Error(`unresolved Ref ${record['Ref']}`);
    return found;
  }
  const getAtt = record['Fn::GetAtt'];
  if (Array.isArray(getAtt)) {
    const found = values[getAtt.join('.')];
    if (found === undefined) throw new Error(`unresolved GetAtt ${getAtt.join('.')}`);
    return found;
  }
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, resolveIntrinsics(v, values)]),
  );
}

describe('examples/cloudformation/template.yaml', () => {
  let template: Json;
  const resources = (): Json => template['Resources'] as Json;
  const properties = (name: string): Json => (resources()[name] as Json)['Properties'] as Json;

  beforeAll(() => {
    template = load(readFileSync(CLOUDFORMATION, 'utf8'), {
      schema: CLOUDFORMATION_SCHEMA,
    }) as Json;
  });

  it('declares the trust anchor, role, profile and optional CRL', () => {
    expect(
      Object.fromEntries(Object.entries(resources()).map(([k, v]) => [k, (v as Json)['Type']])),
    ).toEqual({
      TrustAnchor: 'AWS::RolesAnywhere::TrustAnchor',
      Role: 'AWS::IAM::Role',
      Profile: 'AWS::RolesAnywhere::Profile',
      Crl: 'AWS::RolesAnywhere::CRL',
    });
    expect(properties('TrustAnchor')).toMatchObject({
      Enabled: true,
      Source: {
        SourceType: 'CERTIFICATE_BUNDLE',
        SourceData: { X509CertificateData: { Ref: 'CaCertificate' } },
      },
    });
    expect(properties('Profile')).toMatchObject({
      RoleArns: [{ 'Fn::GetAtt': ['Role', 'Arn'] }],
      DurationSeconds: { Ref: 'SessionDurationSeconds' },
    });
    expect((resources()['Crl'] as Json)['Condition']).toBe('HasCrl');
    expect((template['Conditions'] as Json)['HasCrl']).toEqual({
      'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'CrlData' }, ''] }],
    });
  });

  it('outputs the three ARNs', () => {
    expect(template['Outputs']).toEqual({
      TrustAnchorArn: expect.objectContaining({
        Value: { 'Fn::GetAtt': ['TrustAnchor', 'TrustAnchorArn'] },
      }) as unknown,
      ProfileArn: expect.objectContaining({
        Value: { 'Fn::GetAtt': ['Profile', 'ProfileArn'] },
      }) as unknown,
      RoleArn: expect.objectContaining({ Value: { 'Fn::GetAtt': ['Role', 'Arn'] } }) as unknown,
    });
  });

  it('has a trust policy that admits the intended certificate and refuses another CN in the emulator', async () => {
    const policy = resolveIntrinsics(properties('Role')['AssumeRolePolicyDocument'], {
      'TrustAnchor.TrustAnchorArn': TEST_ARNS.trustAnchorArn,
      CertificateCommonName: INTENDED_CN,
    });
    const duration = ((template['Parameters'] as Json)['SessionDurationSeconds'] as Json)[
      'Default'
    ];
    await roundTrip(policy, Number(duration));
  });
});
