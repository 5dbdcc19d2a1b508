/**
 * RC2 decryption (RFC 2268) in CBC mode. `openssl pkcs12 -export -legacy` encrypts the
 * certificate bag with pbeWithSHAAnd40BitRC2-CBC, and the OpenSSL behind Node ships RC2 only in
 * its legacy provider, which Node does not load. Only decryption is needed.
 */
/** RFC 2268 section 2: expands a 1..128 byte key to 64 16-bit words at `effectiveBits` strength. */
export declare function rc2ExpandKey(key: Uint8Array, effectiveBits: number): Uint16Array;
/** Decrypts one RC2 block without chaining; exposed for the RFC 2268 test vectors. */
export declare function rc2DecryptBlock(key: Uint8Array, effectiveBits: number, block: Uint8Array): Uint8Array;
/**
 * CBC decryption without padding removal; the caller strips PKCS#7 padding so that a wrong
 * password is reported where passwords are understood.
 */
export declare function rc2CbcDecrypt(key: Uint8Array, effectiveBits: number, iv: Uint8Array, data: Uint8Array): Uint8Array;
