/**
 * Masking support for the Action. The runner masks a secret input's value as given; when the
 * value had to be decoded (base64 of a PEM, literal "\n" escapes) the decoded lines are new
 * strings that would print unmasked, so they are collected here. Short lines are left out: the
 * runner would mask them everywhere, and they are too short to matter.
 */
export const MIN_FRAGMENT_LENGTH = 8;

export class SecretFragments {
  readonly #fragments = new Set<string>();

  /** Adds each line of decoded text that is not one of the input's own lines. */
  addLines(lines: readonly string[], verbatim: ReadonlySet<string>): void {
    for (const raw of lines) {
      const line = raw.trim();
      // Pure armor lines are public knowledge; masking them would only garble logs.
      if (/^-----[A-Z0-9 #]+-----$/.test(line)) continue;
      if (line.length < MIN_FRAGMENT_LENGTH || verbatim.has(line)) continue;
      this.#fragments.add(line);
    }
  }

  add(value: string): void {
    if (value.length >= MIN_FRAGMENT_LENGTH) this.#fragments.add(value);
  }

  toArray(): readonly string[] {
    return [...this.#fragments];
  }
}
