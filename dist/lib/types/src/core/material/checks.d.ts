import type { KeyObject } from 'node:crypto';
import type { CertificateFacts } from './certificateFacts.js';
import { type EndEntityVerdict } from './endEntityRules.js';
export interface SupportedKey {
    readonly keyType: 'rsa' | 'ec' | 'ml-dsa';
    readonly notes: readonly string[];
}
export declare function assertSupportedKey(key: KeyObject, input: string): SupportedKey;
/** "subject CN=ci-runner, serial 99058066522113", to say which certificate a message means. */
export declare function identify(facts: Pick<CertificateFacts, 'subject' | 'serialDecimal'>): string;
export declare function checkValidity(facts: CertificateFacts, now: Date, input: string): void;
/**
 * The end-entity rules (endEntityRules.ts) before any call: the first error is thrown with its
 * own code; the warnings come back for the front end to show once.
 */
export declare function checkEndEntity(facts: CertificateFacts, input: string, chainInput: string): EndEntityVerdict[];
/** "1 day", "3 hours", "2 years": the largest unit that fits, which is what people ask. */
export declare function humanDuration(milliseconds: number): string;
