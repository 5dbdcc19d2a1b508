/** The ARN shapes CreateSession takes, and the parts the emulator reads from them. */

export interface RolesAnywhereArn {
  readonly arn: string;
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  readonly id: string;
}

export interface RoleArn {
  readonly arn: string;
  readonly partition: string;
  readonly account: string;
  readonly name: string;
}

const PARTITION = '(aws|aws-cn|aws-us-gov)';
const REGION = '([a-z]{2}(?:-[a-z]+)+-\\d+)';
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

const TRUST_ANCHOR = new RegExp(
  `^arn:${PARTITION}:rolesanywhere:${REGION}:(\\d{12}):trust-anchor/${UUID}$`,
);
const PROFILE = new RegExp(`^arn:${PARTITION}:rolesanywhere:${REGION}:(\\d{12}):profile/${UUID}$`);
const ROLE = new RegExp(
  `^arn:${PARTITION}:iam::(\\d{12}):role/(?:[\\x21-\\x7e]*/)?([\\w+=,.@-]{1,64})$`,
);

export type ArnKind = 'trust-anchor' | 'profile';

export function parseRolesAnywhereArn(kind: ArnKind, arn: string): RolesAnywhereArn | undefined {
  const match = (kind === 'trust-anchor' ? TRUST_ANCHOR : PROFILE).exec(arn);
  if (match === null) return undefined;
  const [, partition = '', region = '', account = '', id = ''] = match;
  return { arn, partition, region, account, id };
}

export function parseRoleArn(arn: string): RoleArn | undefined {
  const match = ROLE.exec(arn);
  if (match === null) return undefined;
  const [, partition = '', account = '', name = ''] = match;
  return { arn, partition, account, name };
}

export const ARN_PATTERNS = {
  'trust-anchor': TRUST_ANCHOR.source,
  profile: PROFILE.source,
  role: ROLE.source,
} as const;
