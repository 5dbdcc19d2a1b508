/**
 * ML-DSA (FIPS 204), which Roles Anywhere accepts as AWS4-X509-MLDSA. Node signs it from version 24
 * (OpenSSL 3.5); older Nodes cannot even read the key, so the parameter set is read from the DER to
 * say what is missing instead of reporting a broken key or a wrong passphrase.
 */
export type MlDsaParameterSet = 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87';
/** RFC 9881 / NIST CSOR: one OID per parameter set, for keys and signatures alike. */
export declare const ML_DSA_OIDS: Readonly<Record<string, MlDsaParameterSet>>;
/** Whether this Node's crypto can make and use ML-DSA keys (feature test, not a version test). */
export declare function mlDsaAvailable(): boolean;
/** The ML-DSA parameter set of a PKCS#8 PrivateKeyInfo or a SubjectPublicKeyInfo, if it is one. */
export declare function mlDsaParameterSetOf(der: Uint8Array): MlDsaParameterSet | undefined;
/** One line: ML-DSA needs a newer Node. */
export declare function mlDsaNeedsNode24(parameterSet: MlDsaParameterSet, input: string): Error;
/** Throws the Node 24 message when `pkcs8Der` is an ML-DSA key this Node cannot load. */
export declare function assertMlDsaLoadable(pkcs8Der: Uint8Array, input: string): void;
