import type { KeyObject } from 'node:crypto';
import { type ExternalKey, type KeyType } from './constants.js';
/** What signing needs from the credential material. */
export interface SigningIdentity {
    readonly leafDer: Uint8Array;
    /** Leaf-side first; never the trust anchor's root. */
    readonly intermediatesDer: readonly Uint8Array[];
    readonly privateKey: KeyObject | ExternalKey;
    readonly keyType: KeyType;
    readonly serialDecimal: string;
}
export interface CreateSessionRequest {
    /** The service's base URL; `/sessions` is resolved against it. */
    readonly endpoint: URL;
    readonly region: string;
    readonly body: string;
}
export interface SignedRequest {
    readonly method: 'POST';
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
    /** Kept for diagnostics and tests; neither holds a secret. */
    readonly canonicalRequest: string;
    readonly stringToSign: string;
}
/** Signs a CreateSession request; a retry must call this again for a fresh date. */
export declare function signCreateSession(identity: SigningIdentity, request: CreateSessionRequest, now: Date): SignedRequest;
