/** Names fixed by the Roles Anywhere signing spec (SigV4 with an X.509 key). */
export const SERVICE = 'rolesanywhere';
export const TERMINATOR = 'aws4_request';
export const CREATE_SESSION_PATH = '/sessions';
export const CONTENT_TYPE = 'application/json';

export const HEADER_AMZ_DATE = 'x-amz-date';
export const HEADER_X509 = 'x-amz-x509';
export const HEADER_X509_CHAIN = 'x-amz-x509-chain';

export type KeyType = 'rsa' | 'ec';

/** Always SHA-256, whatever hash signed the certificate itself. */
export const ALGORITHMS: Readonly<Record<KeyType, string>> = {
  rsa: 'AWS4-X509-RSA-SHA256',
  ec: 'AWS4-X509-ECDSA-SHA256',
};
