export { ALGORITHMS, SERVICE, type ExternalKey, type KeyType } from './constants.js';
export { formatRequestDate, type RequestDate } from './amzDate.js';
export { credentialScope } from './credentialScope.js';
export { createCanonicalRequest, hashHex, type CanonicalInput } from './canonicalRequest.js';
export { createStringToSign } from './stringToSign.js';
export { createSignature } from './signature.js';
export { createAuthorizationHeader } from './authorization.js';
export { serialHexToDecimal } from './serial.js';
export { signCreateSession, type CreateSessionRequest, type SignedRequest, type SigningIdentity, } from './signCreateSession.js';
