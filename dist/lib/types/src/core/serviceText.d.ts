/**
 * Text a service (or whatever answered in its place) chose, fit to print inside one of our
 * lines: whitespace runs become one space, and every other control character and Unicode line
 * break is shown as \uXXXX, so an answer can neither start a line of its own nor drive the
 * terminal (an ESC sequence can rewrite what the user sees above it), and it is bounded.
 */
export declare function serviceText(text: string, maxLength?: number): string;
