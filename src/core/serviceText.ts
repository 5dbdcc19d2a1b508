import { escapeControlCharacters } from './controlCharacters.js';

/**
 * Text a service (or whatever answered in its place) chose, fit to print inside one of our
 * lines: whitespace runs become one space, and every other control character and Unicode line
 * break is shown as \uXXXX, so an answer can neither start a line of its own nor drive the
 * terminal (an ESC sequence can rewrite what the user sees above it), and it is bounded.
 */
export function serviceText(text: string, maxLength = 300): string {
  const oneLine = text.replace(/[\t\n\r\f\v ]+/g, ' ').trim();
  const inert = escapeControlCharacters(oneLine);
  return inert.length > maxLength ? `${inert.slice(0, maxLength)}…` : inert;
}
