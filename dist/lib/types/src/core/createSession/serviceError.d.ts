import { RolesAnywhereError } from '../errors.js';
export interface ServiceAnswer {
    readonly status: number;
    readonly headers: Readonly<Record<string, string | string[] | undefined>>;
    readonly bodyText: string;
    /** The local clock when the answer arrived, to spot clock skew. */
    readonly receivedAt: Date;
}
/** Turns a non-201 answer into one error that keeps AWS's words and adds what to check. */
export declare function mapServiceError(answer: ServiceAnswer): RolesAnywhereError;
