/**
 * The role's trust policy, judged as STS judges the AssumeRole that Roles Anywhere makes for the
 * certificate. The emulator uses the project's one evaluator (src/core/trustPolicy) rather than a
 * second copy: a policy is data, not a signature, so there is no shared-bug hazard to hedge.
 * What the evaluator cannot judge is refused, never waved through.
 */
import { RolesAnywhereError } from '../core/errors.js';
import {
  explainEvaluation,
  judgeCertificate,
  parsePolicyDocument,
  type PolicyDocument,
} from '../core/trustPolicy/index.js';
import { accessDenied } from './rejection.js';

export interface TrustPolicies {
  /** The policy for this role; undefined when none is configured for it. */
  readonly forRole: (roleArn: string) => PolicyDocument | undefined;
  /** True when policies are per role, so a role without one is refused. */
  readonly perRole: boolean;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A policy (JSON text or value) for whichever role the profile lists, or an object mapping role
 * ARNs to policies when several roles are configured.
 */
export function loadTrustPolicies(option: unknown): TrustPolicies | undefined {
  if (option === undefined) return undefined;
  let value: unknown = option;
  if (typeof option === 'string') {
    try {
      value = JSON.parse(option);
    } catch (cause) {
      throw new RolesAnywhereError(
        'ERR_INPUT_INVALID',
        `Emulator option trustPolicy is not JSON (${cause instanceof Error ? cause.message : 'parse error'}); give a role trust policy document.`,
        { input: 'trustPolicy', cause },
      );
    }
  }
  if (isRecord(value) && value['Statement'] === undefined) {
    const entries = Object.entries(value);
    const notArn = entries.find(([key]) => !/^arn:[^:]+:iam::\d{12}:role\//.test(key));
    if (entries.length === 0 || notArn !== undefined) {
      throw new RolesAnywhereError(
        'ERR_INPUT_INVALID',
        `Emulator option trustPolicy has no Statement and is not a map of role ARNs to policies${notArn === undefined ? '' : ` ("${notArn[0].slice(0, 80)}" is not a role ARN)`}.`,
        { input: 'trustPolicy' },
      );
    }
    const byRole = new Map(
      entries.map(([arn, policy]) => [arn, parsePolicyDocument(policy, `trustPolicy ${arn}`)]),
    );
    return { forRole: (roleArn) => byRole.get(roleArn), perRole: true };
  }
  const policy = parsePolicyDocument(value, 'trustPolicy');
  return { forRole: () => policy, perRole: false };
}

const REFUSED = 'Unable to assume role.';

/** Throws the service's AccessDeniedException when the role's trust policy keeps this leaf out. */
export function checkTrustPolicy(
  policies: TrustPolicies | undefined,
  roleArn: string,
  trustAnchorArn: string,
  leafDer: Uint8Array,
): void {
  if (policies === undefined) return;
  const policy = policies.forRole(roleArn);
  if (policy === undefined) {
    throw accessDenied(REFUSED, `no trust policy is configured for role ${roleArn}`);
  }
  const { session, evaluation } = judgeCertificate(policy, leafDer, trustAnchorArn);
  const [problem] = session.problems;
  if (problem !== undefined) {
    throw accessDenied(
      'Some attributes failed to be mapped into session tags.',
      `session tags: ${problem}`,
    );
  }
  if (evaluation.decision === 'allow') return;
  const reasons = explainEvaluation(evaluation)
    .filter((line) => line.level !== 'pass')
    .map((line) => line.text);
  const verdict =
    evaluation.decision === 'not-checked'
      ? 'the trust policy has conditions the emulator cannot judge'
      : `the trust policy of ${roleArn} does not allow this certificate`;
  throw accessDenied(REFUSED, [verdict, ...reasons].join('; '));
}
