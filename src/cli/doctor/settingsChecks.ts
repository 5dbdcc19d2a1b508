import { parseArn, type ArnKind, type ParsedArn } from '../../core/arn.js';
import { parseDuration, parseRoleSessionName } from '../../core/createSession/body.js';
import { resolveEndpoint } from '../../core/endpoint.js';
import { resolveRegion } from '../../core/region.js';
import { CLI_NAMES } from '../names.js';
import { sdkFlag } from '../../core/sdkEnvironment.js';
import { explicitEndpoint, type SessionFlags } from '../inputs/sessionInputs.js';
import { message } from './describe.js';
import { finding, type Finding } from './findings.js';
import { rfc3339 } from '../../core/rfc3339.js';

type Env = Readonly<Record<string, string | undefined>>;

function checkArn(
  value: string | undefined,
  kind: ArnKind,
  flag: string,
  out: Finding[],
): ParsedArn | undefined {
  if (value === undefined) {
    out.push(
      finding(
        'info',
        'ARNs',
        `${flag} not given`,
        'Give all three ARNs to check them and the endpoint.',
      ),
    );
    return undefined;
  }
  try {
    const arn = parseArn(value, kind, flag);
    out.push(
      finding(
        'pass',
        'ARNs',
        `${flag}: ${kind} ${arn.resourceId} in account ${arn.accountId}${arn.region ? `, ${arn.region}` : ''}`,
        'Well-formed; whether it exists and is enabled only --online can tell.',
      ),
    );
    return arn;
  } catch (error) {
    out.push(
      finding(
        'fail',
        'ARNs',
        message(error),
        'The service would refuse the request before checking the certificate.',
      ),
    );
    return undefined;
  }
}

/** ARN syntax, region agreement, the endpoint that would be called, duration and session name. */
export function checkSettings(flags: SessionFlags, env: Env): Finding[] {
  const out: Finding[] = [];
  const trustAnchor = checkArn(
    flags['trust-anchor-arn'],
    'trust-anchor',
    '--trust-anchor-arn',
    out,
  );
  const profile = checkArn(flags['profile-arn'], 'profile', '--profile-arn', out);
  const role = checkArn(flags['role-arn'], 'role', '--role-arn', out);
  if (trustAnchor !== undefined && profile !== undefined) {
    try {
      const region = resolveRegion(
        trustAnchor,
        profile,
        { value: flags.region, input: '--region' },
        { trustAnchor: CLI_NAMES.trustAnchorArn, profile: CLI_NAMES.profileArn },
      );
      out.push(
        finding(
          'pass',
          'region',
          `${region} (trust anchor and profile agree)`,
          'CreateSession is signed for this region.',
        ),
      );
      if (role !== undefined && role.partition !== trustAnchor.partition) {
        out.push(
          finding(
            'fail',
            'region',
            `--role-arn is in partition ${role.partition} but the trust anchor is in ${trustAnchor.partition}`,
            'The role must be in the same partition as the trust anchor.',
          ),
        );
      }
      out.push(checkEndpoint(region, flags, env));
    } catch (error) {
      out.push(
        finding(
          'fail',
          'region',
          message(error),
          'The request is signed for one region, and the trust anchor and profile must both be in it.',
        ),
      );
    }
  }
  try {
    parseDuration(flags['session-duration'], '--session-duration');
    parseRoleSessionName(flags['role-session-name'], '--role-session-name');
  } catch (error) {
    out.push(
      finding('fail', 'request', message(error), 'The service would answer ValidationException.'),
    );
  }
  return out;
}

function checkEndpoint(region: string, flags: SessionFlags, env: Env): Finding {
  const explicit = explicitEndpoint(flags, env);
  try {
    const fips = sdkFlag(env, 'AWS_USE_FIPS_ENDPOINT');
    const dualStack = sdkFlag(env, 'AWS_USE_DUALSTACK_ENDPOINT');
    const url = resolveEndpoint({
      region,
      url: explicit?.url,
      urlInput: explicit?.source,
      fips,
      dualStack,
    });
    const why =
      explicit !== undefined
        ? `from ${explicit.source}`
        : `the public endpoint for ${region}${fips ? ', FIPS' : ''}${dualStack ? ', dual-stack' : ''}`;
    const plain = url.protocol === 'http:' && !/^(127\.|localhost$|\[::1\]$)/.test(url.hostname);
    return finding(
      plain ? 'warn' : 'pass',
      'endpoint',
      `would call POST ${new URL('sessions', url.href.endsWith('/') ? url.href : `${url.href}/`).href} (${why})`,
      plain
        ? 'Plain HTTP beyond this machine exposes the request; use https.'
        : 'Change it with --endpoint or AWS_ENDPOINT_URL_ROLESANYWHERE.',
    );
  } catch (error) {
    return finding(
      'fail',
      'endpoint',
      message(error),
      'Give a full URL such as https://rolesanywhere.us-east-1.amazonaws.com.',
    );
  }
}

const PLAUSIBLE_FROM = Date.UTC(2024, 0, 1);

/** Offline, the clock can only be checked for plausibility; --online compares it with the service. */
export function checkClock(now: Date): Finding {
  if (now.getTime() < PLAUSIBLE_FROM || now.getUTCFullYear() > 2100) {
    return finding(
      'fail',
      'clock',
      `this machine's clock reads ${now.toISOString()}, which cannot be right`,
      'Signatures carry the time and AWS allows 5 minutes of skew; fix the clock (NTP).',
    );
  }
  return finding(
    'info',
    'clock',
    `this machine's clock reads ${rfc3339(now)}`,
    "AWS allows 5 minutes of skew; --online compares it with the service's Date header.",
  );
}
