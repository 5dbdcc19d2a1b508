import type { ParsedArn } from '../arn.js';
import type { SessionCredentials } from './response.js';
/** What the request asked for: the answer must be for this role and last this long. */
export interface ExpectedSession {
    readonly role: ParsedArn;
    readonly durationSeconds: number;
}
/**
 * Refuses credentials that cannot be right for this request, whoever answered: malformed or
 * control-character fields (they would reach logs and workflow commands), another role or
 * account, or a lifetime already spent.
 */
export declare function acceptCredentials(credentials: SessionCredentials, expected: ExpectedSession, now: Date): SessionCredentials;
