import { type CredentialMaterial, type LoadOptions, type MaterialSources } from './types.js';
/**
 * Reads the certificate, key and chain the user brought, in whatever form, and checks them the
 * way Roles Anywhere will, so that a bad input fails here with a message naming it rather than
 * later as an opaque AccessDenied. Pure: the clock comes in through `options.now`.
 */
export declare function loadMaterial(sources: MaterialSources, options: LoadOptions): Promise<CredentialMaterial>;
