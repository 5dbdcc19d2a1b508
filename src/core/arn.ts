import { RolesAnywhereError } from './errors.js';

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';
export type ArnKind = 'trust-anchor' | 'profile' | 'role';

export interface ParsedArn {
  readonly arn: string;
  readonly kind: ArnKind;
  readonly partition: string;
  /** Empty for IAM roles, which are global. */
  readonly region: string;
  readonly accountId: string;
  readonly resourceId: string;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PARTITION = 'aws(?:-[a-z]+(?:-[a-z]+)*)?';
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d+';
const ACCOUNT = '\\d{12}';

const PATTERNS: Readonly<Record<ArnKind, { re: RegExp; example: string }>> = {
  'trust-anchor': {
    re: new RegExp(
      `^arn:(${PARTITION}):rolesanywhere:(${REGION}):(${ACCOUNT}):trust-anchor/(${UUID})$`,
    ),
    example: 'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/<uuid>',
  },
  profile: {
    re: new RegExp(`^arn:(${PARTITION}):rolesanywhere:(${REGION}):(${ACCOUNT}):profile/(${UUID})$`),
    example: 'arn:aws:rolesanywhere:us-east-1:111122223333:profile/<uuid>',
  },
  role: {
    re: new RegExp(
      `^arn:(${PARTITION}):iam::()(${ACCOUNT}):role/((?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64})$`,
    ),
    example: 'arn:aws:iam::111122223333:role/deployer',
  },
};

/** Why an ARN failed, in words: which part is off. */
function diagnose(value: string, kind: ArnKind): string {
  const parts = value.split(':');
  if (parts[0] !== 'arn' || parts.length < 6)
    return 'it is not of the form arn:partition:service:region:account:resource';
  const service = kind === 'role' ? 'iam' : 'rolesanywhere';
  if (parts[2] !== service) return `its service is "${parts[2] ?? ''}", expected "${service}"`;
  if (kind !== 'role' && !new RegExp(`^${REGION}$`).test(parts[3] ?? ''))
    return `its region "${parts[3] ?? ''}" is not a region name`;
  if (!new RegExp(`^${ACCOUNT}$`).test(parts[4] ?? ''))
    return `its account "${parts[4] ?? ''}" is not 12 digits`;
  const resource = parts.slice(5).join(':');
  if (!resource.startsWith(`${kind}/`))
    return `its resource "${resource.split('/')[0] ?? ''}" is not a ${kind}`;
  return kind === 'role'
    ? 'the role name has characters IAM does not allow'
    : 'the id after the slash is not a lower-case UUID';
}

export function parseArn(value: string, kind: ArnKind, input: string): ParsedArn {
  const arn = value.trim();
  if (arn === '') {
    throw new RolesAnywhereError(
      'ERR_INPUT_MISSING',
      `${input} is required: give the ${kind} ARN, like ${PATTERNS[kind].example}.`,
      { input },
    );
  }
  const match = PATTERNS[kind].re.exec(arn);
  if (!match) {
    throw new RolesAnywhereError(
      'ERR_ARN_INVALID',
      `${input} is not a valid ${kind} ARN (${diagnose(arn, kind)}): expected something like ${PATTERNS[kind].example}, got "${arn}".`,
      { input },
    );
  }
  const [, partition = '', region = '', accountId = '', resourceId = ''] = match;
  return { arn, kind, partition, region, accountId, resourceId };
}
