import type { X509Certificate } from 'node:crypto';
/**
 * Puts the intermediates in the order Roles Anywhere wants them, leaf side first (the
 * x-amz-x509-chain header, see the signing process in the Roles Anywhere user guide). A
 * self-signed root is dropped because the trust anchor supplies it. Order is found by issuer and
 * signature, not by the order given, since chains pasted root-first are common.
 */
export interface ChainCandidate {
    readonly cert: X509Certificate;
    /** The input it came from, for notes and errors. */
    readonly source: string;
}
export interface OrderedChain {
    readonly intermediates: readonly X509Certificate[];
    readonly notes: readonly string[];
}
export declare function orderChain(leaf: X509Certificate, candidates: readonly ChainCandidate[]): OrderedChain;
