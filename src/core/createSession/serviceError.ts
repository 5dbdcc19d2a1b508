import { RolesAnywhereError, type ErrorCode } from '../errors.js';
import type { EndEntityVerdict } from '../material/endEntityRules.js';
import { serviceText } from '../serviceText.js';
import type { SettingNames } from '../settings.js';
import { parseRetryAfter } from '../retryPolicy.js';

export interface ServiceAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly bodyText: string;
  /** The local clock when the answer arrived, to spot clock skew. */
  readonly receivedAt: Date;
}

/** What the client knows when the service refuses it, so the hint fits this certificate. */
export interface ServiceErrorContext {
  /** How the front end names its inputs. */
  readonly names: Pick<
    SettingNames,
    'intermediates' | 'trustAnchorArn' | 'durationSeconds' | 'roleSessionName'
  >;
  readonly certificate?: {
    /** The leaf's issuer, one line. */
    readonly issuer: string;
    /** How many intermediate certificates were sent in X-Amz-X509-Chain. */
    readonly intermediates: number;
    /** End-entity rules the preflight flagged, in rule order. */
    readonly verdicts: readonly EndEntityVerdict[];
  };
}

const SKEW_TOLERANCE_MS = 5 * 60 * 1000;

function header(answer: ServiceAnswer, name: string): string | undefined {
  const value = answer.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readErrorBody(text: string): { type?: string | undefined; message?: string | undefined } {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return {};
    const record = body as Record<string, unknown>;
    const pick = (...keys: string[]): string | undefined => {
      for (const key of keys) {
        const value = record[key];
        if (typeof value === 'string' && value !== '') return value;
      }
      return undefined;
    };
    return { type: pick('__type', 'code', 'Code'), message: pick('message', 'Message') };
  } catch {
    return {};
  }
}

function codeFor(status: number, type: string): ErrorCode {
  if (/Throttl|TooManyRequests/i.test(type) || status === 429) return 'ERR_THROTTLED';
  if (status >= 500) return 'ERR_SERVICE_UNAVAILABLE';
  if (type === 'AccessDeniedException' || status === 403) return 'ERR_ACCESS_DENIED';
  if (type === 'ValidationException' || status === 400) return 'ERR_VALIDATION';
  if (type === 'ResourceNotFoundException' || status === 404) return 'ERR_NOT_FOUND';
  return 'ERR_SERVICE';
}

function skewHint(answer: ServiceAnswer): string {
  const date = header(answer, 'date');
  const serverTime = date === undefined ? Number.NaN : Date.parse(date);
  if (Number.isNaN(serverTime)) {
    return "Check that this machine's clock is right (within 5 minutes of AWS) and that the key belongs to the certificate.";
  }
  const skew = answer.receivedAt.getTime() - serverTime;
  const seconds = Math.round(Math.abs(skew) / 1000);
  if (Math.abs(skew) > SKEW_TOLERANCE_MS) {
    return `This machine's clock is ${seconds} s ${skew > 0 ? 'ahead of' : 'behind'} the service's (its Date header says ${new Date(serverTime).toISOString()}); AWS allows 5 minutes. Fix the clock (NTP) and retry.`;
  }
  return `The clocks agree (skew ${seconds} s), so check that the endpoint, region and certificate are the ones the trust anchor expects.`;
}

/**
 * The causes that fit this certificate, most likely first. A rule the certificate breaks outright
 * is the cause on its own (no chain fixes a v1 certificate); otherwise the chain and trust anchor
 * come first, then each rule the preflight warned about.
 */
function untrustedHint(context: ServiceErrorContext): string {
  const { names, certificate } = context;
  const errors = certificate?.verdicts.filter((verdict) => verdict.level === 'error') ?? [];
  if (errors.length > 0) return `Likely cause: ${errors.map((e) => e.cause).join('; ')}.`;
  const issuer = certificate?.issuer ? ` (issued by ${certificate.issuer})` : '';
  const chain =
    certificate === undefined || certificate.intermediates === 0
      ? `if its issuer is an intermediate CA, pass that CA's certificate in ${names.intermediates}`
      : `check that the ${certificate.intermediates} certificate(s) in ${names.intermediates} lead to that CA`;
  const causes = [
    `the certificate${issuer} does not chain to the trust anchor: check that ${names.trustAnchorArn} is the trust anchor whose CA issued it, and ${chain}`,
    ...(certificate?.verdicts ?? []).map((verdict) => verdict.cause),
  ];
  if (causes.length === 1) return `Likely cause: ${causes[0] ?? ''}.`;
  return `Likely causes, most likely first: ${causes.map((cause, i) => `(${i + 1}) ${cause}`).join('; ')}.`;
}

function hintFor(message: string, answer: ServiceAnswer, context: ServiceErrorContext): string {
  const { names } = context;
  if (/invalid signature/i.test(message)) return skewHint(answer);
  if (/untrusted signing certificate/i.test(message)) return untrustedHint(context);
  if (/trust anchor is disabled/i.test(message))
    return 'Enable the trust anchor in the IAM Roles Anywhere console or with `aws rolesanywhere enable-trust-anchor`.';
  if (/profile is disabled/i.test(message))
    return 'Enable the profile with `aws rolesanywhere enable-profile`.';
  if (/role isn't one of those listed/i.test(message))
    return "Add the role to the profile's roleArns, or use one that is listed there.";
  if (/roleSessionName/i.test(message))
    return `Turn on acceptRoleSessionName in the profile, or drop ${names.roleSessionName}.`;
  if (/durationSeconds|duration/i.test(message))
    return `Lower ${names.durationSeconds} to at most the profile's durationSeconds.`;
  if (/not authorized to perform: sts:AssumeRole|AssumeRole/i.test(message))
    return "Check the role's trust policy: it must trust rolesanywhere.amazonaws.com with sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity, and its conditions must match this certificate.";
  return 'Check the trust anchor, profile and role ARNs and the certificate.';
}

/** Keeps one line readable when a service or proxy answers with a long message. */
function shorten(message: string | undefined): string | undefined {
  return message === undefined ? undefined : serviceText(message);
}

/** For a caller that has no input names of its own: the concepts, in words. */
const PLAIN_NAMES: ServiceErrorContext['names'] = {
  intermediates: 'the intermediate certificates',
  trustAnchorArn: 'the trust anchor ARN',
  durationSeconds: 'the session duration',
  roleSessionName: 'the role session name',
};

/** Turns a non-201 answer into one error that keeps AWS's words and adds what to check. */
export function mapServiceError(
  answer: ServiceAnswer,
  context: ServiceErrorContext = { names: PLAIN_NAMES },
): RolesAnywhereError {
  const parsed = readErrorBody(answer.bodyText);
  const rawType = header(answer, 'x-amzn-errortype') ?? parsed.type ?? '';
  const type = serviceText(rawType.split(':')[0]?.split('#').pop() ?? '', 100);
  const requestId = header(answer, 'x-amzn-requestid');
  const code = codeFor(answer.status, type);
  const looksLikeAws = type !== '' || parsed.message !== undefined;
  const message =
    shorten(parsed.message) ??
    (looksLikeAws
      ? ''
      : `a non-AWS answer (${answer.bodyText.length} bytes${/<html/i.test(answer.bodyText) ? ' of HTML, likely from a proxy' : ''})`);
  const retryable = code === 'ERR_THROTTLED' || code === 'ERR_SERVICE_UNAVAILABLE';
  const what = `CreateSession failed: ${answer.status}${type ? ` ${type}` : ''}${message ? `: ${message}` : ''}`;
  const hint = retryable
    ? 'The service is busy or failing; it was retried with backoff.'
    : hintFor(message, answer, context);
  const id = requestId ? ` (request id ${requestId})` : '';
  const retryAfterMs = retryable
    ? parseRetryAfter(header(answer, 'retry-after'), answer.receivedAt)
    : undefined;
  return new RolesAnywhereError(code, `${what.replace(/\.$/, '')}. ${hint}${id}`, {
    status: answer.status,
    ...(type ? { awsErrorType: type } : {}),
    ...(requestId ? { requestId } : {}),
    retryable,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
