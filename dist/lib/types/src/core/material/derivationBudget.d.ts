/**
 * The key-derivation work one bundle or key may ask for, summed over every derivation it needs
 * (the MAC, each bag, each password tried). A per-derivation cap is not enough: a 1.4 KB bundle
 * can hold many derivations, or one scrypt whose p multiplies its N. Real files stay far below:
 * OpenSSL 3 writes 2,048 PBKDF2 iterations, `openssl pkcs8 -scrypt` N=16384 r=8 p=1 (2^17).
 */
export declare const MAX_ITERATION_WORK = 1000000;
export declare const MAX_SCRYPT_WORK: number;
export type DerivationCost = {
    readonly kind: 'iterations';
    readonly amount: number;
} | {
    readonly kind: 'scrypt';
    readonly amount: number;
};
/** Thrown before a derivation that would go over the budget; the message names the limit. */
export declare class DerivationLimitError extends Error {
    readonly name = "DerivationLimitError";
}
export declare class DerivationBudget {
    #private;
    /** Counts `cost` against the budget, or throws without having spent anything. */
    charge(cost: DerivationCost, what: string): void;
}
