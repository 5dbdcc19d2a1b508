import type { SessionCredentials } from './createSession/response.js';
import { rfc3339 } from './rfc3339.js';

export interface SessionSummaryParts {
  readonly credentials: Pick<SessionCredentials, 'assumedRoleArn' | 'expiration'>;
  readonly material: { readonly serialDecimal: string };
  readonly attempts: number;
  readonly firstHop?: Pick<SessionCredentials, 'assumedRoleArn'> | undefined;
}

/**
 * The one line people see about a session: who, until when, from which certificate, after how
 * many attempts. No secret.
 */
export function describeSession(session: SessionSummaryParts): string {
  const c = session.credentials;
  const retried = session.attempts > 1 ? ` after ${session.attempts} attempts` : '';
  const chained =
    session.firstHop === undefined ? '' : `, chained from ${session.firstHop.assumedRoleArn},`;
  return `Obtained credentials for ${c.assumedRoleArn} (expires ${rfc3339(c.expiration)})${chained} from certificate serial ${session.material.serialDecimal}${retried}.`;
}
