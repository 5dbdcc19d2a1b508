/**
 * A value from outside, fit to quote in a message or a log line: in double quotes, bounded, every
 * control character and Unicode line break escaped, so it can never start a line of its own (a
 * line starting with `::` is a workflow command on GitHub).
 */
export declare function quoteValue(value: string, maxLength?: number): string;
