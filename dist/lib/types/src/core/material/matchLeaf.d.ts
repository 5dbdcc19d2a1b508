import type { KeyObject, X509Certificate } from 'node:crypto';
import type { LeafSource } from './certificateInput.js';
import type { InputNames } from './types.js';
/**
 * Picks the leaf: the certificate whose public key pairs with the private key. Matching by key,
 * not by position, finds the leaf in a bundle and in a chain pasted in the wrong order.
 */
export declare function matchLeaf(leafSource: LeafSource, keys: readonly KeyObject[], keySource: string, names: InputNames, notes: string[]): {
    leaf: X509Certificate;
    key: KeyObject;
    keyType: 'rsa' | 'ec' | 'ml-dsa';
};
