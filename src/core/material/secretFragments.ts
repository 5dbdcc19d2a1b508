/**
 * Masking support for the Action. The runner masks a secret input's value as given; when the
 * value had to be decoded (base64 of a PEM, literal "\n" escapes) the decoded lines are new
 * strings that would print unmasked, so they are collected here. Short lines are left out: the
 * runner would mask them everywhere, and they are too short to matter.
 */
export const MIN_FRAGMENT_LENGTH = 8;

const ARMOUR = /^-----/;
/** RFC 1421 headers (Proc-Type, DEK-Info) describe the encryption and say nothing secret. */
const HEADER = /^[A-Za-z-]+:/;
/** Binary (DER read as text) never reaches a log as such; masking its fragments only garbles. */
const PRINTABLE = /^[\x20-\x7e]+$/;

/**
 * The one rule for which lines of a key's text to mask or scrub: every printable line long enough
 * to matter, armour and headers aside. The Action masks them, the CLI scrubs them from messages.
 */
export function isKeyLine(line: string): boolean {
  return (
    line.length >= MIN_FRAGMENT_LENGTH &&
    PRINTABLE.test(line) &&
    !ARMOUR.test(line) &&
    !HEADER.test(line)
  );
}

/** The lines of a key file or variable that must never print: see isKeyLine. */
export function keyLines(content: string | Uint8Array): string[] {
  const text = typeof content === 'string' ? content : Buffer.from(content).toString('latin1');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(isKeyLine);
}

export class SecretFragments {
  readonly #fragments = new Set<string>();

  /** Adds each line of decoded text that is not one of the input's own lines. */
  addLines(lines: readonly string[], verbatim: ReadonlySet<string>): void {
    for (const raw of lines) {
      const line = raw.trim();
      if (isKeyLine(line) && !verbatim.has(line)) this.#fragments.add(line);
    }
  }

  add(value: string): void {
    if (value.length >= MIN_FRAGMENT_LENGTH) this.#fragments.add(value);
  }

  toArray(): readonly string[] {
    return [...this.#fragments];
  }
}
