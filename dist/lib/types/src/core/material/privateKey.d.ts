import { type KeyObject } from 'node:crypto';
import type { KeyItem } from './decodeInput.js';
export type { KeyItem };
/**
 * Turns one private-key item into a KeyObject. Unencrypted and PBES2-encrypted PKCS#8 keys go to
 * OpenSSL through node:crypto; keys under the PKCS#12 PBE schemes (openssl pkcs8 -v1 PBE-SHA1-*)
 * are decrypted here because OpenSSL needs its legacy provider for some of them.
 */
export interface KeyContext {
    readonly input: string;
    readonly passphraseInput: string;
}
export interface LoadedKey {
    readonly key: KeyObject;
    /** Which passphrase opened the key: none needed, as given, or with trailing newlines removed. */
    readonly passphrase: 'none' | 'given' | 'trimmed';
}
export declare function loadPrivateKey(item: KeyItem, passphrase: string | undefined, context: KeyContext): LoadedKey;
