import { isPkcs11Uri } from '../../core/pkcs11/uri.js';

// The PKCS#11 flags and the question whether a key is on a token, apart from the token code, so
// that every run can read and ask them without loading what opens a token.

/** The flags of the helper's PKCS#11 support, shared by every credential-vending command. */
export const PKCS11_OPTIONS = {
  'pkcs11-lib': {
    type: 'string',
    value: '<file>',
    description:
      'PKCS#11 module for pkcs11: URIs in --certificate/--private-key (default: p11-kit-proxy.so where present). Needs the optional package pkcs11js.',
  },
  'reuse-pin': {
    type: 'boolean',
    description:
      'Log in again with the same PIN for a token key that asks for it on every signature (CKA_ALWAYS_AUTHENTICATE).',
  },
} as const;

export interface TokenFlags {
  readonly certificate: string | undefined;
  readonly 'private-key': string | undefined;
  readonly 'pkcs11-lib'?: string | undefined;
  readonly 'reuse-pin'?: boolean | undefined;
}

/** The flag holding the key's pkcs11: URI, if the key is on a token. */
export function tokenKeyFlag(flags: TokenFlags): '--private-key' | '--certificate' | undefined {
  const key = flags['private-key'];
  if (key !== undefined) return isPkcs11Uri(key) ? '--private-key' : undefined;
  // As with the helper, a pkcs11: certificate without --private-key names the key's token too.
  return flags.certificate !== undefined && isPkcs11Uri(flags.certificate)
    ? '--certificate'
    : undefined;
}
