// Trust policies judged locally: what a certificate carries, and whether a policy lets it in.
export { parsePolicyDocument, type PolicyDocument } from './policyDocument.js';
export {
  evaluateTrustPolicy,
  ROLES_ANYWHERE_ACTIONS,
  ROLES_ANYWHERE_SERVICE,
  type TrustDecision,
  type TrustPolicyEvaluation,
  type TrustRequest,
} from './evaluateTrustPolicy.js';
export { explainEvaluation, type Explanation } from './explainEvaluation.js';
export {
  certificateSession,
  trustRequestKeys,
  type CertificateSession,
} from './certificateTags.js';
export { leastPrivilegePolicy } from './leastPrivilegePolicy.js';
export { applyOperator } from './conditionOperators.js';
export { judgeCertificate, type CertificateJudgement } from './judgeCertificate.js';
