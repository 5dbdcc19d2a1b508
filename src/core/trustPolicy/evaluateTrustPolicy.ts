/**
 * Judges a role trust policy against the AssumeRole request Roles Anywhere makes for one
 * certificate: principal rolesanywhere.amazonaws.com, the actions sts:AssumeRole, sts:TagSession
 * and sts:SetSourceIdentity, and the certificate's session tags, source identity and trust anchor
 * as condition keys. Each action must be allowed by some statement and denied by none.
 * https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import {
  applyOperator,
  isKnownOperator,
  wildcardMatch,
  type ConditionOutcome,
} from './conditionOperators.js';
import type { PolicyCondition, PolicyDocument, PolicyStatement } from './policyDocument.js';

export const ROLES_ANYWHERE_SERVICE = 'rolesanywhere.amazonaws.com';
export const ROLES_ANYWHERE_ACTIONS = [
  'sts:AssumeRole',
  'sts:TagSession',
  'sts:SetSourceIdentity',
] as const;

/** What the request carries: condition keys (matched without regard to case) and their values. */
export interface TrustRequest {
  readonly keys: ReadonlyMap<string, readonly string[]>;
  /** Keys this evaluator knows but whose value the caller could not tell (e.g. no trust anchor ARN). */
  readonly unknownKeys: ReadonlySet<string>;
}

export interface ConditionResult extends PolicyCondition {
  readonly outcome: ConditionOutcome;
  /** What the request holds for the key; undefined when it has none. */
  readonly actual: readonly string[] | undefined;
  /** Why it was not checked, when it was not. */
  readonly reason?: string;
}

export interface StatementResult {
  readonly statement: PolicyStatement;
  /** Whether the principal and the action list cover this request. */
  readonly applies: boolean | 'not-checked';
  readonly actions: readonly string[];
  readonly conditions: readonly ConditionResult[];
  readonly outcome: ConditionOutcome;
}

export type TrustDecision = 'allow' | 'deny' | 'implicit-deny' | 'not-checked';

export interface TrustPolicyEvaluation {
  readonly decision: TrustDecision;
  readonly statements: readonly StatementResult[];
  /** Actions no statement allows (for an implicit deny). */
  readonly missingActions: readonly string[];
}

// Keys whose absence means absence, so a condition on them can be judged.
const KNOWN_KEYS = new Set([
  'aws:sourcearn',
  'aws:sourceaccount',
  'sts:sourceidentity',
  'aws:tagkeys',
]);
const KNOWN_PREFIXES = ['aws:principaltag/', 'aws:requesttag/'];

function isKnownKey(key: string): boolean {
  const lower = key.toLowerCase();
  return KNOWN_KEYS.has(lower) || KNOWN_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function lookup(request: TrustRequest, key: string): readonly string[] | undefined {
  const lower = key.toLowerCase();
  for (const [name, values] of request.keys) if (name.toLowerCase() === lower) return values;
  return undefined;
}

function judgeCondition(condition: PolicyCondition, request: TrustRequest): ConditionResult {
  const actual = lookup(request, condition.key);
  const notChecked = (reason: string): ConditionResult => ({
    ...condition,
    actual,
    outcome: 'not-checked',
    reason,
  });
  if (!isKnownOperator(condition.operator)) {
    return notChecked(`the operator ${condition.operator} is not one this tool evaluates`);
  }
  const unknown = [...request.unknownKeys].some(
    (k) => k.toLowerCase() === condition.key.toLowerCase(),
  );
  if (unknown) return notChecked(`the value of ${condition.key} was not given`);
  if (!isKnownKey(condition.key)) {
    return notChecked(
      `the key ${condition.key} is not one a Roles Anywhere session carries that this tool knows`,
    );
  }
  if (condition.values.some((value) => value.includes('${'))) {
    return notChecked('policy variables (${...}) are not substituted by this tool');
  }
  return {
    ...condition,
    actual,
    outcome: applyOperator(condition.operator, condition.values, actual),
  };
}

function combine(outcomes: readonly ConditionOutcome[]): ConditionOutcome {
  if (outcomes.includes('fail')) return 'fail';
  if (outcomes.includes('not-checked')) return 'not-checked';
  return 'pass';
}

function coveredActions(statement: PolicyStatement): string[] {
  const { negated, patterns } = statement.actions;
  return ROLES_ANYWHERE_ACTIONS.filter(
    (action) => patterns.some((pattern) => wildcardMatch(pattern, action, true)) !== negated,
  );
}

function judgeStatement(statement: PolicyStatement, request: TrustRequest): StatementResult {
  const principal = statement.principal(ROLES_ANYWHERE_SERVICE);
  const actions = coveredActions(statement);
  const conditions = statement.conditions.map((condition) => judgeCondition(condition, request));
  const applies =
    principal === 'not-checked' ? 'not-checked' : principal === 'matches' && actions.length > 0;
  const outcome =
    applies === false
      ? 'fail'
      : combine([
          ...(applies === 'not-checked' ? (['not-checked'] as const) : []),
          ...conditions.map((c) => c.outcome),
        ]);
  return { statement, applies, actions, conditions, outcome };
}

export function evaluateTrustPolicy(
  policy: PolicyDocument,
  request: TrustRequest,
): TrustPolicyEvaluation {
  const statements = policy.statements.map((statement) => judgeStatement(statement, request));
  const denies = statements.filter((s) => s.statement.effect === 'Deny' && s.actions.length > 0);
  const allows = statements.filter((s) => s.statement.effect === 'Allow');
  if (denies.some((s) => s.outcome === 'pass')) {
    return { decision: 'deny', statements, missingActions: [] };
  }
  const allowed = (action: string, outcome: ConditionOutcome): boolean =>
    allows.some((s) => s.outcome === outcome && s.actions.includes(action));
  const missingActions = ROLES_ANYWHERE_ACTIONS.filter((action) => !allowed(action, 'pass'));
  if (missingActions.some((action) => !allowed(action, 'not-checked'))) {
    return { decision: 'implicit-deny', statements, missingActions };
  }
  const unsure = missingActions.length > 0 || denies.some((s) => s.outcome === 'not-checked');
  return { decision: unsure ? 'not-checked' : 'allow', statements, missingActions };
}
