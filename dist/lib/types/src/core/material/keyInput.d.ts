import type { KeyObject } from 'node:crypto';
import type { LeafSource } from './certificateInput.js';
import type { SecretFragments } from './secretFragments.js';
import type { InputNames, MaterialSources } from './types.js';
/**
 * The private-key side of the inputs: the key input in any of its forms, or, when it is empty,
 * the key that came with the certificate (a PKCS#12 bundle or a combined PEM).
 */
export declare function readKeyInput(sources: MaterialSources, passphrase: string | undefined, leafSource: LeafSource, names: InputNames, notes: string[], secrets: SecretFragments): readonly KeyObject[];
