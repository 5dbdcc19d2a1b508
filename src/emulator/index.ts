/** The local Roles Anywhere endpoint: strict CreateSession verification, STS, fault injection. */
export { startEmulator } from './server.js';
export type { EmulatorStats, OperationStats, RunningEmulator } from './server.js';
export type { EmulatorOptions } from './options.js';
export type { AssumableRole, StsFault } from './assumeRole.js';
export type { IssuedCredentials } from './credentialsStore.js';
export type { Fault, MalformedBody } from './faults.js';
export { createCertificateAuthority, issueCertificate, PKI_KEY_TYPES, toPem } from './pki.js';
export type {
  CertificateAuthorityOptions,
  CertificateHash,
  CertificateOptions,
  IssuedCertificate,
  KeyUsageName,
  PkiKeyType,
} from './pki.js';
