import { evaluateTrustPolicy, type TrustPolicyEvaluation } from './evaluateTrustPolicy.js';
import type { PolicyDocument } from './policyDocument.js';
import {
  certificateSession,
  trustRequestKeys,
  type CertificateSession,
} from './certificateTags.js';

export interface CertificateJudgement {
  readonly session: CertificateSession;
  readonly evaluation: TrustPolicyEvaluation;
}

/** The policy judged for the AssumeRole Roles Anywhere would make with this leaf (DER). */
export function judgeCertificate(
  policy: PolicyDocument,
  leafDer: Uint8Array,
  trustAnchorArn: string | undefined,
): CertificateJudgement {
  const session = certificateSession(leafDer);
  return {
    session,
    evaluation: evaluateTrustPolicy(policy, trustRequestKeys(session, trustAnchorArn)),
  };
}
