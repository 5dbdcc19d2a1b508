import { RolesAnywhereError } from '../core/errors.js';
import { parseIniLayout, type IniLine } from './iniLayout.js';

/** The three values a credentials-file profile holds. */
export interface ProfileCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

const KEYS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'] as const;
type Key = (typeof KEYS)[number];

/**
 * The one profile-name rule of every front end (the Action's aws-profile, gitlab-setup's
 * --aws-profile, update --profile). A name goes into AWS_PROFILE, a shell line and an INI header
 * alike, and each front end may write a profile the others then read, so only the characters all
 * of those keep as they are: letters, digits and `_.@+-`, as IAM names allow. Each front end words
 * its own refusal, naming its own input.
 */
export const PROFILE_NAME = /^[\w.@+-]{1,64}$/;

/** PROFILE_NAME in words, for a refusal to say what is allowed. */
export const PROFILE_NAME_RULE = 'letters, digits and ._@+-, at most 64 characters';

export function isProfileName(name: string): boolean {
  return PROFILE_NAME.test(name);
}

function terminatorOf(line: string): string {
  return line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
}

/** Where `profile`'s section is: its header's index and the index after its last line. */
function sectionRange(lines: readonly IniLine[], profile: string): [number, number] | undefined {
  const start = lines.findIndex((line) => line.kind === 'section' && line.section === profile);
  if (start === -1) return undefined;
  let end = start + 1;
  while (end < lines.length && lines[end]?.kind !== 'section') end++;
  return [start, end];
}

/**
 * The shared credentials file with `profile`'s three keys set. Every other byte (other profiles,
 * comments, other keys of the same profile, line endings) is kept as it was; a missing profile is
 * appended. Same `key = value` form as aws_signing_helper writes. A file botocore could not read
 * is refused, not rewritten.
 */
export function upsertProfile(
  original: string,
  profile: string,
  credentials: ProfileCredentials,
  path = 'AWS_SHARED_CREDENTIALS_FILE',
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
  const lines = parseIniLayout(original, path);
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const range = sectionRange(lines, profile);
  if (range === undefined) {
    let prefix = original;
    if (prefix !== '' && !prefix.endsWith('\n')) prefix += eol;
    if (prefix !== '' && !/(\r?\n){2}$/.test(prefix)) prefix += eol;
    return `${prefix}[${profile}]${eol}${KEYS.map((k) => `${k} = ${values[k]}${eol}`).join('')}`;
  }
  const [start, end] = range;
  const header = lines[start]?.text ?? '';
  const seen = new Set<Key>();
  const body: string[] = [];
  for (const line of lines.slice(start + 1, end)) {
    const key = KEYS.find((k) => k === line.option);
    if (key === undefined) {
      body.push(line.text);
      continue;
    }
    // The old value's continuation lines go with it.
    if (line.kind === 'continuation') continue;
    seen.add(key);
    body.push(`${line.indent}${key} = ${values[key]}${terminatorOf(line.text) || eol}`);
  }
  // Indented like the next option or header, so that line is not read as their continuation.
  const next = lines.slice(start + 1).find((l) => l.kind === 'option' || l.kind === 'section');
  const indent = next?.indent ?? '';
  const missing = KEYS.filter((k) => !seen.has(k)).map((k) => `${indent}${k} = ${values[k]}${eol}`);
  return [
    ...lines.slice(0, start).map((l) => l.text),
    terminatorOf(header) === '' ? header + eol : header,
    ...missing,
    ...body,
    ...lines.slice(end).map((l) => l.text),
  ].join('');
}

/** The file without `profile`'s section; every other byte is kept. */
export function removeProfile(
  original: string,
  profile: string,
  path = 'AWS_SHARED_CREDENTIALS_FILE',
): string {
  const lines = parseIniLayout(original, path);
  const range = sectionRange(lines, profile);
  if (range === undefined) return original;
  const [start, end] = range;
  // upsertProfile appends a missing profile after one blank line: take that back with it.
  const from =
    end === lines.length && start > 0 && /^\r?\n$/.test(lines[start - 1]?.text ?? '')
      ? start - 1
      : start;
  return [...lines.slice(0, from), ...lines.slice(end)].map((l) => l.text).join('');
}
