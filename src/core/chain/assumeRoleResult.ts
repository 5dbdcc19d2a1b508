/**
 * The AssumeRole answer, checked before anyone uses it: the SDK parses the XML, this checks that
 * what it parsed is credentials for the role that was asked for, in the account that owns it.
 */
import { isCredentialValue } from '../createSession/credentialValue.js';
import type { SessionCredentials } from '../createSession/response.js';
import { RolesAnywhereError, type ErrorCode } from '../errors.js';
import { serviceText } from '../serviceText.js';
import type { ChainSettings } from './chainSettings.js';
import { hasControlCharacters } from '../controlCharacters.js';

/** The fields of the SDK's AssumeRoleCommandOutput this project reads. */
export interface AssumeRoleOutput {
  readonly Credentials?:
    | {
        readonly AccessKeyId?: string | undefined;
        readonly SecretAccessKey?: string | undefined;
        readonly SessionToken?: string | undefined;
        readonly Expiration?: Date | undefined;
      }
    | undefined;
  readonly AssumedRoleUser?:
    { readonly Arn?: string | undefined; readonly AssumedRoleId?: string | undefined } | undefined;
  readonly SourceIdentity?: string | undefined;
}

/** Anything that could break a log line, an env file or a workflow command. */
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
const CLOCK_SLACK_MS = 5 * 60_000;

function invalid(role: string, what: string): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_RESPONSE_INVALID',
    `AssumeRole of ${role} answered 200 but ${what}; a proxy or a non-AWS endpoint may be in the way. Check the STS endpoint.`,
  );
}

function text(value: string | undefined, role: string, where: string): string {
  if (typeof value !== 'string' || value === '') throw invalid(role, `${where} is missing`);
  if (hasControlCharacters(value)) throw invalid(role, `${where} holds control characters`);
  return value;
}

/** A credential value: the first hop's rule, and never quoted in the message (it is a secret). */
function secret(value: string | undefined, role: string, where: string): string {
  const found = text(value, role, where);
  if (!isCredentialValue(found))
    throw invalid(
      role,
      `${where} holds a character other than printable ASCII (not shown: it is a secret)`,
    );
  return found;
}

/** The role's name is the last segment of its ARN's resource (paths are not in the session ARN). */
function roleName(chain: ChainSettings): string {
  return chain.role.resourceId.split('/').pop() ?? chain.role.resourceId;
}

export function checkAssumeRoleOutput(
  output: AssumeRoleOutput,
  chain: ChainSettings,
  sessionName: string,
  now: Date,
): SessionCredentials {
  const role = chain.role.arn;
  const credentials = output.Credentials;
  if (credentials === undefined) throw invalid(role, 'Credentials is missing');
  const accessKeyId = text(credentials.AccessKeyId, role, 'Credentials.AccessKeyId');
  if (!ACCESS_KEY_ID.test(accessKeyId))
    throw invalid(role, 'Credentials.AccessKeyId is not an access key id');
  const secretAccessKey = secret(credentials.SecretAccessKey, role, 'Credentials.SecretAccessKey');
  const sessionToken = secret(credentials.SessionToken, role, 'Credentials.SessionToken');
  const expiration = credentials.Expiration;
  if (!(expiration instanceof Date) || Number.isNaN(expiration.getTime()))
    throw invalid(role, 'Credentials.Expiration is not a date');
  if (expiration.getTime() <= now.getTime())
    throw invalid(role, `the credentials expired at ${expiration.toISOString()}`);
  const latest = now.getTime() + chain.durationSeconds * 1000 + CLOCK_SLACK_MS;
  if (expiration.getTime() > latest)
    throw invalid(
      role,
      `the credentials expire at ${expiration.toISOString()}, after the ${chain.durationSeconds} s asked for`,
    );
  const arn = text(output.AssumedRoleUser?.Arn, role, 'AssumedRoleUser.Arn');
  const expected = `arn:${chain.role.partition}:sts::${chain.role.accountId}:assumed-role/${roleName(chain)}/${sessionName}`;
  if (arn !== expected)
    throw invalid(role, `AssumedRoleUser.Arn is "${arn.slice(0, 200)}", expected "${expected}"`);
  const assumedRoleId = output.AssumedRoleUser?.AssumedRoleId;
  const sourceIdentity = output.SourceIdentity;
  return {
    accessKeyId,
    secretAccessKey,
    sessionToken,
    expiration,
    assumedRoleArn: arn,
    assumedRoleId:
      assumedRoleId === undefined ? undefined : text(assumedRoleId, role, 'AssumedRoleUser.Id'),
    roleArn: role,
    sourceIdentity:
      sourceIdentity === undefined ? undefined : text(sourceIdentity, role, 'SourceIdentity'),
    subjectArn: undefined,
    accountId: chain.role.accountId,
  };
}

/** An STS error answer, as the SDK reports it. */
export interface StsFailure {
  /** The STS error code (`AccessDenied`, `Throttling`, …) or the SDK's error name. */
  readonly code: string;
  readonly status: number | undefined;
  readonly message: string;
  readonly requestId: string | undefined;
}

function codeFor(failure: StsFailure): ErrorCode {
  const { code, status = 0 } = failure;
  if (/Throttl|TooManyRequests|RequestLimitExceeded/i.test(code) || status === 429)
    return 'ERR_THROTTLED';
  if (status >= 500) return 'ERR_SERVICE_UNAVAILABLE';
  if (/MalformedPolicyDocument|PackedPolicyTooLarge/.test(code)) return 'ERR_POLICY_INVALID';
  if (/AccessDenied|InvalidClientTokenId|ExpiredToken|RegionDisabled/.test(code) || status === 403)
    return 'ERR_ACCESS_DENIED';
  if (/Validation/.test(code) || status === 400) return 'ERR_VALIDATION';
  return 'ERR_SERVICE';
}

function hintFor(failure: StsFailure, chain: ChainSettings, sourceRoleArn: string): string {
  const { code, message } = failure;
  if (/AccessDenied/.test(code))
    return `Check the trust policy of ${chain.role.arn}: it must let ${sourceRoleArn} call sts:AssumeRole (with sts:SetSourceIdentity, which Roles Anywhere sets${chain.tags.length > 0 ? ', and sts:TagSession for the session tags' : ''})${chain.externalId === undefined ? '' : ', and its sts:ExternalId condition must match the external id given'}.`;
  if (/ExpiredToken/.test(code))
    return "The Roles Anywhere credentials had expired before AssumeRole: check this machine's clock.";
  if (/InvalidClientTokenId/.test(code))
    return 'STS did not recognise the Roles Anywhere credentials: check that the STS endpoint belongs to the same partition and that the region is enabled in the account.';
  if (/RegionDisabled/.test(code))
    return 'Activate STS in this region for the account (IAM account settings), or use another region.';
  if (/1 hour|chain/i.test(message))
    return `Lower ${chain.names.durationSeconds} to at most 3600: STS caps chained role sessions at 1 hour.`;
  if (/MalformedPolicyDocument|PackedPolicyTooLarge/.test(code))
    return `Check ${chain.names.policy} and ${chain.names.policyArns}.`;
  return `Check ${chain.names.roleArn} and the other chaining inputs.`;
}

function shorten(message: string): string {
  return serviceText(message);
}

/** One error that keeps STS's words and adds what to check; throttling and 5xx may be retried. */
export function mapStsFailure(
  failure: StsFailure,
  chain: ChainSettings,
  sourceRoleArn: string,
): RolesAnywhereError {
  const code = codeFor(failure);
  const stsCode = serviceText(failure.code, 100);
  const requestId =
    failure.requestId === undefined ? undefined : serviceText(failure.requestId, 100);
  const retryable = code === 'ERR_THROTTLED' || code === 'ERR_SERVICE_UNAVAILABLE';
  const status = failure.status === undefined ? '' : ` ${failure.status}`;
  const words = shorten(failure.message);
  const what = `AssumeRole of ${chain.role.arn} failed:${status} ${stsCode}${words === '' ? '' : `: ${words}`}`;
  const hint = retryable
    ? 'STS is busy or failing; it was retried with backoff.'
    : hintFor(failure, chain, sourceRoleArn);
  const id = requestId === undefined ? '' : ` (request id ${requestId})`;
  return new RolesAnywhereError(code, `${what.replace(/\.$/, '')}. ${hint}${id}`, {
    input: chain.names.roleArn,
    ...(failure.status === undefined ? {} : { status: failure.status }),
    awsErrorType: stsCode,
    ...(requestId === undefined ? {} : { requestId }),
    retryable,
  });
}
