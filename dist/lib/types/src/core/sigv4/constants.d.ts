/** Names fixed by the Roles Anywhere signing spec (SigV4 with an X.509 key). */
export declare const SERVICE = "rolesanywhere";
export declare const TERMINATOR = "aws4_request";
export declare const CREATE_SESSION_PATH = "/sessions";
export declare const CONTENT_TYPE = "application/json";
export declare const HEADER_AMZ_DATE = "x-amz-date";
export declare const HEADER_X509 = "x-amz-x509";
export declare const HEADER_X509_CHAIN = "x-amz-x509-chain";
export type KeyType = 'rsa' | 'ec';
/** Always SHA-256, whatever hash signed the certificate itself. */
export declare const ALGORITHMS: Readonly<Record<KeyType, string>>;
