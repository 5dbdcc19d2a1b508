/**
 * STS AssumeRole for credentials the emulator issued (role chaining), judged as STS does: the
 * parameters, then the role's trust (which source roles, which external id), then the 1-hour cap
 * for chained sessions. https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
import { createHash } from 'node:crypto';
import { formatTimestamp } from './amzDate.js';
import { parseRoleArn, type RoleArn } from './arns.js';
import type { IssuedCredentials } from './credentialsStore.js';
import type { EmulatorState } from './options.js';
import { Rejection } from './rejection.js';
import { xmlEscape, type ReplyContext, type Reply } from './replies.js';
import type { Outcome } from './verdict.js';

/** A role STS AssumeRole may assume, and who may assume it. */
export interface AssumableRole {
  readonly roleArn: string;
  /** Role ARNs whose sessions the role's trust policy lets in; every caller when omitted. */
  readonly trustedRoleArns?: readonly string[];
  /** The `sts:ExternalId` the trust policy requires; none required when omitted. */
  readonly externalId?: string;
}

/** An STS error answered to the next AssumeRole calls, `count` times (every call when omitted). */
export interface StsFault {
  readonly status: number;
  readonly code?: string;
  readonly count?: number;
}

/** STS caps sessions assumed by role chaining at one hour, whatever the role's maximum. */
const CHAINED_LIMIT_SECONDS = 3600;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const MAX_POLICY_CHARACTERS = 2048;
const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

function validation(message: string): Rejection {
  return new Rejection(400, 'ValidationError', message, message);
}

function notAuthorized(caller: IssuedCredentials, roleArn: string, reason: string): Rejection {
  return new Rejection(
    403,
    'AccessDenied',
    `User: ${caller.assumedRoleArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    reason,
  );
}

function required(params: URLSearchParams, name: string, member: string): string {
  const value = params.get(name);
  if (value === null || value === '')
    throw validation(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    );
  return value;
}

function parseDuration(value: string | null): number {
  if (value === null) return CHAINED_LIMIT_SECONDS;
  const seconds = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(seconds) || seconds < 900 || seconds > 43_200)
    throw validation(
      `1 validation error detected: Value '${value.slice(0, 20)}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
    );
  if (seconds > CHAINED_LIMIT_SECONDS)
    throw validation(
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    );
  return seconds;
}

function checkPolicy(policy: string | null): void {
  if (policy === null) return;
  let document: unknown;
  try {
    document = JSON.parse(policy);
  } catch {
    throw new Rejection(
      400,
      'MalformedPolicyDocument',
      'The policy is not in the valid JSON format.',
      'Policy is not JSON',
    );
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw new Rejection(
      400,
      'MalformedPolicyDocument',
      'Syntax errors in policy.',
      'Policy is not a JSON object',
    );
  if (JSON.stringify(document).length > MAX_POLICY_CHARACTERS)
    throw new Rejection(
      400,
      'PackedPolicyTooLarge',
      'Packed policy consumes more than 100 percent of the allotted size.',
      'Policy over 2048 characters',
    );
}

/** The role ARN behind an assumed-role session ARN (the path is not in the session ARN). */
function sourceRoleArn(caller: IssuedCredentials): string {
  const match = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(caller.assumedRoleArn);
  return match === null
    ? ''
    : `arn:${match[1] ?? ''}:iam::${match[2] ?? ''}:role/${match[3] ?? ''}`;
}

function sameRole(a: string, b: string): boolean {
  const left = parseRoleArn(a);
  const right = parseRoleArn(b);
  return (
    left !== undefined &&
    right !== undefined &&
    left.account === right.account &&
    left.name === right.name
  );
}

function checkTrust(
  role: RoleArn,
  caller: IssuedCredentials,
  externalId: string | null,
  roles: readonly AssumableRole[] | undefined,
): void {
  if (roles === undefined) return;
  const entry = roles.find((r) => r.roleArn === role.arn);
  if (entry === undefined)
    throw notAuthorized(caller, role.arn, 'role not among the assumable roles');
  const source = sourceRoleArn(caller);
  if (
    entry.trustedRoleArns !== undefined &&
    !entry.trustedRoleArns.some((t) => sameRole(t, source))
  )
    throw notAuthorized(caller, role.arn, `${source} is not trusted by ${role.arn}`);
  if (entry.externalId !== undefined && externalId !== entry.externalId)
    throw notAuthorized(
      caller,
      role.arn,
      externalId === null ? 'external id missing' : 'external id does not match',
    );
}

export function assumeRole(
  params: URLSearchParams,
  caller: IssuedCredentials,
  state: EmulatorState,
  context: ReplyContext,
): Outcome {
  const roleArnText = required(params, 'RoleArn', 'roleArn');
  const sessionName = required(params, 'RoleSessionName', 'roleSessionName');
  if (!SESSION_NAME.test(sessionName))
    throw validation(
      "1 validation error detected: Value at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    );
  const durationSeconds = parseDuration(params.get('DurationSeconds'));
  const externalId = params.get('ExternalId');
  if (externalId !== null && !EXTERNAL_ID.test(externalId))
    throw validation(
      "1 validation error detected: Value at 'externalId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*",
    );
  checkPolicy(params.get('Policy'));
  const role = parseRoleArn(roleArnText);
  if (role === undefined) throw validation(`${roleArnText.slice(0, 100)} is invalid`);
  checkTrust(role, caller, externalId, state.assumableRoles);
  const requestedSource = params.get('SourceIdentity');
  if (
    requestedSource !== null &&
    caller.sourceIdentity !== undefined &&
    requestedSource !== caller.sourceIdentity
  )
    throw notAuthorized(caller, role.arn, 'source identity cannot change once set');
  const expiresAt = Math.floor(context.date.getTime() / 1000) * 1000 + durationSeconds * 1000;
  const sourceIdentity = caller.sourceIdentity ?? requestedSource ?? undefined;
  const issued = state.credentials.issue(
    {
      assumedRoleArn: `arn:${role.partition}:sts::${role.account}:assumed-role/${role.name}/${sessionName}`,
      assumedRoleId: `${roleId(role.arn)}:${sessionName}`,
      account: role.account,
      ...(sourceIdentity === undefined ? {} : { sourceIdentity }),
    },
    new Date(expiresAt),
  );
  return {
    reply: assumeRoleReply(issued, context),
    verdict: {
      status: 200,
      label: 'AssumeRole',
      details: [
        ['role', role.arn],
        ['source', sourceRoleArn(caller)],
        ['duration', durationSeconds],
      ],
    },
    accepted: true,
  };
}

function assumeRoleReply(issued: IssuedCredentials, context: ReplyContext): Reply {
  const element = (name: string, value: string): string => `<${name}>${xmlEscape(value)}</${name}>`;
  const body =
    `<AssumeRoleResponse xmlns="${STS_NAMESPACE}">\n  <AssumeRoleResult>\n` +
    (issued.sourceIdentity === undefined
      ? ''
      : `    ${element('SourceIdentity', issued.sourceIdentity)}\n`) +
    `    <AssumedRoleUser>\n      ${element('AssumedRoleId', issued.assumedRoleId)}\n` +
    `      ${element('Arn', issued.assumedRoleArn)}\n    </AssumedRoleUser>\n` +
    `    <Credentials>\n      ${element('AccessKeyId', issued.accessKeyId)}\n` +
    `      ${element('SecretAccessKey', issued.secretAccessKey)}\n` +
    `      ${element('SessionToken', issued.sessionToken)}\n` +
    `      ${element('Expiration', formatTimestamp(issued.expiration))}\n    </Credentials>\n` +
    `    <PackedPolicySize>0</PackedPolicySize>\n  </AssumeRoleResult>\n` +
    `  <ResponseMetadata>\n    <RequestId>${context.requestId}</RequestId>\n  </ResponseMetadata>\n` +
    `</AssumeRoleResponse>\n`;
  return {
    status: 200,
    headers: {
      'Content-Type': 'text/xml',
      'x-amzn-RequestId': context.requestId,
      Date: context.date.toUTCString(),
    },
    body,
  };
}

/** A stable `AROA…` id per role, as IAM gives each role one unique id. */
function roleId(roleArn: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(roleArn).digest('hex')}`).toString(36);
  return `AROA${digits.toUpperCase().slice(0, 17).padEnd(17, '0')}`;
}

const STS_FAULT_CODES: Readonly<Record<number, string>> = {
  400: 'Throttling',
  429: 'Throttling',
  500: 'InternalFailure',
  503: 'ServiceUnavailable',
};

/** The next injected AssumeRole fault, spending one use of it. */
export function takeStsFault(state: EmulatorState): Rejection | undefined {
  const entry = state.stsFaults.find((f) => f.remaining > 0);
  if (entry === undefined) return undefined;
  entry.remaining -= 1;
  const code = entry.fault.code ?? STS_FAULT_CODES[entry.fault.status] ?? 'InternalFailure';
  const message = /Throttl/.test(code) ? 'Rate exceeded' : 'Injected fault';
  return new Rejection(entry.fault.status, code, message, 'fault injected: error');
}
