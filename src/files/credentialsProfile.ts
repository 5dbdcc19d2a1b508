import { RolesAnywhereError } from '../core/errors.js';

/** The three values a credentials-file profile holds. */
export interface ProfileCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

const KEYS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'] as const;
type Key = (typeof KEYS)[number];

export function validateProfileName(name: string | undefined, input = '--profile'): string {
  const profile = name ?? 'default';
  if (!/^[^\s[\]#;][^[\]\r\n]*$/.test(profile) || profile !== profile.trim()) {
    throw new RolesAnywhereError(
      'ERR_INPUT_INVALID',
      `${input} "${profile}" is not a usable profile name: no brackets, line breaks or surrounding spaces.`,
      { input },
    );
  }
  return profile;
}

/** Lines with their own terminators, so untouched lines are copied byte for byte. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function terminatorOf(line: string): string {
  return line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The shared credentials file with `profile`'s three keys set. Every other byte (other profiles,
 * comments, other keys of the same profile, line endings) is kept as it was; a missing profile is
 * appended. Same `key = value` form as aws_signing_helper writes.
 */
export function upsertProfile(
  original: string,
  profile: string,
  credentials: ProfileCredentials,
): string {
  const values: Record<Key, string> = {
    aws_access_key_id: credentials.accessKeyId,
    aws_secret_access_key: credentials.secretAccessKey,
    aws_session_token: credentials.sessionToken,
  };
  for (const key of KEYS) {
    if (/[\r\n]/.test(values[key]))
      throw new RolesAnywhereError(
        'ERR_RESPONSE_INVALID',
        `The ${key} received holds a line break; refusing to write it.`,
      );
  }
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const lines = splitLines(original);
  const header = new RegExp(`^\\s*\\[${escapeRegExp(profile)}\\]\\s*$`);
  const start = lines.findIndex((line) => header.test(line.replace(/\r?\n$/, '')));
  if (start === -1) {
    let prefix = original;
    if (prefix !== '' && !prefix.endsWith('\n')) prefix += eol;
    if (prefix !== '' && !/(\r?\n){2}$/.test(prefix)) prefix += eol;
    return `${prefix}[${profile}]${eol}${KEYS.map((k) => `${k} = ${values[k]}${eol}`).join('')}`;
  }
  const out = lines.slice(0, start + 1);
  const headerLine = lines[start] ?? '';
  if (terminatorOf(headerLine) === '') out[out.length - 1] = headerLine + eol;
  const seen = new Set<Key>();
  let end = start + 1;
  const body: string[] = [];
  for (; end < lines.length; end++) {
    const line = lines[end] ?? '';
    if (/^\s*\[/.test(line)) break;
    const key = KEYS.find((k) => new RegExp(`^\\s*${k}\\s*=`).test(line));
    if (key === undefined) {
      body.push(line);
      continue;
    }
    seen.add(key);
    body.push(`${key} = ${values[key]}${terminatorOf(line) || eol}`);
  }
  const missing = KEYS.filter((k) => !seen.has(k)).map((k) => `${k} = ${values[k]}${eol}`);
  return [...out, ...missing, ...body, ...lines.slice(end)].join('');
}

/** The file without `profile`'s section; every other byte is kept. */
export function removeProfile(original: string, profile: string): string {
  const lines = splitLines(original);
  const header = new RegExp(`^\\s*\\[${escapeRegExp(profile)}\\]\\s*$`);
  const start = lines.findIndex((line) => header.test(line.replace(/\r?\n$/, '')));
  if (start === -1) return original;
  let end = start + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end] ?? '')) end++;
  // upsertProfile appends a missing profile after one blank line: take that back with it.
  const from =
    end === lines.length && start > 0 && /^\r?\n$/.test(lines[start - 1] ?? '') ? start - 1 : start;
  return [...lines.slice(0, from), ...lines.slice(end)].join('');
}
