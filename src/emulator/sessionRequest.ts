/**
 * The CreateSession parameters: the three ARNs (JSON body or query string, as the service accepts
 * both), durationSeconds and roleSessionName, validated with the service's ValidationException
 * wording ("1 validation error detected: Value … at '…' failed to satisfy constraint: …").
 */
import {
  ARN_PATTERNS,
  parseRoleArn,
  parseRolesAnywhereArn,
  type RoleArn,
  type RolesAnywhereArn,
} from './arns.js';
import { splitTarget, type RawRequest } from './rawRequest.js';
import { validationError } from './rejection.js';

export const MIN_DURATION_SECONDS = 900;
export const MAX_DURATION_SECONDS = 43_200;
export const DEFAULT_DURATION_SECONDS = 3600;

export interface SessionRequest {
  readonly trustAnchor: RolesAnywhereArn;
  readonly profile: RolesAnywhereArn;
  readonly role: RoleArn;
  /** Undefined when the request left it to the service's default. */
  readonly durationSeconds: number | undefined;
  readonly roleSessionName: string | undefined;
}

type ArnField = 'trustAnchorArn' | 'profileArn' | 'roleArn';

/** Throws a ValidationException Rejection listing every invalid member. */
export function parseSessionRequest(request: RawRequest): SessionRequest {
  const body = parseBody(request.body);
  const query = new URLSearchParams(splitTarget(request.target).query);
  const errors: string[] = [];
  const value = (field: ArnField): string | undefined =>
    arnValue(field, body[field], query.get(field), errors);
  const trustAnchor = checkArn(value('trustAnchorArn'), 'trustAnchorArn', errors, (v) =>
    parseRolesAnywhereArn('trust-anchor', v),
  );
  const profile = checkArn(value('profileArn'), 'profileArn', errors, (v) =>
    parseRolesAnywhereArn('profile', v),
  );
  const role = checkArn(value('roleArn'), 'roleArn', errors, parseRoleArn);
  const durationSeconds = checkDuration(body.durationSeconds, errors);
  const roleSessionName = checkSessionName(body.roleSessionName, errors);

  if (trustAnchor === undefined || profile === undefined || role === undefined || errors.length) {
    const count = `${errors.length} validation error${errors.length === 1 ? '' : 's'} detected`;
    throw validationError(`${count}: ${errors.join('; ')}`);
  }
  return { trustAnchor, profile, role, durationSeconds, roleSessionName };
}

function parseBody(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw validationError('Could not parse request body into json: the body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw validationError('Could not parse request body into json: expected a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

function arnValue(
  field: ArnField,
  fromBody: unknown,
  fromQuery: string | null,
  errors: string[],
): string | undefined {
  if (fromBody !== undefined && typeof fromBody !== 'string') {
    errors.push(`Value at '${field}' failed to satisfy constraint: Member must be a string`);
    return undefined;
  }
  if (fromBody !== undefined && fromQuery !== null && fromBody !== fromQuery) {
    errors.push(`Value at '${field}' failed to satisfy constraint: body and query string disagree`);
    return undefined;
  }
  return fromBody ?? fromQuery ?? undefined;
}

function checkArn<T>(
  value: string | undefined,
  field: ArnField,
  errors: string[],
  parse: (value: string) => T | undefined,
): T | undefined {
  if (value === undefined) {
    if (!errors.some((e) => e.includes(`'${field}'`))) {
      errors.push(`Value null at '${field}' failed to satisfy constraint: Member must not be null`);
    }
    return undefined;
  }
  const parsed = parse(value);
  if (parsed === undefined) {
    const kind =
      field === 'trustAnchorArn' ? 'trust-anchor' : field === 'profileArn' ? 'profile' : 'role';
    errors.push(
      `Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ARN_PATTERNS[kind]}`,
    );
  }
  return parsed;
}

// The body is parsed JSON: a scalar echoes as itself, an object or array as the JSON it came as.
function echoed(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return JSON.stringify(value);
}

function checkDuration(value: unknown, errors: string[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    errors.push(
      `Value '${echoed(value)}' at 'durationSeconds' failed to satisfy constraint: Member must be an integer`,
    );
    return undefined;
  }
  if (value < MIN_DURATION_SECONDS) {
    errors.push(
      `Value '${value}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to ${MIN_DURATION_SECONDS}`,
    );
  } else if (value > MAX_DURATION_SECONDS) {
    errors.push(
      `Value '${value}' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to ${MAX_DURATION_SECONDS}`,
    );
  }
  return value;
}

function checkSessionName(value: unknown, errors: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !/^[\w+=,.@-]{2,64}$/.test(value)) {
    errors.push(
      `Value '${echoed(value)}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]{2,64}`,
    );
    return undefined;
  }
  return value;
}
