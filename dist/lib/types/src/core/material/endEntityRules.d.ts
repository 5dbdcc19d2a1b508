import type { ErrorCode } from '../errors.js';
import type { CertificateFacts } from './certificateFacts.js';
/**
 * What Roles Anywhere documents for the end-entity certificate, as one rule set that the pre-call
 * checks and `doctor` both read: X.509 v3, basicConstraints CA:FALSE, keyUsage digitalSignature,
 * signed with SHA-256 or stronger.
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html#signature-verification
 *
 * A rule the certificate plainly breaks is an error. A v3 certificate that leaves out one of the
 * two extensions is a warning: AWS documents both as required, yet certificates made with
 * openssl's bare recipes lack them, so the tool says so once and still tries.
 */
export type WarningCode = 'WARN_CERT_NO_BASIC_CONSTRAINTS' | 'WARN_CERT_NO_KEY_USAGE';
interface VerdictBase {
    readonly rule: RuleName;
    readonly message: string;
    /** One clause for a list of likely causes after the service refused the certificate. */
    readonly cause: string;
}
export type EndEntityVerdict = (VerdictBase & {
    readonly level: 'error';
    readonly code: ErrorCode;
}) | (VerdictBase & {
    readonly level: 'warning';
    readonly code: WarningCode;
});
/** The rule's name, which is also the doctor's row. */
export type RuleName = 'X.509 version' | 'basic constraints' | 'key usage' | 'signature hash';
export interface RuleOutcome {
    readonly rule: RuleName;
    /** What the certificate holds when the rule is met, in the doctor's words. */
    readonly passed?: string;
    readonly verdict?: EndEntityVerdict;
}
/** How the front end names the certificate and chain inputs, and which certificate this is. */
export interface RuleContext {
    readonly certificate: string;
    readonly intermediates: string;
    /** "subject CN=ci-runner, serial 99058066522113". */
    readonly identity: string;
}
/** Every rule's outcome for this certificate; rules it cannot judge are left out. */
export declare function judgeEndEntity(facts: CertificateFacts, context: RuleContext): RuleOutcome[];
/** Just the verdicts, errors and warnings, in rule order. */
export declare function endEntityVerdicts(facts: CertificateFacts, context: RuleContext): EndEntityVerdict[];
export {};
