import type { KeyObject, X509Certificate } from 'node:crypto';
import type { RolesAnywhereError } from '../errors.js';
import { type DecodedInput, type KeyItem } from './decodeInput.js';
import type { InputNames } from './types.js';
/** What the certificate input offers: leaf candidates, and any key that came with them. */
export interface LeafSource {
    readonly certificates: readonly X509Certificate[];
    /** Keys found alongside the certificates (a PKCS#12 bundle or a combined PEM). */
    readonly bundledKeys: readonly KeyObject[];
    readonly embeddedKey: KeyItem | undefined;
    readonly fromBundle: boolean;
}
export declare function readCertificateInput(value: string | Uint8Array, passphrase: string | undefined, names: InputNames, notes: string[]): LeafSource;
export declare function readIntermediates(value: string | Uint8Array | undefined, names: InputNames): X509Certificate[];
export declare function notACertificate(decoded: DecodedInput, input: string): RolesAnywhereError;
