import { type X509Certificate } from 'node:crypto';
import type { ExternalKey } from '../sigv4/constants.js';
import type { LeafSource } from './certificateInput.js';
import type { InputNames } from './types.js';
/**
 * Picks the leaf for a key that cannot be read: the certificate whose public key verifies one
 * signature made by the device. One extra signature per load, and a mismatch is caught here
 * rather than as an opaque "Invalid signature" from the service.
 */
export declare function matchExternalKey(leafSource: LeafSource, key: ExternalKey, names: InputNames): X509Certificate;
/** Whether the device's key pairs with `cert`: one probe signature, verified here. */
export declare function externalKeyBelongsTo(cert: X509Certificate, key: ExternalKey): boolean;
