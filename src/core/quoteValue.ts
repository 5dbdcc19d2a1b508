import { escapeControlCharacters } from './controlCharacters.js';

/**
 * A value from outside, fit to quote in a message or a log line: in double quotes, bounded, every
 * control character and Unicode line break escaped, so it can never start a line of its own (a
 * line starting with `::` is a workflow command on GitHub).
 */
export function quoteValue(value: string, maxLength = 120): string {
  const cut = value.length > maxLength ? `${value.slice(0, maxLength)}…` : value;
  // JSON escapes the C0 controls, quotes and backslashes; the rest of the set is escaped here.
  return escapeControlCharacters(JSON.stringify(cut));
}
