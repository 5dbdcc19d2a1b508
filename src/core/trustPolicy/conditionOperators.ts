/**
 * The condition operators trust policies use, with IAM's rules for a key that is absent, for
 * negated operators and for the ForAnyValue:/ForAllValues: set qualifiers.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */

export type ConditionOutcome = 'pass' | 'fail' | 'not-checked';

type Matcher = (policyValue: string, contextValue: string) => boolean;

interface Operator {
  readonly match: Matcher;
  readonly negated: boolean;
}

/**
 * `*` any run of characters, `?` exactly one; everything else literal. The two-pointer match
 * backtracks only to the last `*`, so a pattern full of stars costs O(pattern × value), never
 * the exponential time a regular expression could take on a hostile policy.
 */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = Array.from(ignoreCase ? pattern.toLowerCase() : pattern);
  const v = Array.from(ignoreCase ? value.toLowerCase() : value);
  let pi = 0;
  let vi = 0;
  let star = -1;
  let resume = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === v[vi])) {
      pi += 1;
      vi += 1;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi;
      resume = vi;
      pi += 1;
    } else if (star !== -1) {
      pi = star + 1;
      resume += 1;
      vi = resume;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi += 1;
  return pi === p.length;
}

/** ARNs compare part by part (six colon-separated parts, the last may hold colons). */
function arnMatch(pattern: string, value: string): boolean {
  const split = (arn: string): string[] | undefined => {
    const parts = arn.split(':');
    if (parts.length < 6 || parts[0] !== 'arn') return undefined;
    return [...parts.slice(0, 5), parts.slice(5).join(':')];
  };
  const wanted = split(pattern);
  const found = split(value);
  if (wanted === undefined || found === undefined) return false;
  return wanted.every((part, index) => wildcardMatch(part, found[index] ?? ''));
}

const OPERATORS: Readonly<Record<string, Operator>> = {
  StringEquals: { match: (p, v) => p === v, negated: false },
  StringNotEquals: { match: (p, v) => p === v, negated: true },
  StringEqualsIgnoreCase: { match: (p, v) => p.toLowerCase() === v.toLowerCase(), negated: false },
  StringNotEqualsIgnoreCase: {
    match: (p, v) => p.toLowerCase() === v.toLowerCase(),
    negated: true,
  },
  StringLike: { match: (p, v) => wildcardMatch(p, v), negated: false },
  StringNotLike: { match: (p, v) => wildcardMatch(p, v), negated: true },
  // IAM documents ArnEquals and ArnLike as the same comparison, wildcards included.
  ArnEquals: { match: arnMatch, negated: false },
  ArnLike: { match: arnMatch, negated: false },
  ArnNotEquals: { match: arnMatch, negated: true },
  ArnNotLike: { match: arnMatch, negated: true },
};

export interface ParsedOperator {
  readonly qualifier: 'ForAnyValue' | 'ForAllValues' | undefined;
  readonly name: string;
  readonly ifExists: boolean;
}

export function parseOperator(written: string): ParsedOperator {
  const match = /^(?:(ForAnyValue|ForAllValues):)?(.*?)(IfExists)?$/.exec(written);
  const qualifier = match?.[1] as ParsedOperator['qualifier'];
  return { qualifier, name: match?.[2] ?? written, ifExists: match?.[3] !== undefined };
}

export function isKnownOperator(written: string): boolean {
  const { name } = parseOperator(written);
  return name === 'Null' || OPERATORS[name] !== undefined;
}

/**
 * One operator applied to one key. `contextValues` is undefined when the request has no such key.
 * Returns 'not-checked' for an operator this evaluator does not know.
 */
export function applyOperator(
  written: string,
  policyValues: readonly string[],
  contextValues: readonly string[] | undefined,
): ConditionOutcome {
  const { qualifier, name, ifExists } = parseOperator(written);
  const verdict = (ok: boolean): ConditionOutcome => (ok ? 'pass' : 'fail');
  if (name === 'Null') {
    if (qualifier !== undefined || ifExists) return 'not-checked';
    const absent = contextValues === undefined || contextValues.length === 0;
    return verdict(policyValues.some((value) => (value.toLowerCase() === 'true') === absent));
  }
  const operator = OPERATORS[name];
  if (operator === undefined) return 'not-checked';
  const present = contextValues !== undefined && contextValues.length > 0;
  const matchesAny = (contextValue: string): boolean =>
    policyValues.some((policyValue) => operator.match(policyValue, contextValue));
  // Negated operators hold for each value that matches none of the policy's values.
  const holds = (contextValue: string): boolean => matchesAny(contextValue) !== operator.negated;
  if (qualifier === 'ForAllValues') {
    return verdict(!present || contextValues.every(holds));
  }
  if (!present) {
    if (ifExists) return 'pass';
    return verdict(qualifier === undefined && operator.negated);
  }
  if (qualifier === 'ForAnyValue') return verdict(contextValues.some(holds));
  return verdict(
    operator.negated ? contextValues.every(holds) : contextValues.some((v) => matchesAny(v)),
  );
}
