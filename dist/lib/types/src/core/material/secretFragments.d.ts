/**
 * Masking support for the Action. The runner masks a secret input's value as given; when the
 * value had to be decoded (base64 of a PEM, literal "\n" escapes) the decoded lines are new
 * strings that would print unmasked, so they are collected here. Short lines are left out: the
 * runner would mask them everywhere, and they are too short to matter.
 */
export declare const MIN_FRAGMENT_LENGTH = 8;
/**
 * The one rule for which lines of a key's text to mask or scrub: every printable line long enough
 * to matter, armour and headers aside. The Action masks them, the CLI scrubs them from messages.
 */
export declare function isKeyLine(line: string): boolean;
/** The lines of a key file or variable that must never print: see isKeyLine. */
export declare function keyLines(content: string | Uint8Array): string[];
export declare class SecretFragments {
    #private;
    /** Adds each line of decoded text that is not one of the input's own lines. */
    addLines(lines: readonly string[], verbatim: ReadonlySet<string>): void;
    add(value: string): void;
    toArray(): readonly string[];
}
