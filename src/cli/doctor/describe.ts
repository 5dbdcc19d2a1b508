import { describeCause, isRolesAnywhereError } from '../../core/errors.js';
import type { CertificateFacts } from '../inputs/materialInspect.js';

export const DAY_MS = 86_400_000;

/** An error's one-line message, for a finding. */
export function message(error: unknown): string {
  return isRolesAnywhereError(error) ? error.message : describeCause(error);
}

/** "CN=ci-runner, serial 99058066522113". */
export function who(facts: Pick<CertificateFacts, 'subject' | 'serialDecimal'>): string {
  return `${facts.subject || '(empty subject)'}, serial ${facts.serialDecimal}`;
}
