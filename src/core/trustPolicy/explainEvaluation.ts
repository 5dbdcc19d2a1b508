/**
 * An evaluation in sentences: for each condition that decided the outcome, the key, what the
 * policy expects and what the certificate actually carries, so a mismatch reads as one line.
 */
import type { ConditionResult, TrustPolicyEvaluation } from './evaluateTrustPolicy.js';

export interface Explanation {
  readonly level: 'pass' | 'fail' | 'not-checked';
  readonly text: string;
}

function quoted(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(' or ');
}

function found(condition: ConditionResult): string {
  const key = condition.key.replace(/^aws:(PrincipalTag|RequestTag)\//i, '');
  if (condition.actual === undefined || condition.actual.length === 0) {
    return `this certificate's session has no ${key}`;
  }
  const subject = /^x509/i.test(key) ? `this certificate's ${key}` : key;
  return `${subject} is ${quoted(condition.actual)}`;
}

export function describeCondition(condition: ConditionResult): string {
  const head = `${condition.operator} ${condition.key}`;
  if (condition.outcome === 'not-checked') {
    return `${head}: not checked (${condition.reason ?? 'unknown'}).`;
  }
  const verb = condition.outcome === 'pass' ? 'holds' : 'fails';
  return `${head} ${verb}: the policy expects ${quoted(condition.values)}, ${found(condition)}.`;
}

function label(number: number, sid: string | undefined): string {
  return sid === undefined ? `Statement ${number}` : `Statement ${number} (${sid})`;
}

export function explainEvaluation(evaluation: TrustPolicyEvaluation): Explanation[] {
  const out: Explanation[] = [];
  for (const result of evaluation.statements) {
    const { statement } = result;
    const name = label(statement.number, statement.sid);
    if (result.applies === 'not-checked') {
      out.push({ level: 'not-checked', text: `${name}: NotPrincipal is not checked.` });
    }
    if (result.applies === false) continue;
    const decisive = result.conditions.filter((c) => c.outcome !== 'pass');
    const conditions = decisive.length > 0 ? decisive : result.conditions;
    if (statement.effect === 'Deny') {
      if (result.outcome === 'pass') {
        out.push({
          level: 'fail',
          text: `${name} denies ${result.actions.join(', ')} to this certificate${conditions.length > 0 ? `: ${conditions.map(describeCondition).join(' ')}` : '.'}`,
        });
      }
      for (const c of decisive.filter((c) => c.outcome === 'not-checked'))
        out.push({ level: 'not-checked', text: `${name} (Deny): ${describeCondition(c)}` });
      continue;
    }
    for (const condition of conditions) {
      const level = condition.outcome === 'pass' ? 'pass' : condition.outcome;
      out.push({ level, text: `${name}: ${describeCondition(condition)}` });
    }
  }
  // Actions no Allow statement even covers: no condition explains those, so say so.
  const uncovered = evaluation.missingActions.filter(
    (action) =>
      !evaluation.statements.some(
        (s) => s.statement.effect === 'Allow' && s.applies !== false && s.actions.includes(action),
      ),
  );
  if (uncovered.length > 0) {
    out.push({
      level: 'fail',
      text: `No statement allows ${uncovered.join(', ')} for principal rolesanywhere.amazonaws.com; Roles Anywhere needs sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity.`,
    });
  }
  return out;
}
