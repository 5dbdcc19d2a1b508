/**
 * Masking support for the Action. The runner masks a secret input's value as given; when the
 * value had to be decoded (base64 of a PEM, literal "\n" escapes) the decoded lines are new
 * strings that would print unmasked, so they are collected here. Short lines are left out: the
 * runner would mask them everywhere, and they are too short to matter.
 */
export declare const MIN_FRAGMENT_LENGTH = 8;
export declare class SecretFragments {
    #private;
    /** Adds each line of decoded text that is not one of the input's own lines. */
    addLines(lines: readonly string[], verbatim: ReadonlySet<string>): void;
    add(value: string): void;
    toArray(): readonly string[];
}
