// The material module: loadMaterial for the credential flow, certificateFacts for the doctor.
export { loadMaterial } from './load.js';
export { certificateFacts, verifiesWith, type CertificateFacts } from './certificateFacts.js';
export { describeKey, type KeyDescription, type KeyType } from './keyDescription.js';
export type { SignatureHash } from './oids.js';
export {
  DEFAULT_INPUT_NAMES,
  type CredentialMaterial,
  type InputNames,
  type LoadOptions,
  type MaterialSources,
} from './types.js';

// Building blocks below loadMaterial, for commands that need less than a checked identity
// (reading a certificate without its key, signing with a key alone, reporting every problem).
export {
  decodeInput,
  isKeyItem,
  type DecodedInput,
  type DecodeContext,
  type KeyItem,
  type MaterialItem,
} from './decodeInput.js';
export { parseCertificate } from './certificate.js';
export { loadPrivateKey, type KeyContext, type LoadedKey } from './privateKey.js';
export { readPkcs12, type Pkcs12Contents, type Pkcs12Context } from './pkcs12.js';
export { assertSupportedKey, identify, type SupportedKey } from './checks.js';
export {
  judgeEndEntity,
  type EndEntityVerdict,
  type RuleName,
  type RuleOutcome,
} from './endEntityRules.js';
export { orderChain, type ChainCandidate, type OrderedChain } from './chain.js';
