import { RolesAnywhereError } from '../errors.js';
import { quoteValue } from '../quoteValue.js';

export interface SessionCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
  readonly assumedRoleArn: string;
  readonly assumedRoleId: string | undefined;
  readonly roleArn: string | undefined;
  readonly sourceIdentity: string | undefined;
  readonly subjectArn: string | undefined;
  readonly accountId: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(what: string): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_RESPONSE_INVALID',
    `CreateSession answered 201 but ${what}; a proxy or a non-AWS endpoint may be in the way. Check the endpoint.`,
  );
}

function requireString(record: Record<string, unknown>, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value === '') throw invalid(`${where}.${key} is missing`);
  return value;
}

function optionalString(
  record: Record<string, unknown> | undefined,
  key: string,
): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;

/** RFC 3339 only: Date alone also takes "1700000000", "tomorrow" and 30 February (as 2 March). */
function parseExpiration(text: string): Date {
  const match = RFC3339.exec(text);
  const [, year = '', month = '', day = ''] = match ?? [];
  const calendarDay = new Date(`${year}-${month}-${day}T00:00:00Z`);
  const expiration = new Date(text);
  if (
    match === null ||
    Number.isNaN(expiration.getTime()) ||
    calendarDay.getUTCDate() !== Number(day) ||
    calendarDay.getUTCMonth() + 1 !== Number(month)
  ) {
    throw invalid(`credentials.expiration is ${quoteValue(text, 40)}, not an RFC 3339 date-time`);
  }
  return expiration;
}

export function parseCreateSessionText(text: string): SessionCredentials {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalid(
      `its body is not JSON (${text.length} bytes, starting "${text.slice(0, 24).replace(/\s+/g, ' ')}")`,
    );
  }
  return parseCreateSessionResponse(body);
}

export function parseCreateSessionResponse(body: unknown): SessionCredentials {
  if (!isRecord(body)) throw invalid('its body is not a JSON object');
  const set = body['credentialSet'];
  if (!Array.isArray(set)) throw invalid('credentialSet is missing');
  const first: unknown = set[0];
  if (!isRecord(first)) throw invalid('credentialSet is empty');
  const credentials = first['credentials'];
  if (!isRecord(credentials)) throw invalid('credentialSet[0].credentials is missing');
  const user = isRecord(first['assumedRoleUser']) ? first['assumedRoleUser'] : undefined;
  const expirationText = requireString(credentials, 'expiration', 'credentials');
  const expiration = parseExpiration(expirationText);
  const assumedRoleArn = user === undefined ? undefined : optionalString(user, 'arn');
  if (assumedRoleArn === undefined) throw invalid('assumedRoleUser.arn is missing');
  return {
    accessKeyId: requireString(credentials, 'accessKeyId', 'credentials'),
    secretAccessKey: requireString(credentials, 'secretAccessKey', 'credentials'),
    sessionToken: requireString(credentials, 'sessionToken', 'credentials'),
    expiration,
    assumedRoleArn,
    assumedRoleId: optionalString(user, 'assumedRoleId'),
    roleArn: optionalString(first, 'roleArn'),
    sourceIdentity: optionalString(first, 'sourceIdentity'),
    subjectArn: optionalString(body, 'subjectArn'),
    accountId: /^arn:[^:]+:[^:]+::(\d{12}):/.exec(assumedRoleArn)?.[1],
  };
}
