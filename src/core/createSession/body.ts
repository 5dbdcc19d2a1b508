import { RolesAnywhereError } from '../errors.js';

export const MIN_DURATION_SECONDS = 900;
export const MAX_DURATION_SECONDS = 43_200;
export const DEFAULT_DURATION_SECONDS = 3600;

export interface CreateSessionBody {
  readonly durationSeconds: number;
  readonly profileArn: string;
  readonly roleArn: string;
  readonly trustAnchorArn: string;
  readonly roleSessionName?: string | undefined;
}

/** Accepts "3600", "1h", "45m"; whole seconds between 900 and 43200. */
export function parseDuration(value: string | number | undefined, input: string): number {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return DEFAULT_DURATION_SECONDS;
  }
  let seconds: number;
  if (typeof value === 'number') {
    seconds = value;
  } else {
    const m = /^\s*(\d+)\s*([smh]?)\s*$/.exec(value);
    const unit = m?.[2] === 'h' ? 3600 : m?.[2] === 'm' ? 60 : 1;
    seconds = m?.[1] === undefined ? Number.NaN : Number(m[1]) * unit;
  }
  if (
    !Number.isInteger(seconds) ||
    seconds < MIN_DURATION_SECONDS ||
    seconds > MAX_DURATION_SECONDS
  ) {
    throw new RolesAnywhereError(
      'ERR_DURATION_INVALID',
      `${input} must be a whole number of seconds from ${MIN_DURATION_SECONDS} to ${MAX_DURATION_SECONDS} (15 minutes to 12 hours), got "${String(value).trim()}".`,
      { input },
    );
  }
  return seconds;
}

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export function parseRoleSessionName(value: string | undefined, input: string): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const name = value.trim();
  if (!SESSION_NAME.test(name)) {
    throw new RolesAnywhereError(
      'ERR_SESSION_NAME_INVALID',
      `${input} must be 2 to 64 characters of letters, digits and +=,.@_- (got ${name.length} characters${/[^\w+=,.@-]/.test(name) ? ' including others' : ''}).`,
      { input },
    );
  }
  return name;
}

/** Keys in a fixed order so the same settings always sign the same bytes. */
export function createSessionBody(body: CreateSessionBody): string {
  const ordered: Record<string, string | number> = {
    durationSeconds: body.durationSeconds,
    profileArn: body.profileArn,
    roleArn: body.roleArn,
  };
  if (body.roleSessionName !== undefined) ordered['roleSessionName'] = body.roleSessionName;
  ordered['trustAnchorArn'] = body.trustAnchorArn;
  return JSON.stringify(ordered);
}
