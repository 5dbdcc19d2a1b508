import type { ParsedArn, Partition } from './arn.js';
export declare function partitionOfRegion(region: string): Partition;
export declare function validateRegion(region: string, input: string): string;
/**
 * The region to sign for: the explicit one, else the trust anchor's. Roles Anywhere needs the
 * trust anchor and profile in one region, so a mismatch is refused before any call.
 */
export declare function resolveRegion(trustAnchor: ParsedArn, profile: ParsedArn, explicit: {
    value: string | undefined;
    input: string;
}, names: {
    trustAnchor: string;
    profile: string;
}): string;
