/**
 * A role trust policy read from JSON into the few shapes the evaluator needs. IAM accepts a string
 * or a list wherever a list is meant, so both are normalised to lists here, once.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import { RolesAnywhereError } from '../errors.js';

export interface PolicyCondition {
  /** As written, e.g. `ForAnyValue:StringLike`. */
  readonly operator: string;
  /** As written, e.g. `aws:PrincipalTag/x509Subject/CN`. */
  readonly key: string;
  readonly values: readonly string[];
}

export type PrincipalMatch = 'matches' | 'other' | 'not-checked';

export interface PolicyStatement {
  /** 1-based, as people count statements. */
  readonly number: number;
  readonly sid: string | undefined;
  readonly effect: 'Allow' | 'Deny';
  readonly principal: (service: string) => PrincipalMatch;
  readonly actions: { readonly negated: boolean; readonly patterns: readonly string[] };
  readonly conditions: readonly PolicyCondition[];
}

export interface PolicyDocument {
  readonly statements: readonly PolicyStatement[];
}

function invalid(input: string, problem: string): RolesAnywhereError {
  return new RolesAnywhereError(
    'ERR_INPUT_INVALID',
    `${input}: ${problem}; a trust policy is {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "rolesanywhere.amazonaws.com"}, "Action": [...], "Condition": {...}}]}.`,
    { input },
  );
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string, a boolean or number (IAM reads them as strings), or a list of those. */
function stringList(value: unknown, where: string, input: string): string[] {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  return items.map((item) => {
    if (typeof item === 'string') return item;
    if (typeof item === 'boolean' || typeof item === 'number') return String(item);
    throw invalid(input, `${where} holds ${item === null ? 'null' : typeof item}, not a string`);
  });
}

/** Parses JSON text or an already-parsed value; `input` names the source in messages. */
export function parsePolicyDocument(source: unknown, input: string): PolicyDocument {
  let document: unknown = source;
  if (typeof source === 'string') {
    try {
      document = JSON.parse(source);
    } catch (cause) {
      throw new RolesAnywhereError(
        'ERR_INPUT_INVALID',
        `${input} is not JSON (${cause instanceof Error ? cause.message : 'parse error'}); give the role's trust policy document.`,
        { input, cause },
      );
    }
  }
  if (!isRecord(document)) throw invalid(input, 'it is not a JSON object');
  const raw = document['Statement'];
  if (raw === undefined) throw invalid(input, 'it has no Statement');
  const list = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  return {
    statements: list.map((statement, index) => parseStatement(statement, index + 1, input)),
  };
}

function parseStatement(statement: unknown, number: number, input: string): PolicyStatement {
  const where = `Statement ${number}`;
  if (!isRecord(statement)) throw invalid(input, `${where} is not an object`);
  const effect = statement['Effect'];
  if (effect !== 'Allow' && effect !== 'Deny') {
    throw invalid(input, `${where} has Effect ${JSON.stringify(effect)}, not "Allow" or "Deny"`);
  }
  const action = statement['Action'];
  const notAction = statement['NotAction'];
  if ((action === undefined) === (notAction === undefined)) {
    throw invalid(input, `${where} needs exactly one of Action and NotAction`);
  }
  const sid = statement['Sid'];
  return {
    number,
    sid: typeof sid === 'string' ? sid : undefined,
    effect,
    principal: parsePrincipal(statement, where, input),
    actions: {
      negated: action === undefined,
      patterns: stringList(action ?? notAction, `${where} Action`, input),
    },
    conditions: parseConditions(statement['Condition'], where, input),
  };
}

function parsePrincipal(
  statement: Readonly<Record<string, unknown>>,
  where: string,
  input: string,
): (service: string) => PrincipalMatch {
  if (statement['NotPrincipal'] !== undefined) return () => 'not-checked';
  const principal = statement['Principal'];
  if (principal === undefined) throw invalid(input, `${where} has no Principal`);
  if (principal === '*') return () => 'matches';
  if (!isRecord(principal)) throw invalid(input, `${where} Principal is not "*" or an object`);
  const services = principal['Service'];
  const everyone =
    principal['AWS'] !== undefined &&
    stringList(principal['AWS'], `${where} Principal.AWS`, input).includes('*');
  const listed =
    services === undefined ? [] : stringList(services, `${where} Principal.Service`, input);
  return (service) => (everyone || listed.includes(service) ? 'matches' : 'other');
}

function parseConditions(value: unknown, where: string, input: string): PolicyCondition[] {
  if (value === undefined) return [];
  if (!isRecord(value)) throw invalid(input, `${where} Condition is not an object`);
  return Object.entries(value).flatMap(([operator, block]) => {
    if (!isRecord(block)) {
      throw invalid(input, `${where} Condition ${operator} is not an object of keys and values`);
    }
    return Object.entries(block).map(([key, values]) => ({
      operator,
      key,
      values: stringList(values, `${where} Condition ${operator} ${key}`, input),
    }));
  });
}
