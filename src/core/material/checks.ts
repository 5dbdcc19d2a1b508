import type { KeyObject } from 'node:crypto';

import type { CertificateFacts } from './certificateFacts.js';
import { endEntityVerdicts, type EndEntityVerdict } from './endEntityRules.js';
import { describeKey } from './keyDescription.js';
import { materialError } from './materialError.js';
import { rfc3339 } from '../rfc3339.js';

/**
 * The checks worth making before any network call, each with its own message, so a user learns
 * about an expired certificate or a DSA key here rather than from an opaque AccessDenied.
 * See https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
 */

// Roles Anywhere signs with AWS4-X509-RSA-SHA256, AWS4-X509-ECDSA-SHA256 or AWS4-X509-MLDSA.
const DOCUMENTED_CURVES: ReadonlySet<string> = new Set(['P-256', 'P-384']);
const ACCEPTED_CURVES: ReadonlySet<string> = new Set(['P-256', 'P-384', 'P-521']);

export interface SupportedKey {
  readonly keyType: 'rsa' | 'ec' | 'ml-dsa';
  readonly notes: readonly string[];
}

export function assertSupportedKey(key: KeyObject, input: string): SupportedKey {
  const described = describeKey(key);
  const unsupported = (why: string) =>
    materialError(
      'ERR_KEY_UNSUPPORTED',
      input,
      `${input} holds a key of type ${described.description}, which ${why}; Roles Anywhere signs ` +
        `with RSA (2048 to 4096 bits), EC P-256/P-384 or ML-DSA-44/65/87 keys. Issue a ` +
        `certificate for such a key.`,
    );
  if (described.type === 'rsa') {
    const bits = described.bits ?? 0;
    if (bits < 2048) throw unsupported('is too short');
    const notes =
      bits > 4096
        ? [`${input} is ${described.description}; Roles Anywhere documents RSA up to 4096 bits.`]
        : [];
    return { keyType: 'rsa', notes };
  }
  if (described.type === 'ec') {
    const curve = described.curve ?? '';
    if (!ACCEPTED_CURVES.has(curve)) throw unsupported('uses an unsupported curve');
    const notes = DOCUMENTED_CURVES.has(curve)
      ? []
      : [`${input} is ${described.description}; Roles Anywhere documents P-256 and P-384.`];
    return { keyType: 'ec', notes };
  }
  if (
    described.type === 'ml-dsa-44' ||
    described.type === 'ml-dsa-65' ||
    described.type === 'ml-dsa-87'
  ) {
    return { keyType: 'ml-dsa', notes: [] };
  }
  throw unsupported('cannot sign Roles Anywhere requests');
}

/** "subject CN=ci-runner, serial 99058066522113", to say which certificate a message means. */
export function identify(facts: Pick<CertificateFacts, 'subject' | 'serialDecimal'>): string {
  const subject = facts.subject === '' ? '(empty subject)' : facts.subject;
  return `subject ${subject}, serial ${facts.serialDecimal}`;
}

export function checkValidity(facts: CertificateFacts, now: Date, input: string): void {
  if (now.getTime() > facts.notAfter.getTime()) {
    throw materialError(
      'ERR_CERT_EXPIRED',
      input,
      `${input} (${identify(facts)}) expired on ${rfc3339(facts.notAfter)}, ` +
        `${humanDuration(now.getTime() - facts.notAfter.getTime())} ago; issue a new certificate.`,
    );
  }
  if (now.getTime() < facts.notBefore.getTime()) {
    throw materialError(
      'ERR_CERT_NOT_YET_VALID',
      input,
      `${input} (${identify(facts)}) is not valid until ${rfc3339(facts.notBefore)}, ` +
        `${humanDuration(facts.notBefore.getTime() - now.getTime())} from now; ` +
        `check this machine's clock or wait until then.`,
    );
  }
}

/**
 * The end-entity rules (endEntityRules.ts) before any call: the first error is thrown with its
 * own code; the warnings come back for the front end to show once.
 */
export function checkEndEntity(
  facts: CertificateFacts,
  input: string,
  chainInput: string,
): EndEntityVerdict[] {
  const verdicts = endEntityVerdicts(facts, {
    certificate: input,
    intermediates: chainInput,
    identity: identify(facts),
  });
  const error = verdicts.find((verdict) => verdict.level === 'error');
  if (error?.level === 'error') throw materialError(error.code, input, error.message);
  return verdicts;
}

const UNITS: ReadonlyArray<[string, number]> = [
  ['year', 365 * 24 * 3600 * 1000],
  ['day', 24 * 3600 * 1000],
  ['hour', 3600 * 1000],
  ['minute', 60 * 1000],
  ['second', 1000],
];

/** "1 day", "3 hours", "2 years": the largest unit that fits, which is what people ask. */
export function humanDuration(milliseconds: number): string {
  for (const [unit, size] of UNITS) {
    const count = Math.floor(milliseconds / size);
    if (count >= 1) return `${count} ${unit}${count === 1 ? '' : 's'}`;
  }
  return 'less than a second';
}
