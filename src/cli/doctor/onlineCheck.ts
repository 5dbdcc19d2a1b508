import { describeCause, isRolesAnywhereError } from '../../core/errors.js';
import type { SessionSettings } from '../../core/settings.js';
import type { ObtainedSession } from '../../session.js';
import type { CliIo } from '../io.js';
import { finding, type Finding } from './findings.js';
import { rfc3339 } from '../../core/rfc3339.js';

const SKEW_FAIL_MS = 5 * 60_000;
const SKEW_WARN_MS = 60_000;

/** When a response arrived, by this machine's clock, and the Date header it carried. */
interface ServerDate {
  readonly at: Date;
  readonly header: string;
}

/** One CreateSession call, no retries, and what its answer (and Date header) says. */
export async function checkOnline(
  settings: SessionSettings,
  insecure: boolean,
  io: CliIo,
): Promise<Finding[]> {
  const [{ obtainCredentials }, { createEnvironmentSender }] = await Promise.all([
    import('../../session.js'),
    import('../../http/index.js'),
  ]);
  const sender = createEnvironmentSender({
    attemptTimeoutMs: settings.retry.attemptTimeoutMs,
    env: io.env,
    insecure,
  });
  let serverDate: ServerDate | undefined;
  const send: typeof sender = async (request) => {
    const response = await sender(request);
    const header = response.headers['date'];
    if (typeof header === 'string') serverDate = { at: io.now(), header };
    return response;
  };
  const out = [
    await sessionFinding(settings, () =>
      obtainCredentials(
        { ...settings, retry: { ...settings.retry, maxAttempts: 1 } },
        { send, now: io.now, sleep: io.sleep },
      ),
    ),
  ];
  const clock = serverDate === undefined ? undefined : clockFinding(serverDate);
  if (clock !== undefined) out.push(clock);
  return out;
}

/** What the one call's answer says: the role assumed, or why the service refused. */
async function sessionFinding(
  settings: SessionSettings,
  call: () => Promise<ObtainedSession>,
): Promise<Finding> {
  try {
    const c = (await call()).credentials;
    return finding(
      'pass',
      'online',
      `CreateSession succeeded: ${c.assumedRoleArn}, expires ${rfc3339(c.expiration)}`,
      `The trust anchor accepted the certificate and the profile let it assume ${settings.role.arn}.`,
    );
  } catch (error) {
    return finding(
      'fail',
      'online',
      isRolesAnywhereError(error) ? error.message : describeCause(error),
      `Endpoint ${settings.endpoint.href}.`,
    );
  }
}

/** How far this machine's clock is from the service's, when the Date header can be read. */
function clockFinding(serverDate: ServerDate): Finding | undefined {
  const serverTime = Date.parse(serverDate.header);
  if (Number.isNaN(serverTime)) return undefined;
  const skew = serverDate.at.getTime() - serverTime;
  const seconds = Math.round(Math.abs(skew) / 1000);
  const direction = skew > 0 ? 'ahead of' : 'behind';
  const level =
    Math.abs(skew) > SKEW_FAIL_MS ? 'fail' : Math.abs(skew) > SKEW_WARN_MS ? 'warn' : 'pass';
  return finding(
    level,
    'clock',
    `${seconds} s ${direction} the service's Date header`,
    level === 'pass'
      ? 'Within what AWS allows (5 minutes).'
      : 'AWS refuses signatures more than 5 minutes off as "Invalid signature"; fix the clock (NTP).',
  );
}
