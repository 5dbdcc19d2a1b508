/**
 * Text a service (or whatever answered in its place) chose, fit to print inside one of our
 * lines: whitespace runs become one space, and every other control character and Unicode line
 * break is shown as \uXXXX, so an answer can neither start a line of its own nor drive the
 * terminal (an ESC sequence can rewrite what the user sees above it), and it is bounded.
 */
export function serviceText(text: string, maxLength = 300): string {
  const oneLine = text
    .replace(/[\t\n\r\f\v ]+/g, ' ')
    .trim()
    // eslint-disable-next-line no-control-regex -- escaping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength)}…` : oneLine;
}
