// C0 and C1 controls and the Unicode line and paragraph separators: what can end a line, start a
// new one (a line starting with `::` is a workflow command on GitHub) or drive a terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- the same, tabs left as they are
const CONTROL_BUT_TAB = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Shows every such character as `\uXXXX`, so text from outside stays on one inert line. */
export function escapeControlCharacters(
  text: string,
  options: { keepTabs?: boolean } = {},
): string {
  return text.replace(
    options.keepTabs === true ? CONTROL_BUT_TAB : CONTROL,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
