/**
 * The shared credentials file as botocore reads it: Python's configparser.RawConfigParser with
 * its defaults (botocore.configloader.raw_config_parse), line by line, so that an edit keeps
 * every byte it does not mean to change and never turns a file botocore reads into one it
 * refuses. What configparser does, and so what this mirrors:
 * https://docs.python.org/3/library/configparser.html#supported-ini-file-structure
 *
 * - a section header is `[name]` at the start of a stripped line (anything may follow the last
 *   `]`, e.g. `[default] ; comment`); names are case-sensitive;
 * - an option is `key = value` or `key: value`, split at the first `=` or `:`; keys are
 *   case-insensitive (lower-cased);
 * - a stripped line that starts with `#` or `;` is a comment (there are no inline comments);
 * - a non-blank line indented deeper than the option line above it continues that option's value,
 *   blank lines included;
 * - a line before any header, a line that is none of these, a repeated section, or a repeated key
 *   in one section is an error: botocore then raises ConfigParseError for the whole file.
 */
import { RolesAnywhereError } from '../core/errors.js';

export type LineKind = 'blank' | 'comment' | 'section' | 'option' | 'continuation';

export interface IniLine {
  /** The line with its terminator, byte for byte. */
  readonly text: string;
  readonly kind: LineKind;
  /** The whitespace before the first non-space character. */
  readonly indent: string;
  /** The section the line sits in (for a header, the section it opens). */
  readonly section: string | undefined;
  /** For options and continuations: the option's key, lower-cased. */
  readonly option: string | undefined;
}

/** Lines with their own terminators, so untouched lines are copied byte for byte. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Python's whitespace (str.strip, `\\s`): JavaScript's, plus the separators U+001C..U+001F and U+0085. */
function isSpace(character: string): boolean {
  const code = character.charCodeAt(0);
  return /\s/.test(character) || (code >= 0x1c && code <= 0x1f) || code === 0x85;
}

function leadingSpace(text: string): string {
  let end = 0;
  while (end < text.length && isSpace(text.charAt(end))) end++;
  return text.slice(0, end);
}

function strip(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charAt(end - 1))) end--;
  return text.slice(leadingSpace(text).length, Math.max(end, leadingSpace(text).length));
}
const SECTION = /^\[([\s\S]+)\]/;
const OPTION = /^([\s\S]*?)\s*[=:]\s*([\s\S]*)$/;

function parseFailure(path: string, lineNumber: number, why: string): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_FILE',
    `Refusing to edit the credentials file ${path}: line ${lineNumber} ${why}, so botocore cannot read this file either (ConfigParseError). Fix that line and run again; nothing was changed.`,
    { input: 'AWS_SHARED_CREDENTIALS_FILE' },
  );
}

/** Every line classified as configparser would; throws what configparser would refuse. */
export function parseIniLayout(content: string, path: string): IniLine[] {
  if (content.startsWith('\ufeff'))
    throw parseFailure(path, 1, 'starts with a byte order mark, which Python reads as text');
  const lines: IniLine[] = [];
  const sections = new Set<string>();
  const options = new Set<string>();
  let section: string | undefined;
  let option: string | undefined;
  let indentLevel = 0;
  for (const [index, text] of splitLines(content).entries()) {
    const number = index + 1;
    const body = text.replace(/\r?\n$/, '');
    // Python splits lines at a lone CR too; keeping such a file byte for byte is not possible.
    if (body.includes('\r')) throw parseFailure(path, number, 'holds a carriage return mid-line');
    const stripped = strip(body);
    const indent = leadingSpace(body);
    const base = { text, indent, section, option: undefined };
    if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) {
      lines.push({ ...base, kind: stripped === '' ? 'blank' : 'comment' });
      continue;
    }
    if (section !== undefined && option !== undefined && indent.length > indentLevel) {
      lines.push({ ...base, kind: 'continuation', option });
      continue;
    }
    indentLevel = indent.length;
    const header = SECTION.exec(stripped);
    if (header !== null) {
      const name = header[1] ?? '';
      if (sections.has(name) && name !== 'DEFAULT')
        throw parseFailure(path, number, `repeats the section [${name}]`);
      sections.add(name);
      section = name;
      option = undefined;
      lines.push({ ...base, kind: 'section', section });
      continue;
    }
    if (section === undefined)
      throw parseFailure(path, number, 'comes before any [section] header');
    const match = OPTION.exec(stripped);
    const key = strip(match?.[1] ?? '').toLowerCase();
    if (match === null || key === '')
      throw parseFailure(
        path,
        number,
        'is not `key = value`, `key: value`, a [section] header, a comment or an indented continuation',
      );
    const scoped = JSON.stringify([section, key]);
    if (options.has(scoped))
      throw parseFailure(path, number, `repeats the key ${key} in [${section}] (keys ignore case)`);
    options.add(scoped);
    option = key;
    lines.push({ ...base, kind: 'option', option });
  }
  return lines;
}
