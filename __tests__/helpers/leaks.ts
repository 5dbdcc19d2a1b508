/**
 * The leak scan: given the secrets a test handled, asserts that no fragment of any of them appears
 * in what the tool printed, wrote or threw. Fragments are what a careless log would show: each PEM
 * body line of a key, any 24-character window of the key's base64 DER, the passphrase, the secret
 * access key and the session token.
 */
import { createPrivateKey } from 'node:crypto';
import { expect } from 'vitest';

export interface Secrets {
  readonly privateKeyPem?: string | undefined;
  readonly passphrase?: string | undefined;
  readonly secretAccessKey?: string | undefined;
  readonly sessionToken?: string | undefined;
  /** Anything else that must never show. */
  readonly other?: readonly string[] | undefined;
}

let scanned = 0;

/** How many leak assertions ran in this worker (for the suite's figures). */
export function leakAssertions(): number {
  return scanned;
}

export function secretFragments(secrets: Secrets): string[] {
  const fragments = new Set<string>();
  if (secrets.privateKeyPem !== undefined) {
    for (const line of secrets.privateKeyPem.split(/\r?\n/)) {
      if (line.length >= 16 && !line.startsWith('-----') && !line.includes(':'))
        fragments.add(line.trim());
    }
    try {
      const der = createPrivateKey(secrets.privateKeyPem)
        .export({ format: 'der', type: 'pkcs8' })
        .toString('base64');
      for (let i = 0; i + 24 <= der.length; i += 24) fragments.add(der.slice(i, i + 24));
    } catch {
      // An encrypted key without its passphrase: its PEM lines are covered above.
    }
  }
  for (const value of [
    secrets.passphrase,
    secrets.secretAccessKey,
    secrets.sessionToken,
    ...(secrets.other ?? []),
  ]) {
    if (value !== undefined && value.length >= 6) fragments.add(value);
  }
  return [...fragments];
}

/** Asserts that none of `fragments` appears in any of the named texts. */
export function expectNoLeak(
  texts: Readonly<Record<string, string>>,
  fragments: readonly string[],
): void {
  expect(fragments.length).toBeGreaterThan(0);
  for (const [where, text] of Object.entries(texts)) {
    for (const fragment of fragments) {
      scanned++;
      if (text.includes(fragment)) {
        expect.fail(`a secret fragment (${fragment.length} chars) leaked into ${where}`);
      }
    }
  }
}
