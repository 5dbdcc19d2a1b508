/**
 * The key-derivation work one bundle or key may ask for, summed over every derivation it needs
 * (the MAC, each bag, each password tried). A per-derivation cap is not enough: a 1.4 KB bundle
 * can hold many derivations, or one scrypt whose p multiplies its N. Real files stay far below:
 * OpenSSL 3 writes 2,048 PBKDF2 iterations, `openssl pkcs8 -scrypt` N=16384 r=8 p=1 (2^17).
 */
export const MAX_ITERATION_WORK = 1_000_000;
export const MAX_SCRYPT_WORK = 2 ** 20;

export type DerivationCost =
  | { readonly kind: 'iterations'; readonly amount: number }
  | { readonly kind: 'scrypt'; readonly amount: number };

/** Thrown before a derivation that would go over the budget; the message names the limit. */
export class DerivationLimitError extends Error {
  override readonly name = 'DerivationLimitError';
}

const number = (n: number): string => n.toLocaleString('en-US');

export class DerivationBudget {
  #iterations = 0;
  #scrypt = 0;

  /** Counts `cost` against the budget, or throws without having spent anything. */
  charge(cost: DerivationCost, what: string): void {
    if (cost.kind === 'iterations') {
      const total = this.#iterations + cost.amount;
      if (total > MAX_ITERATION_WORK)
        throw new DerivationLimitError(
          `${what} would bring its key derivation to ${number(total)} PBKDF2/PKCS#12-KDF iterations, over the limit of ${number(MAX_ITERATION_WORK)} in total`,
        );
      this.#iterations = total;
      return;
    }
    const total = this.#scrypt + cost.amount;
    if (total > MAX_SCRYPT_WORK)
      throw new DerivationLimitError(
        `${what} would bring its scrypt work (N·r·p) to ${number(total)}, over the limit of ${number(MAX_SCRYPT_WORK)} in total`,
      );
    this.#scrypt = total;
  }
}
