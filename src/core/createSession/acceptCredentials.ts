import type { ParsedArn } from '../arn.js';
import { RolesAnywhereError } from '../errors.js';
import { quoteValue } from '../quoteValue.js';
import { isCredentialValue } from './credentialValue.js';
import { refreshMarginMs } from '../refreshMargin.js';
import { rfc3339 } from '../rfc3339.js';
import type { SessionCredentials } from './response.js';
import { hasControlCharacters } from '../controlCharacters.js';

/** What the request asked for: the answer must be for this role and last this long. */
export interface ExpectedSession {
  readonly role: ParsedArn;
  readonly durationSeconds: number;
}

// C0, DEL, C1 and the Unicode line breaks: any of them lets a value start a new log line, and a
// new line starting with `::` is a workflow command.
/** How far past the session asked for an expiration may fall: clocks drift apart. */
const CLOCK_SLACK_MS = 5 * 60_000;
const NAME = '[\\w+=,.@-]';
const ASSUMED_ROLE = new RegExp(
  `^arn:(aws(?:-[a-z]+)*):sts::(\\d{12}):assumed-role/(${NAME}{1,64})/(${NAME}{1,64})$`,
);
const SUBJECT = /^arn:aws(?:-[a-z]+)*:rolesanywhere:[a-z0-9-]+:\d{12}:subject\/[\w-]{1,128}$/;

function invalid(what: string): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_RESPONSE_INVALID',
    `CreateSession answered 201 but ${what}; a proxy or a non-AWS endpoint may be in the way. Check the endpoint.`,
  );
}

function checkText(credentials: SessionCredentials): void {
  const secrets = [
    ['credentials.accessKeyId', credentials.accessKeyId],
    ['credentials.secretAccessKey', credentials.secretAccessKey],
    ['credentials.sessionToken', credentials.sessionToken],
  ] as const;
  for (const [field, value] of secrets) {
    // Never quoted: these are secrets.
    if (!isCredentialValue(value))
      throw invalid(
        `${field} holds a character other than printable ASCII (not shown: it is a secret)`,
      );
  }
  const shownFields = [
    ['assumedRoleUser.arn', credentials.assumedRoleArn],
    ['assumedRoleUser.assumedRoleId', credentials.assumedRoleId],
    ['roleArn', credentials.roleArn],
    ['sourceIdentity', credentials.sourceIdentity],
    ['subjectArn', credentials.subjectArn],
  ] as const;
  for (const [field, value] of shownFields) {
    if (value !== undefined && hasControlCharacters(value))
      throw invalid(`${field} holds a control character (${quoteValue(value)})`);
  }
}

function checkIdentity(credentials: SessionCredentials, role: ParsedArn): void {
  const match = ASSUMED_ROLE.exec(credentials.assumedRoleArn);
  if (match === null) {
    throw invalid(
      `assumedRoleUser.arn is ${quoteValue(credentials.assumedRoleArn)}, not an assumed-role ARN like arn:aws:sts::111122223333:assumed-role/deployer/session`,
    );
  }
  const [, partition, account, roleName] = match;
  // An assumed-role ARN names the role without its path.
  const expectedName = role.resourceId.split('/').pop() ?? role.resourceId;
  const sameRole =
    partition === role.partition && account === role.accountId && roleName === expectedName;
  const sameRoleArn = credentials.roleArn === undefined || credentials.roleArn === role.arn;
  if (!sameRole || !sameRoleArn) {
    const found = sameRole
      ? `roleArn ${quoteValue(credentials.roleArn ?? '')}`
      : credentials.assumedRoleArn;
    throw new RolesAnywhereError(
      'ERR_RESPONSE_WRONG_ROLE',
      `CreateSession returned credentials for ${found}, not for the role asked for (${role.arn}); refusing them. Check the endpoint: only AWS, or a proxy you trust, should answer it.`,
    );
  }
  if (credentials.subjectArn !== undefined && !SUBJECT.test(credentials.subjectArn))
    throw invalid(
      `subjectArn is ${quoteValue(credentials.subjectArn)}, not a Roles Anywhere subject ARN`,
    );
}

function checkLifetime(
  credentials: SessionCredentials,
  expected: ExpectedSession,
  now: Date,
): void {
  const left = credentials.expiration.getTime() - now.getTime();
  const margin = refreshMarginMs(expected.durationSeconds);
  const longest = expected.durationSeconds * 1000 + CLOCK_SLACK_MS;
  if (left > longest)
    // A lifetime longer than asked for is not a gift: a refresh scheduled by it would wait past
    // what a timer can hold, and a stolen session would outlive what the role allows.
    throw new RolesAnywhereError(
      'ERR_RESPONSE_TOO_LONG',
      `CreateSession returned credentials that expire at ${rfc3339(credentials.expiration)}, ${Math.round(left / 1000)} s from now by the local clock (${rfc3339(now)}), longer than the ${expected.durationSeconds} s asked for; refusing them. Check this machine's clock and the endpoint: only AWS, or a proxy you trust, should answer it.`,
    );
  if (left > margin) return;
  const when = rfc3339(credentials.expiration);
  const found =
    left <= 0
      ? `expired at ${when}, ${Math.round(-left / 1000)} s ago`
      : `expire at ${when}, only ${Math.round(left / 1000)} s from now`;
  throw new RolesAnywhereError(
    'ERR_RESPONSE_EXPIRED',
    `CreateSession returned credentials that ${found} by the local clock (${rfc3339(now)}); they must last more than ${Math.round(margin / 1000)} s to be worth using. Check this machine's clock, the certificate's notAfter (a session never outlives it) and the profile's session duration.`,
  );
}

/**
 * Refuses credentials that cannot be right for this request, whoever answered: malformed or
 * control-character fields (they would reach logs and workflow commands), another role or
 * account, or a lifetime already spent.
 */
export function acceptCredentials(
  credentials: SessionCredentials,
  expected: ExpectedSession,
  now: Date,
): SessionCredentials {
  checkText(credentials);
  checkIdentity(credentials, expected.role);
  checkLifetime(credentials, expected, now);
  return credentials;
}
