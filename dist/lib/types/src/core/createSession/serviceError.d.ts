import { RolesAnywhereError } from '../errors.js';
import type { EndEntityVerdict } from '../material/endEntityRules.js';
import type { SettingNames } from '../settings.js';
export interface ServiceAnswer {
    readonly status: number;
    readonly headers: Readonly<Record<string, string | string[] | undefined>>;
    readonly bodyText: string;
    /** The local clock when the answer arrived, to spot clock skew. */
    readonly receivedAt: Date;
}
/** What the client knows when the service refuses it, so the hint fits this certificate. */
export interface ServiceErrorContext {
    /** How the front end names its inputs. */
    readonly names: Pick<SettingNames, 'intermediates' | 'trustAnchorArn' | 'durationSeconds' | 'roleSessionName'>;
    readonly certificate?: {
        /** The leaf's issuer, one line. */
        readonly issuer: string;
        /** How many intermediate certificates were sent in X-Amz-X509-Chain. */
        readonly intermediates: number;
        /** End-entity rules the preflight flagged, in rule order. */
        readonly verdicts: readonly EndEntityVerdict[];
    };
}
/** Turns a non-201 answer into one error that keeps AWS's words and adds what to check. */
export declare function mapServiceError(answer: ServiceAnswer, context?: ServiceErrorContext): RolesAnywhereError;
