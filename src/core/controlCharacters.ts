// C0 and C1 controls (Unicode's Cc) and the Unicode line and paragraph separators: what can end a
// line, start a new one (a line starting with `::` is a workflow command on GitHub) or drive a
// terminal.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const CONTROL_BUT_TAB = /(?!\t)[\p{Cc}\u2028\u2029]/gu;
const CONTROL_RUN = /[\p{Cc}\u2028\u2029]+/gu;
const ANY_CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** Whether text from outside holds any such character. */
export function hasControlCharacters(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/** Each run of such characters as one space, so a message stays on one line. */
export function collapseControlCharacters(text: string): string {
  return text.replace(CONTROL_RUN, ' ');
}

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
