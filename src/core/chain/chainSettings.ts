/**
 * Role chaining: the second hop (STS AssumeRole with the Roles Anywhere credentials), checked
 * before any call. Limits are STS's own:
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
import { parseArn, type ParsedArn } from '../arn.js';
import { RolesAnywhereError } from '../errors.js';
import { parseRoleSessionName } from '../createSession/body.js';
import { resolveStsEndpoint } from './stsEndpoint.js';

/** What each front end calls the chaining inputs, so every message names the one the user typed. */
export interface ChainNames {
  readonly roleArn: string;
  readonly roleSessionName: string;
  readonly externalId: string;
  readonly durationSeconds: string;
  readonly policy: string;
  readonly policyArns: string;
  readonly tags: string;
  readonly transitiveTagKeys: string;
  readonly endpoint: string;
}

export interface SessionTag {
  readonly key: string;
  readonly value: string;
}

/** As the user gave them: strings (lists comma- or newline-separated) or already-split lists. */
export interface RawChainInputs {
  readonly roleArn: string;
  readonly roleSessionName?: string | undefined;
  readonly externalId?: string | undefined;
  readonly durationSeconds?: string | number | undefined;
  readonly policy?: string | undefined;
  readonly policyArns?: string | readonly string[] | undefined;
  readonly tags?: string | readonly SessionTag[] | undefined;
  readonly transitiveTagKeys?: string | readonly string[] | undefined;
  /** An explicit STS endpoint and where it came from (input or environment variable). */
  readonly endpoint?: { readonly url: string; readonly source: string } | undefined;
}

export interface ChainSettings {
  readonly role: ParsedArn;
  /** Undefined: derived from the first session when the call is made. */
  readonly roleSessionName: string | undefined;
  readonly externalId: string | undefined;
  readonly durationSeconds: number;
  /** The inline session policy, minified JSON. */
  readonly policy: string | undefined;
  readonly policyArns: readonly string[];
  readonly tags: readonly SessionTag[];
  readonly transitiveTagKeys: readonly string[];
  readonly endpoint: URL;
  /** Where the endpoint came from, for messages. */
  readonly endpointSource: string;
  readonly names: ChainNames;
}

/** STS caps a chained role session at one hour, whatever the role's maximum. */
export const MAX_CHAINED_DURATION_SECONDS = 3600;
const MIN_DURATION_SECONDS = 900;
/** STS counts the plaintext of inline and managed session policies together against 2048. */
const MAX_POLICY_CHARACTERS = 2048;
const MAX_POLICY_ARNS = 10;
const MAX_TAGS = 50;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const POLICY_ARN = /^arn:aws(?:-[a-z]+)*:iam::(?:\d{12}|aws):policy\/[\w+=,.@/-]{1,512}$/;
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u;
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u;

export interface ChainContext {
  readonly region: string;
  readonly useFipsEndpoint: boolean;
  readonly useDualStackEndpoint: boolean;
}

function invalid(input: string, message: string): RolesAnywhereError {
  return new RolesAnywhereError('ERR_INPUT_INVALID', `${input} ${message}`, { input });
}

export function splitList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const items = typeof value === 'string' ? value.split(/[\n,]/) : [...value];
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export function parseChainDuration(value: string | number | undefined, input: string): number {
  if (value === undefined || (typeof value === 'string' && value.trim() === ''))
    return MAX_CHAINED_DURATION_SECONDS;
  const text = String(value).trim();
  const m = /^(\d+)\s*([smh]?)$/.exec(text);
  const unit = m?.[2] === 'h' ? 3600 : m?.[2] === 'm' ? 60 : 1;
  const seconds = m?.[1] === undefined ? Number.NaN : Number(m[1]) * unit;
  if (Number.isInteger(seconds) && seconds > MAX_CHAINED_DURATION_SECONDS) {
    throw new RolesAnywhereError(
      'ERR_DURATION_INVALID',
      `${input} is ${seconds} s, but STS caps a chained role session at ${MAX_CHAINED_DURATION_SECONDS} s (1 hour) whatever the role's maximum: give ${MIN_DURATION_SECONDS} to ${MAX_CHAINED_DURATION_SECONDS}.`,
      { input },
    );
  }
  if (!Number.isInteger(seconds) || seconds < MIN_DURATION_SECONDS) {
    throw new RolesAnywhereError(
      'ERR_DURATION_INVALID',
      `${input} must be a whole number of seconds from ${MIN_DURATION_SECONDS} to ${MAX_CHAINED_DURATION_SECONDS} for a chained role, got "${text}".`,
      { input },
    );
  }
  return seconds;
}

/** Parsed as JSON and minified, so the size checked is the size STS counts. */
export function parseSessionPolicy(value: string | undefined, input: string): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let document: unknown;
  try {
    document = JSON.parse(value);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : 'not JSON';
    throw new RolesAnywhereError(
      'ERR_POLICY_INVALID',
      `${input} is not a JSON policy document (${why}): give a document like {"Version":"2012-10-17","Statement":[…]}.`,
      { input, cause },
    );
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new RolesAnywhereError(
      'ERR_POLICY_INVALID',
      `${input} must be a JSON object with a Statement, got a JSON ${Array.isArray(document) ? 'array' : typeof document}.`,
      { input },
    );
  }
  const minified = JSON.stringify(document);
  if (minified.length > MAX_POLICY_CHARACTERS) {
    throw new RolesAnywhereError(
      'ERR_POLICY_INVALID',
      `${input} is ${minified.length} characters without whitespace; STS allows ${MAX_POLICY_CHARACTERS}. Move statements into a managed policy and pass its ARN instead.`,
      { input },
    );
  }
  return minified;
}

function parsePolicyArns(value: RawChainInputs['policyArns'], input: string): string[] {
  const arns = splitList(value);
  if (arns.length > MAX_POLICY_ARNS)
    throw invalid(input, `has ${arns.length} ARNs; STS takes at most ${MAX_POLICY_ARNS}.`);
  for (const arn of arns) {
    if (!POLICY_ARN.test(arn))
      throw invalid(
        input,
        `holds "${arn}", which is not a managed policy ARN like arn:aws:iam::aws:policy/ReadOnlyAccess.`,
      );
  }
  return arns;
}

/** `Key=Value` pairs, one per line or comma-separated; or a list already split. */
export function parseTags(value: RawChainInputs['tags'], input: string): SessionTag[] {
  if (value === undefined) return [];
  const tags =
    typeof value === 'string'
      ? splitList(value).map((pair) => {
          const at = pair.indexOf('=');
          if (at <= 0) throw invalid(input, `holds "${pair}"; each tag is Key=Value.`);
          return { key: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() };
        })
      : [...value];
  if (tags.length > MAX_TAGS)
    throw invalid(input, `has ${tags.length} tags; STS takes at most ${MAX_TAGS}.`);
  const seen = new Set<string>();
  for (const tag of tags) {
    if (!TAG_KEY.test(tag.key) || !TAG_VALUE.test(tag.value))
      throw invalid(
        input,
        `has the tag "${tag.key}": keys are 1-128 and values 0-256 letters, digits, spaces and _.:/=+-@.`,
      );
    const folded = tag.key.toLowerCase();
    if (seen.has(folded)) throw invalid(input, `names the tag "${tag.key}" twice.`);
    seen.add(folded);
  }
  return tags;
}

function parseTransitiveKeys(
  value: RawChainInputs['transitiveTagKeys'],
  tags: readonly SessionTag[],
  names: ChainNames,
): string[] {
  const keys = splitList(value);
  const known = new Set(tags.map((t) => t.key.toLowerCase()));
  for (const key of keys) {
    if (!known.has(key.toLowerCase()))
      throw invalid(
        names.transitiveTagKeys,
        `names "${key}", which is not one of the tags in ${names.tags}.`,
      );
  }
  return keys;
}

function parseExternalId(value: string | undefined, input: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!EXTERNAL_ID.test(value))
    throw invalid(
      input,
      `must be 2 to 1224 letters, digits and +=,.@:/-_ (got ${value.length} characters).`,
    );
  return value;
}

export function resolveChainSettings(
  raw: RawChainInputs,
  context: ChainContext,
  names: ChainNames,
): ChainSettings {
  const role = parseArn(raw.roleArn, 'role', names.roleArn);
  const tags = parseTags(raw.tags, names.tags);
  const endpoint = resolveStsEndpoint({
    region: context.region,
    url: raw.endpoint?.url,
    urlInput: raw.endpoint?.source ?? names.endpoint,
    fips: context.useFipsEndpoint,
    dualStack: context.useDualStackEndpoint,
  });
  return {
    role,
    roleSessionName: parseRoleSessionName(raw.roleSessionName, names.roleSessionName),
    externalId: parseExternalId(raw.externalId, names.externalId),
    durationSeconds: parseChainDuration(raw.durationSeconds, names.durationSeconds),
    policy: parseSessionPolicy(raw.policy, names.policy),
    policyArns: parsePolicyArns(raw.policyArns, names.policyArns),
    tags,
    transitiveTagKeys: parseTransitiveKeys(raw.transitiveTagKeys, tags, names),
    endpoint,
    endpointSource: raw.endpoint?.source ?? 'the region',
    names,
  };
}

/**
 * The second hop when a role to chain to is given; the other chaining inputs alone are refused,
 * since they would be silently ignored.
 */
export function resolveOptionalChain(
  raw: RawChainInputs | undefined,
  context: ChainContext,
  names: ChainNames,
): ChainSettings | undefined {
  if (raw === undefined) return undefined;
  if (raw.roleArn.trim() !== '') return resolveChainSettings(raw, context, names);
  const given = (Object.keys(names) as (keyof ChainNames)[]).find((key) => {
    if (key === 'roleArn' || key === 'endpoint') return false;
    const value = raw[key];
    return value !== undefined && (typeof value === 'number' || value.length > 0);
  });
  if (given === undefined) return undefined;
  throw new RolesAnywhereError(
    'ERR_INPUT_MISSING',
    `${names[given]} is a role-chaining option, but ${names.roleArn} is not set: give the role to assume after Roles Anywhere, or drop ${names[given]}.`,
    { input: names.roleArn },
  );
}

/** Checked settings back to plain inputs that resolve to the same settings (for the serve child). */
export function rawChainInputs(chain: ChainSettings): RawChainInputs {
  return {
    roleArn: chain.role.arn,
    roleSessionName: chain.roleSessionName,
    externalId: chain.externalId,
    durationSeconds: chain.durationSeconds,
    policy: chain.policy,
    policyArns: [...chain.policyArns],
    tags: chain.tags.map((t) => ({ ...t })),
    transitiveTagKeys: [...chain.transitiveTagKeys],
    endpoint: { url: chain.endpoint.href, source: chain.endpointSource },
  };
}

/**
 * The default session name for the second hop: the first session's name (the certificate serial
 * in hex unless set), which is already valid for STS, cut to its 64 characters.
 */
export function defaultChainSessionName(firstAssumedRoleArn: string): string {
  const name = firstAssumedRoleArn.split('/').pop() ?? '';
  const cleaned = name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  return cleaned.length >= 2 ? cleaned : 'rolesanywhere-credentials';
}

export const ACTION_CHAIN_NAMES: ChainNames = {
  roleArn: 'role-to-assume',
  roleSessionName: 'role-chaining-session-name',
  externalId: 'role-external-id',
  durationSeconds: 'role-duration-seconds',
  policy: 'inline-session-policy',
  policyArns: 'managed-session-policies',
  tags: 'session-tags',
  transitiveTagKeys: 'transitive-tag-keys',
  endpoint: 'sts-endpoint',
};

export const CLI_CHAIN_NAMES: ChainNames = {
  roleArn: '--chain-role-arn',
  roleSessionName: '--chain-role-session-name',
  externalId: '--chain-external-id',
  durationSeconds: '--chain-duration',
  policy: '--chain-policy',
  policyArns: '--chain-policy-arns',
  tags: '--chain-tags',
  transitiveTagKeys: '--chain-transitive-tag-keys',
  endpoint: '--sts-endpoint',
};

export const LIB_CHAIN_NAMES: ChainNames = {
  roleArn: 'chain.roleArn',
  roleSessionName: 'chain.roleSessionName',
  externalId: 'chain.externalId',
  durationSeconds: 'chain.durationSeconds',
  policy: 'chain.policy',
  policyArns: 'chain.policyArns',
  tags: 'chain.tags',
  transitiveTagKeys: 'chain.transitiveTagKeys',
  endpoint: 'chain.endpoint',
};
