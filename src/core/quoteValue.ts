/**
 * A value from outside, fit to quote in a message or a log line: in double quotes, bounded, every
 * control character and Unicode line break escaped, so it can never start a line of its own (a
 * line starting with `::` is a workflow command on GitHub).
 */
export function quoteValue(value: string, maxLength = 120): string {
  const cut = value.length > maxLength ? `${value.slice(0, maxLength)}…` : value;
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
